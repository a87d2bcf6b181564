import { describe, expect, it } from 'vitest';
import { botActions } from '../../../shared/bots/index.ts';
import { LEVELS } from '../../../shared/bots/types.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { netTreasurySalesBn } from '../../../shared/market/index.ts';
import type { MoveSheet } from '../../../shared/protocol/moves.ts';
import { SEED, tableAt } from './fixtures.ts';

describe('a Tokyo bot under a "no net sales" promise', () => {
  it('buys yen with reserves only against as many Treasuries bought, even when the yen has weakened enough', () => {
    const fixture = tableAt('negotiate');
    const proposal = {
      terms: [
        { kind: 'noNetSales', role: 'tokyo' },
        { kind: 'tariffCap', role: 'whiteHouse', maxPct: 24, includesAutos: false },
      ],
      durationRounds: 3,
    };
    const proposed = fixture.send({ kind: 'seat', role: 'whiteHouse' }, { type: 'deal:propose', proposal });
    if (!proposed.ok) throw new Error(proposed.error.message);
    const { proposalId } = proposed.data as { proposalId: string };
    expect(fixture.send({ kind: 'seat', role: 'tokyo' }, { type: 'deal:accept', proposalId })).toMatchObject({
      ok: true,
    });
    fixture.expire(); // decide
    const view: PlayerView = structuredClone(fixture.view('tokyo'));
    const scenario = fixture.engine.state.config.scenario;
    // The yen 5% weaker than at the start: a free Tokyo bot leans against it by buying yen.
    view.market.usdJpy = scenario.startingMarket.usdJpy * 1.05;
    const sheetOf = (seen: PlayerView, level: (typeof LEVELS)[number]): MoveSheet => {
      const submit = botActions(seen, { personality: 'dove', level }, SEED).find(
        (action) => action.command.type === 'move:submit',
      );
      if (submit?.command.type !== 'move:submit') throw new Error('no sheet');
      return submit.command.move;
    };
    const unbound = structuredClone(view);
    unbound.deals = [];
    expect(sheetOf(unbound, 'easy')).toMatchObject({ yenIntervention: 'buyYen' });
    for (const level of LEVELS) {
      const move = sheetOf(view, level);
      if (move.role !== 'tokyo') throw new Error('not a Tokyo sheet');
      // The promise is about net sales: buying yen with reserves is a sale unless the same sheet buys back at
      // least as many Treasuries (a hard bot may do both when it projects the pair better).
      if (move.yenIntervention === 'buyYen') {
        expect(move.treasuryAction).toBe('buy');
        expect(move.treasuryAmountBn).toBeGreaterThanOrEqual(scenario.model.yenInterventionBn);
      }
      expect(netTreasurySalesBn(move, scenario.model)).toBeLessThanOrEqual(0);
    }
  });
});
