import { describe, expect, it } from 'vitest';
import { reactToDeal } from '../../../shared/market/deal-reaction.ts';
import type { MarketState } from '../../../shared/market/types.ts';
import type { Term } from '../../../shared/protocol/deals.ts';
import { newGame, SCENARIO } from './fixture.ts';

const params = SCENARIO.model;
/** The 22 July 2025 deal: 15% all-in, autos included, with a $550bn pledge. */
const JULY_DEAL: Term[] = [
  { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
  { kind: 'investmentPledge', role: 'tokyo', amountBn: 550 },
];

/** Log-return in percent, as the model moves indices. */
const logPct = (from: number, to: number) => Math.log(to / from) * 100;

function nikkeiMoveOnSigning(market: MarketState, terms: Term[]): number {
  return logPct(market.japanEquity, reactToDeal(market, terms, params).japanEquity);
}

describe('the market reaction to a signed deal', () => {
  it("counts the July deal's Nikkei rally once: signing plus the cut's own move make the record's +4%", () => {
    const market = newGame().market;
    expect(market.internals.headlineTariffPct).toBe(24);
    expect(market.internals.autoTariffPct).toBe(25);
    const cutPp = market.effectiveTariffPct - 15;
    expect(cutPp).toBeCloseTo(9.35, 2);
    const signing = nikkeiMoveOnSigning(market, JULY_DEAL);
    // What the cut itself adds at resolution, through the tariff-cut coefficient.
    const atResolution = params.japanEquityPctPerTariffCutPp * cutPp;
    expect(signing).toBeCloseTo(3.25, 2);
    expect(signing + atResolution).toBeCloseTo(4, 6);
  });

  it('a cap that cuts nothing (rates already under it) brings the whole rally on signing', () => {
    const game = newGame();
    const market: MarketState = {
      ...game.market,
      effectiveTariffPct: 10,
      internals: { ...game.market.internals, headlineTariffPct: 10, autoTariffPct: 10 },
    };
    expect(nikkeiMoveOnSigning(market, JULY_DEAL)).toBeCloseTo(params.dealCapNikkeiRallyPct, 6);
  });

  it('a deal without a tariff cap moves the Nikkei and panic by the smaller deal parameters', () => {
    const market = newGame().market;
    const pledgeOnly: Term[] = [{ kind: 'investmentPledge', role: 'tokyo', amountBn: 100 }];
    const after = reactToDeal(market, pledgeOnly, params);
    expect(logPct(market.japanEquity, after.japanEquity)).toBeCloseTo(params.dealOtherJapanEquityPct, 6);
    expect(after.panic - market.panic).toBeCloseTo(-params.dealOtherPanicRelief, 6);
  });
});
