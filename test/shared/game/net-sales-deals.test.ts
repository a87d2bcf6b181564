import { describe, expect, it } from 'vitest';
import { errorCode, expectOk, seat, standing, testGame, toNegotiate } from './helpers.ts';

/** Tokyo promises no net sales; the White House caps its tariff (a deal needs two parties). */
const noSalesDeal = {
  terms: [
    { kind: 'noNetSales', role: 'tokyo' },
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 24, includesAutos: false },
  ],
  durationRounds: 4,
};

function signedNoSalesDeal(bindingDeals: boolean) {
  const game = testGame({ bindingDeals });
  toNegotiate(game);
  const { proposalId } = expectOk(
    game.send(seat('whiteHouse'), { type: 'deal:propose', proposal: noSalesDeal }),
  );
  expectOk(game.send(seat('tokyo'), { type: 'deal:accept', proposalId }));
  game.expire(); // negotiate → decide
  return game;
}

const interventionOnly = { treasuryAction: 'hold', treasuryAmountBn: 0, yenIntervention: 'buyYen' } as const;

describe('yen intervention under a "no net sales" promise', () => {
  it('is refused in a binding game, naming the term, and holdings stay where they were', () => {
    const game = signedNoSalesDeal(true);
    const holdings = game.engine.state.market.tokyoHoldingsBn;
    const answer = game.send(seat('tokyo'), {
      type: 'move:submit',
      move: { ...standing(game, 'tokyo'), ...interventionOnly },
    });
    expect(errorCode(answer)).toBe('BREAKS_DEAL');
    expect(answer.ok ? '' : answer.error.message).toContain('"noNetSales"');
    expect(game.engine.state.submitted.tokyo).toBeUndefined();
    game.expire(); // resolve with the standing sheet
    expect(game.engine.state.market.tokyoHoldingsBn).toBe(holdings);
    expect(game.engine.state.breaches).toEqual([]);
  });

  it('is a breach in a non-binding game, hidden until the report covers it, like any sale', () => {
    const game = signedNoSalesDeal(false);
    const holdings = game.engine.state.market.tokyoHoldingsBn;
    expectOk(
      game.send(seat('tokyo'), {
        type: 'move:submit',
        move: { ...standing(game, 'tokyo'), ...interventionOnly },
      }),
    );
    game.expire(); // round 1 resolves
    const state = game.engine.state;
    expect(state.market.tokyoHoldingsBn).toBe(holdings - state.config.scenario.model.yenInterventionBn);
    expect(state.breaches).toEqual([
      expect.objectContaining({ role: 'tokyo', round: 1, term: { kind: 'noNetSales', role: 'tokyo' } }),
    ]);
    expect(state.deals[0]!.status).toBe('inForce');
    while (game.engine.state.market.reportedAsOfRound < 1) game.expire();
    expect(game.engine.state.deals[0]!.status).toBe('breached');
  });

  it('signing brings a handed-in intervention in line: the yen purchase stops, no breach follows', () => {
    const game = testGame();
    toNegotiate(game);
    game.expire(); // decide 1
    const intervene = () =>
      expectOk(
        game.send(seat('tokyo'), {
          type: 'move:submit',
          move: { ...standing(game, 'tokyo'), ...interventionOnly },
        }),
      );
    intervene();
    game.expire(); // round 1 resolves
    // An intervention is a one-off move (ONE_OFF_MOVES): a forgotten round-2 sheet buys no yen.
    expect(standing(game, 'tokyo').yenIntervention).toBe('none');
    while (game.engine.state.phase !== 'decide') game.expire();
    intervene();
    const { proposalId } = expectOk(
      game.send(seat('whiteHouse'), { type: 'deal:propose', proposal: noSalesDeal }),
    );
    expectOk(game.send(seat('tokyo'), { type: 'deal:accept', proposalId }));
    expect(game.engine.state.submitted.tokyo?.yenIntervention).toBe('none');
    const holdings = game.engine.state.market.tokyoHoldingsBn;
    game.expire(); // round 2 resolves on the sheet brought in line
    expect(game.engine.state.market.tokyoHoldingsBn).toBe(holdings);
    expect(game.engine.state.breaches).toEqual([]);
  });
});
