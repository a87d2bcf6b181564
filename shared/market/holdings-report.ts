import type { ModelParams } from './params.ts';
import { signed } from './report-headlines.ts';
import { clamp, shiftBelief } from './transmission.ts';
import type { Headline, MarketState } from './types.ts';

/**
 * The official holdings report (TIC-like): published with a lag, it reveals Tokyo's actual sales for the
 * rounds it newly covers. The market's belief jumps when it reveals sales and relaxes when it shows none;
 * a denial contradicted by the report costs Tokyo credibility, one confirmed by it earns a little.
 */
export function publishHoldingsReport(
  market: MarketState,
  round: number,
  lagRounds: number,
  params: ModelParams,
): { market: MarketState; headlines: Headline[] } {
  const asOfRound = Math.max(0, round - lagRounds);
  const previous = market.reportedAsOfRound;
  if (asOfRound <= previous) return { market, headlines: [] };
  const sales = market.internals.salesByRound;
  let revealedBn = 0;
  for (let index = previous; index < asOfRound; index++) revealedBn += sales[index] ?? 0;
  const reportedHoldingsBn = market.reportedHoldingsBn - revealedBn;
  const headlines: Headline[] = [];
  if (Math.abs(revealedBn) >= 0.5) {
    headlines.push({
      key: 'news.holdingsReport',
      params: {
        asOfRound,
        holdingsBn: Math.round(reportedHoldingsBn),
        changeBn: signed(Math.round(-revealedBn)),
      },
    });
  } else {
    headlines.push({
      key: 'news.holdingsReportUnchanged',
      params: { asOfRound, holdingsBn: Math.round(reportedHoldingsBn) },
    });
  }
  let next: MarketState = { ...market, reportedHoldingsBn, reportedAsOfRound: asOfRound };
  const beliefGap = next.sellingBelief - params.beliefPrior;
  const beliefDelta =
    revealedBn > 0 ? (params.reportBeliefPer100Bn * revealedBn) / 100 : beliefGap > 0 ? -beliefGap / 2 : 0;
  next = shiftBelief(next, beliefDelta, params);

  const denialRound = next.internals.lastDenialRound;
  if (denialRound > 0 && asOfRound >= denialRound) {
    let sinceDenialBn = 0;
    for (let index = denialRound - 1; index < asOfRound; index++) sinceDenialBn += sales[index] ?? 0;
    const contradicted = sinceDenialBn > params.threatBackingMinSalesBn / 2;
    const change = contradicted ? -params.denialContradictedPenalty : params.denialConfirmedBonus;
    next = {
      ...next,
      credibility: { ...next.credibility, tokyo: clamp(next.credibility.tokyo + change, 0, 100) },
      internals: { ...next.internals, lastDenialRound: 0 },
    };
    if (contradicted) headlines.push({ key: 'news.denialContradicted', params: { round: denialRound } });
  }
  return { market: next, headlines };
}
