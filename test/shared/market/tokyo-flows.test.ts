import { describe, expect, it } from 'vitest';
import { initialMarket } from '../../../shared/market/index.ts';
import { applyTokyoFlows } from '../../../shared/market/tokyo-flows.ts';
import { draftOf } from '../../../shared/market/transmission.ts';
import type { MarketState } from '../../../shared/market/types.ts';
import { SCENARIO, tokyoMove } from './fixture.ts';

const params = SCENARIO.model;
const start = initialMarket(SCENARIO);

/** Tokyo's trade of `bn` (negative: a purchase) landed on a copy of `market`. */
function trade(market: MarketState, bn: number) {
  const draft = draftOf(market);
  const priceBefore = draft.internals.portfolioPrice;
  const move = tokyoMove({ treasuryAction: bn >= 0 ? 'sell' : 'buy', treasuryAmountBn: Math.abs(bn) });
  const outcome = applyTokyoFlows(draft, move, start.yield10y, params);
  return { outcome, priceBefore, priceAfter: draft.internals.portfolioPrice, draft };
}

/** The market with its 10y moved by `bp` from the start, as if earlier rounds had moved it. */
function movedBy(bp: number): MarketState {
  return { ...start, yield10y: start.yield10y + bp / 100 };
}

describe("Tokyo's own trades", () => {
  it('a seller sells into the fall its own sale causes, a buyer pays up into its own rise', () => {
    const sale = trade(start, 150);
    expect(sale.priceAfter).toBeLessThan(sale.priceBefore);
    expect(sale.outcome.proceedsBn).toBeCloseTo((150 * (sale.priceBefore + sale.priceAfter)) / 2, 9);
    expect(sale.outcome.proceedsBn).toBeLessThan(150 * sale.priceBefore);

    const purchase = trade(start, -150);
    expect(purchase.priceAfter).toBeGreaterThan(purchase.priceBefore);
    expect(-purchase.outcome.proceedsBn).toBeCloseTo(
      (150 * (purchase.priceBefore + purchase.priceAfter)) / 2,
      9,
    );
    expect(-purchase.outcome.proceedsBn).toBeGreaterThan(150 * purchase.priceBefore);
  });

  it('purchases meet absorption as yields fall below the start, as sales do as they rise', () => {
    const fresh = trade(start, -100).outcome.flowBp;
    expect(fresh).toBeCloseTo(-params.flowBpPer100Bn, 9);
    const afterFall = trade(movedBy(-params.absorptionBp), -100).outcome.flowBp;
    expect(afterFall).toBeCloseTo(-params.flowBpPer100Bn / 2, 9);
    const afterRise = trade(movedBy(params.absorptionBp), 100).outcome.flowBp;
    expect(afterRise).toBeCloseTo(params.flowBpPer100Bn / 2, 9);
    // A purchase after a rise, or a sale after a fall, meets no extra resistance.
    expect(trade(movedBy(params.absorptionBp), -100).outcome.flowBp).toBeCloseTo(-params.flowBpPer100Bn, 9);
  });

  it('a purchase is funded partly by selling yen, and a sale partly comes home: the yen moves either way', () => {
    const perBn = (params.treasuryTradeYenShare * params.yenInterventionPct) / params.yenInterventionBn;
    const pctMove = (bn: number) => Math.log(trade(start, bn).draft.usdJpy / start.usdJpy) * 100;
    expect(perBn).toBeGreaterThan(0);
    expect(pctMove(-150)).toBeCloseTo(150 * perBn, 9);
    expect(pctMove(100)).toBeCloseTo(-100 * perBn, 9);
    // An intervention moves the yen by its own size only: selling yen is not funded a second time.
    const draft = draftOf(start);
    applyTokyoFlows(draft, tokyoMove({ yenIntervention: 'sellYen' }), start.yield10y, params);
    expect(Math.log(draft.usdJpy / start.usdJpy) * 100).toBeCloseTo(params.yenInterventionPct, 9);
  });
});
