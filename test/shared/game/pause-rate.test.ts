import { describe, expect, it } from 'vitest';
import { termBroken } from '../../../shared/game/deal-terms.ts';
import { tariffsInForce } from '../../../shared/market/initial.ts';
import type { MoveSet } from '../../../shared/protocol/moves.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { expectOk, seat, standing, testGame, toNegotiate } from './helpers.ts';

/** The default scenario with another pause rate: the rate is the scenario's, not a constant. */
function scenarioPausingAt(pauseTariffPct: number) {
  return { ...DEFAULT_SCENARIO, model: { ...DEFAULT_SCENARIO.model, pauseTariffPct } };
}

// Headline only: a pause leaves autos at their rate (pause-rates.test.ts), so an all-in cap would not test the rate.
const capAt8 = { kind: 'tariffCap', role: 'whiteHouse', maxPct: 8, includesAutos: false } as const;

describe('the pause rate, stated once (the scenario’s pauseTariffPct)', () => {
  it('a tariff cap under a pause is judged on the rate the model charges', () => {
    for (const pauseTariffPct of [5, 8, 10, 12]) {
      const model = scenarioPausingAt(pauseTariffPct).model;
      const moves = {
        ...(DEFAULT_SCENARIO.standingMoves as MoveSet),
        whiteHouse: { role: 'whiteHouse', tariffPct: 24, autoTariffPct: 25, pause: true, stance: 'neutral' },
      } as MoveSet;
      const charged = tariffsInForce(moves.whiteHouse, model.pauseTariffPct);
      expect(charged).toEqual({ headline: pauseTariffPct, autos: 25 });
      expect({ pauseTariffPct, broken: termBroken(capAt8, moves.whiteHouse, model) }).toEqual({
        pauseTariffPct,
        broken: pauseTariffPct > 8,
      });
    }
  });

  it('a paused White House under a 8% cap breaks nothing when the scenario pauses at 5%', () => {
    const game = testGame({ scenario: scenarioPausingAt(5) });
    toNegotiate(game);
    const { proposalId } = expectOk(
      game.send(seat('tokyo'), {
        type: 'deal:propose',
        proposal: { terms: [capAt8, { kind: 'noNetSales', role: 'tokyo' }], durationRounds: 2 },
      }),
    );
    expectOk(game.send(seat('whiteHouse'), { type: 'deal:accept', proposalId }));
    game.expire(); // negotiate → decide
    expect(game.engine.state.phase).toBe('decide');
    const wh = standing(game, 'whiteHouse');
    expectOk(
      game.send(seat('whiteHouse'), {
        type: 'move:submit',
        move: { ...wh, tariffPct: 24, autoTariffPct: 25, pause: true },
      }),
    );
    game.expire(); // decide → resolution → round 2
    expect(game.engine.state.round).toBe(2);
    expect(game.engine.state.market.internals.headlineTariffPct).toBe(5);
    expect(game.engine.state.market.internals.autoTariffPct).toBe(25);
    expect(game.engine.state.breaches).toEqual([]);
    expect(game.engine.state.deals[0]!.status).toBe('inForce');
  });
});
