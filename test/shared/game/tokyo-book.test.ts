import { describe, expect, it } from 'vitest';
import { playerViewFor } from '../../../shared/game/player-view.ts';
import { expectOk, seat, standing, testGame, toNegotiate } from './helpers.ts';

describe("Tokyo's book: market value and gain or loss of the same moment", () => {
  it('mid-round the gain or loss moves with the market value; at resolution it equals the book', () => {
    const game = testGame();
    toNegotiate(game);
    const startValue = game.engine.state.market.holdingsValueBn;
    for (let tick = 0; tick < 60; tick++) {
      game.advance(2_000);
      game.engine.tick(game.now);
    }
    const live = playerViewFor(game.engine.state, 'tokyo').you!;
    expect(live.holdings!.marketValueBn).not.toBeCloseTo(startValue, 1);
    // No sale yet: the whole gain or loss is the revaluation of what Tokyo holds, shown as it stands now.
    expect(live.holdings!.portfolioPnlBn).toBeCloseTo(live.holdings!.marketValueBn - startValue, 9);
    expect(live.book).toMatchObject({ portfolioPnlBn: 0 });

    game.expire(); // decide 1
    expectOk(
      game.send(seat('tokyo'), {
        type: 'move:submit',
        move: { ...standing(game, 'tokyo'), treasuryAction: 'sell', treasuryAmountBn: 50 },
      }),
    );
    game.expire(); // round 1 resolves
    const booked = playerViewFor(game.engine.state, 'tokyo').you!;
    expect(booked.holdings!.portfolioPnlBn).toBeCloseTo(
      (booked.book as { portfolioPnlBn: number }).portfolioPnlBn,
      9,
    );
    expect(playerViewFor(game.engine.state, 'whiteHouse').you!.holdings).toBeUndefined();
  });
});
