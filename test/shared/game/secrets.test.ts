import { describe, expect, it } from 'vitest';
import { playerViewFor } from '../../../shared/game/player-view.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { expectOk, seat, standing, type TestGame, testGame, toNegotiate } from './helpers.ts';

const OTHERS: (RoleId | null)[] = ['whiteHouse', 'investors', 'usBusiness', null];

/** Runs phases until the given round's phase, returning what each step looked like. */
function runTo(game: TestGame, round: number, phase: string): void {
  for (let guard = 0; guard < 40; guard++) {
    const state = game.engine.state;
    if (state.round === round && state.phase === phase) return;
    game.expire();
  }
  throw new Error(`never reached round ${round} ${phase}`);
}

function sell(game: TestGame, amountBn: number): void {
  expectOk(
    game.send(seat('tokyo'), {
      type: 'move:submit',
      move: { ...standing(game, 'tokyo'), treasuryAction: 'sell', treasuryAmountBn: amountBn },
    }),
  );
}

describe('a hidden breach stays hidden until the report that covers the sale', () => {
  it('is absent from other seats and the host in every phase before that report, and present after', () => {
    const game = testGame();
    toNegotiate(game);
    const proposal = {
      terms: [
        { kind: 'noNetSales', role: 'tokyo' },
        { kind: 'tariffCap', role: 'whiteHouse', maxPct: 24, includesAutos: false },
      ],
      durationRounds: 4,
    };
    const { proposalId } = expectOk(game.send(seat('whiteHouse'), { type: 'deal:propose', proposal }));
    expectOk(game.send(seat('tokyo'), { type: 'deal:accept', proposalId }));
    game.expire(); // decide 1
    sell(game, 100);
    const checked: string[] = [];
    while (game.engine.state.market.reportedAsOfRound < 1) {
      game.expire();
      const state = game.engine.state;
      if (state.market.reportedAsOfRound >= 1) break;
      for (const role of OTHERS)
        expect(playerViewFor(state, role).breaches, `${role} ${state.phase}`).toEqual([]);
      expect(playerViewFor(state, 'tokyo').breaches).toHaveLength(1);
      checked.push(`${state.round}:${state.phase}`);
    }
    // Round 3's news, negotiate and decide, where the filed leak showed, were among the states checked.
    expect(checked).toEqual(['2:news', '2:negotiate', '2:decide', '3:news', '3:negotiate', '3:decide']);
    const state = game.engine.state;
    expect(state.round).toBe(4);
    expect(state.market.reportedAsOfRound).toBe(1);
    for (const role of OTHERS) {
      expect(playerViewFor(state, role).breaches).toEqual([
        expect.objectContaining({ role: 'tokyo', round: 1, publicFromRound: 3 }),
      ]);
    }
    expect(state.deals[0]!.status).toBe('breached');
  });
});

describe('credibility does not give a secret sale away', () => {
  it('another seat sees the same Tokyo credibility after a threat whether Tokyo sold or not, until the report', () => {
    const sold = testGame();
    const held = testGame();
    for (const game of [sold, held]) {
      toNegotiate(game);
      expectOk(
        game.send(seat('tokyo'), {
          type: 'chat:statement',
          statement: { text: 'All options are on the table.', signal: 'threat' },
        }),
      );
      game.expire(); // decide 1
    }
    sell(sold, 30);
    const start = sold.engine.state.config.scenario.startingMarket.credibility;
    for (let round = 2; round <= 3; round++) {
      runTo(sold, round, 'news');
      runTo(held, round, 'news');
      const seen = playerViewFor(sold.engine.state, 'whiteHouse').market;
      expect(seen.reportedAsOfRound).toBe(0);
      expect(seen.credibility.tokyo).toBe(
        playerViewFor(held.engine.state, 'whiteHouse').market.credibility.tokyo,
      );
      expect(seen.credibility.tokyo).toBe(start);
    }
    runTo(sold, 4, 'news'); // round 3's report reveals round 1's sale: now the threat was backed
    const seen = playerViewFor(sold.engine.state, 'whiteHouse').market;
    expect(seen.reportedAsOfRound).toBe(1);
    expect(seen.credibility.tokyo).toBe(
      start + sold.engine.state.config.scenario.model.credibilityPerKeptWord,
    );
  });
});
