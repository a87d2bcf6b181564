import type { ModelParams } from './params.ts';
import { signed } from './report-headlines.ts';
import { clamp, type MarketDraft, moveBelief } from './transmission.ts';
import type { Headline } from './types.ts';

/**
 * The official holdings report (TIC-like): published with a lag, it reveals Tokyo's actual sales for the
 * rounds it newly covers. The market's belief jumps when it reveals sales and relaxes when it shows none;
 * a denial contradicted by the report costs Tokyo credibility, one confirmed by it earns a little. Works on
 * the round's draft in place (see MarketDraft) and returns the report's headlines.
 */
export function publishHoldingsReport(
  draft: MarketDraft,
  round: number,
  lagRounds: number,
  params: ModelParams,
): Headline[] {
  const asOfRound = Math.max(0, round - lagRounds);
  const previous = draft.reportedAsOfRound;
  if (asOfRound <= previous) return [];
  const sales = draft.internals.salesByRound;
  let revealedBn = 0;
  for (let index = previous; index < asOfRound; index++) revealedBn += sales[index] ?? 0;
  const reportedHoldingsBn = draft.reportedHoldingsBn - revealedBn;
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
  draft.reportedHoldingsBn = reportedHoldingsBn;
  draft.reportedAsOfRound = asOfRound;
  const beliefGap = draft.sellingBelief - params.beliefPrior;
  const beliefDelta =
    revealedBn > 0 ? (params.reportBeliefPer100Bn * revealedBn) / 100 : beliefGap > 0 ? -beliefGap / 2 : 0;
  moveBelief(draft, beliefDelta, params);

  const denialRound = draft.internals.lastDenialRound;
  if (denialRound > 0 && asOfRound >= denialRound) {
    let sinceDenialBn = 0;
    for (let index = denialRound - 1; index < asOfRound; index++) sinceDenialBn += sales[index] ?? 0;
    const contradicted = sinceDenialBn > params.threatBackingMinSalesBn / 2;
    const change = contradicted ? -params.denialContradictedPenalty : params.denialConfirmedBonus;
    draft.credibility = { ...draft.credibility, tokyo: clamp(draft.credibility.tokyo + change, 0, 100) };
    draft.internals.lastDenialRound = 0;
    if (contradicted) headlines.push({ key: 'news.denialContradicted', params: { round: denialRound } });
  }
  return headlines;
}
