import { describe, expect, it } from 'vitest';
import { termBroken } from '../../../shared/game/deal-terms.ts';
import type { Term } from '../../../shared/protocol/deals.ts';
import type { WhiteHouseMove } from '../../../shared/protocol/moves.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { DEAL_ROUND } from '../../../shared/sim/backtest/inputs-2025.ts';
import { playRecordGame } from '../../../shared/sim/backtest/run.ts';

/**
 * The 9 April 2025 pause cut the "reciprocal" country rate to 10% for 90 days; the 25% duty on cars stayed
 * until the 22 July deal. Deals, the market and the 2025 replay all read the same rule.
 */

const params = DEFAULT_SCENARIO.model;
const paused: WhiteHouseMove = {
  role: 'whiteHouse',
  tariffPct: 24,
  autoTariffPct: 25,
  pause: true,
  stance: 'neutral',
};

describe('a pause caps the headline rate, not autos', () => {
  it('breaks a 15% cap that includes autos, and keeps one that does not', () => {
    const allIn: Term = { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true };
    const headlineOnly: Term = { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: false };
    expect(termBroken(allIn, paused, params)).toBe(true);
    expect(termBroken(headlineOnly, paused, params)).toBe(false);
  });

  it('leaves autos at 25% through the 2025 pause, so the July deal cuts the tariff in force', () => {
    const reports = playRecordGame(1).state.reports;
    const changeIn = (round: number) =>
      reports[round - 1]?.headlines.find((headline) => headline.key === 'news.tariffChange')?.params;
    const pause = changeIn(2);
    expect(pause).toMatchObject({ headlinePct: 10, autoPct: 25 });
    const deal = changeIn(DEAL_ROUND);
    expect(deal).toMatchObject({ headlinePct: 15, autoPct: 15, effectivePct: 15 });
    expect(Number(deal?.effectivePct)).toBeLessThan(Number(pause?.effectivePct));
  });
});
