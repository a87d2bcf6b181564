import { describe, expect, it } from 'vitest';
import { botActions } from '../../../shared/bots/index.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { SEED, tableAt } from './fixtures.ts';

const model = DEFAULT_SCENARIO.model;
const start = DEFAULT_SCENARIO.startingMarket;

/** The White House's decide view with Tokyo's threat on record, the report's sales and the 10y's rise. */
function underThreat(view: PlayerView, reportedSalesBn: number, yieldUpBp: number): PlayerView {
  const threat = {
    id: 'threat',
    at: 0,
    round: view.round,
    from: 'tokyo' as const,
    text: 'We may review our holdings.',
    signal: 'threat' as const,
  };
  return {
    ...view,
    statements: [...view.statements, threat],
    market: {
      ...view.market,
      reportedHoldingsBn: start.tokyoHoldingsBn - reportedSalesBn,
      yield10y: start.yield10y + yieldUpBp / 100,
    },
  };
}

function hawkSheet(view: PlayerView) {
  const command = botActions(view, { personality: 'hawk', level: 'easy' }, SEED).find(
    (action) => action.command.type === 'move:submit',
  )?.command;
  return command?.type === 'move:submit' && command.move.role === 'whiteHouse' ? command.move : null;
}

describe('a hawkish White House under a backed threat', () => {
  const view = tableAt('decide').view('whiteHouse');
  const backed = model.threatBackingMinSalesBn;

  it('cuts the tariff below where it began once the report shows the sales and yields have risen', () => {
    const sheet = hawkSheet(underThreat(view, backed, 20));
    expect(sheet?.tariffPct).toBe(20);
    expect(sheet?.tariffPct).toBeLessThan(view.publicPolicy.tariffPct);
    expect(sheet?.stance).toBe('neutral');
  });

  it('holds firm against words the report has not backed, or a backed threat the bond market shrugs off', () => {
    expect(hawkSheet(underThreat(view, backed - 1, 20))?.tariffPct).toBe(30);
    expect(hawkSheet(underThreat(view, backed, 5))?.tariffPct).toBe(30);
  });
});
