import { describe, expect, it } from 'vitest';
import { concessionFor } from '../../../shared/bots/concession.ts';
import { botActions, type Level, type Personality } from '../../../shared/bots/index.ts';
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

function whiteHouseSheet(view: PlayerView, personality: Personality, level: Level = 'easy') {
  const command = botActions(view, { personality, level }, SEED).find(
    (action) => action.command.type === 'move:submit',
  )?.command;
  return command?.type === 'move:submit' && command.move.role === 'whiteHouse' ? command.move : null;
}

const hawkSheet = (view: PlayerView) => whiteHouseSheet(view, 'hawk');

/** The same view with the White House's own standing sheet at `tariffPct`: a cut it made in an earlier round. */
function havingCut(view: PlayerView, tariffPct: number): PlayerView {
  const you = view.you;
  if (you?.standingMove.role !== 'whiteHouse') throw new Error('not the White House seat');
  return {
    ...view,
    you: { ...you, standingMove: { ...you.standingMove, tariffPct, autoTariffPct: tariffPct } },
  };
}

describe('a hawkish White House under a backed threat', () => {
  const view = tableAt('decide').view('whiteHouse');
  const backed = model.skipAuctionsBn;

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

describe('every White House personality reads a backed threat by one rule (concession.ts)', () => {
  const view = tableAt('decide').view('whiteHouse');
  const backed = model.skipAuctionsBn;

  it('the hawk gives least, tit-for-tat meets it halfway, the opportunist and the dove settle at 15%', () => {
    const pressed = underThreat(view, backed, 20);
    expect(concessionFor(pressed, DEFAULT_SCENARIO, 'hawk', 30)?.tariffPct).toBe(20);
    expect(concessionFor(pressed, DEFAULT_SCENARIO, 'titForTat', 24)?.tariffPct).toBe(18);
    expect(concessionFor(pressed, DEFAULT_SCENARIO, 'opportunist', 25)?.tariffPct).toBe(15);
    // The dove no longer cuts for nothing, so a backed threat is what buys its cut (at the first 5bp).
    expect(concessionFor(pressed, DEFAULT_SCENARIO, 'dove', 24)?.tariffPct).toBe(15);
    expect(concessionFor(underThreat(view, backed, 4), DEFAULT_SCENARIO, 'dove', 24)).toBeNull();
    // Tit-for-tat used to answer a proven threat by raising the tariff 5 points; now it cuts.
    expect(whiteHouseSheet(pressed, 'titForTat')?.tariffPct).toBe(18);
    expect(whiteHouseSheet(pressed, 'opportunist')?.tariffPct).toBe(15);
  });

  it('a hard White House keeps the cut: looking ahead one round does not take it back', () => {
    const pressed = underThreat(view, backed, 20);
    expect(whiteHouseSheet(pressed, 'hawk', 'hard')?.tariffPct).toBeLessThanOrEqual(20);
    expect(whiteHouseSheet(pressed, 'titForTat', 'hard')?.tariffPct).toBeLessThanOrEqual(18);
    expect(whiteHouseSheet(pressed, 'opportunist', 'hard')?.tariffPct).toBeLessThanOrEqual(15);
  });

  it('keeps a cut it has made while the threat stands backed, even once the 10-year falls back', () => {
    const calmer = havingCut(underThreat(view, backed, 0), 20);
    expect(hawkSheet(calmer)?.tariffPct).toBe(20);
    expect(hawkSheet(underThreat(view, backed, 0))?.tariffPct).toBe(30);
  });

  it('gives nothing once Tokyo has denied its threat, whatever the report shows', () => {
    const pressed = underThreat(view, backed, 20);
    const denial = { ...pressed.statements.at(-1)!, id: 'denial', signal: 'denial' as const };
    const denied = { ...pressed, statements: [...pressed.statements, denial] };
    expect(concessionFor(denied, DEFAULT_SCENARIO, 'hawk', 30)).toBeNull();
    expect(hawkSheet(denied)?.tariffPct).toBe(30);
  });
});

/** The same view with Tokyo's public sheet pledging `investmentBn` of investment and `farmBn` of farm purchases. */
function pledging(view: PlayerView, investmentBn: number, farmBn = 0): PlayerView {
  return {
    ...view,
    publicPolicy: { ...view.publicPolicy, investmentPledgeBn: investmentBn, farmPurchasesBn: farmBn },
  };
}

describe('no White House bot cuts the tariff for nothing (concession.ts)', () => {
  const view = tableAt('decide').view('whiteHouse');
  const start = view.publicPolicy.tariffPct;

  it('facing a Tokyo that says and does nothing, every personality at every level keeps the tariff at or above where it began', () => {
    for (const personality of ['hawk', 'dove', 'titForTat', 'opportunist'] as const) {
      for (const level of ['easy', 'hard'] as const) {
        const sheet = whiteHouseSheet(view, personality, level);
        expect(sheet?.tariffPct, `${personality}:${level}`).toBeGreaterThanOrEqual(start);
        expect(sheet?.autoTariffPct, `${personality}:${level}`).toBeGreaterThanOrEqual(start);
      }
    }
  });

  it('trades a cut for pledges on the table: the dove and tit-for-tat to 15%, the opportunist to 20%, the hawk wants a deal', () => {
    const paid = pledging(view, 200);
    expect(concessionFor(paid, DEFAULT_SCENARIO, 'dove', 24)).toMatchObject({
      tariffPct: 15,
      for: 'pledges',
    });
    expect(whiteHouseSheet(paid, 'dove')?.tariffPct).toBe(15);
    expect(whiteHouseSheet(paid, 'titForTat')?.tariffPct).toBe(15);
    expect(whiteHouseSheet(paid, 'opportunist')?.tariffPct).toBe(20);
    expect(whiteHouseSheet(paid, 'hawk')?.tariffPct).toBe(30);
    // Short of the price, nothing: $150bn of investment and $40bn of farm purchases.
    expect(concessionFor(pledging(view, 150, 40), DEFAULT_SCENARIO, 'dove', 24)).toBeNull();
    expect(whiteHouseSheet(pledging(view, 150, 40), 'dove')?.tariffPct).toBe(start);
  });
});

describe('tit-for-tat answers a hostile Tokyo in kind, not in a runaway', () => {
  const view = tableAt('decide').view('whiteHouse');

  it('raises the tariff 5 points a hostile round, up to 35% and no further', () => {
    const threatened = underThreat(view, 0, 0);
    expect(whiteHouseSheet(havingCut(threatened, 30), 'titForTat')?.tariffPct).toBe(35);
    // It used to climb on to 50%, where Tokyo's tariff relief reads 0 (pinned in 12.5% of a threat-every-round row).
    expect(whiteHouseSheet(havingCut(threatened, 35), 'titForTat')?.tariffPct).toBe(35);
    expect(whiteHouseSheet(havingCut(threatened, 35), 'titForTat')?.autoTariffPct).toBe(35);
  });
});
