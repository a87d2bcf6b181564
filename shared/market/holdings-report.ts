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
/** The last round the report published at round `round`'s resolution covers (0: none yet). */
export function reportCoversThrough(round: number, lagRounds: number): number {
  return Math.max(0, round - lagRounds);
}

/** The round whose resolution publishes the first report covering round `round`: the reverse of the above. */
export function reportRevealingRound(round: number, lagRounds: number): number {
  return round + lagRounds;
}

export function publishHoldingsReport(
  draft: MarketDraft,
  round: number,
  lagRounds: number,
  params: ModelParams,
): Headline[] {
  const asOfRound = reportCoversThrough(round, lagRounds);
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
    revealedBn > 0
      ? // Revealed sales are read as the yield move they make, at the price's own rate of suspicion.
        (params.beliefPerUnexplainedBp * params.flowBpPer100Bn * revealedBn) / 100
      : beliefGap > 0
        ? -beliefGap * params.reportNoSalesBeliefCut
        : 0;
  moveBelief(draft, beliefDelta, params);

  const denialRound = draft.internals.lastDenialRound;
  if (denialRound > 0 && asOfRound >= denialRound) {
    let sinceDenialBn = 0;
    for (let index = denialRound - 1; index < asOfRound; index++) sinceDenialBn += sales[index] ?? 0;
    // The line that carries a threat out also breaks a denial: a skipped month of auctions or more.
    const contradicted = sinceDenialBn >= params.skipAuctionsBn;
    const change = contradicted ? -params.credibilityPerBrokenWord : params.credibilityPerKeptWord;
    draft.credibility = { ...draft.credibility, tokyo: clamp(draft.credibility.tokyo + change, 0, 100) };
    draft.internals.lastDenialRound = 0;
    if (contradicted) headlines.push({ key: 'news.denialContradicted', params: { round: denialRound } });
  }
  headlines.push(...judgeThreat(draft, asOfRound, params));
  return headlines;
}

/**
 * A threat must be backed by a sale of at least `skipAuctionsBn` (a skipped month of auctions) in one of the
 * `threatBackingRounds` rounds from the threat's own. Whether it was is known only from the report, so it
 * is judged here, not when the sale lands: credibility built on a secret sale would give the sale away.
 */
function judgeThreat(draft: MarketDraft, asOfRound: number, params: ModelParams): Headline[] {
  const threatRound = draft.internals.tokyoThreatRound;
  if (threatRound <= 0 || asOfRound < threatRound) return [];
  const lastRound = threatRound + params.threatBackingRounds - 1;
  const sales = draft.internals.salesByRound;
  let backed = false;
  for (let round = threatRound; round <= Math.min(asOfRound, lastRound); round++) {
    if ((sales[round - 1] ?? 0) >= params.skipAuctionsBn) backed = true;
  }
  const expired = !backed && asOfRound >= lastRound;
  if (!backed && !expired) return [];
  // A backed threat repays what its repeats cost while the report was pending: Tokyo said it and did it.
  const change = backed
    ? params.credibilityPerKeptWord + draft.internals.tokyoThreatRepeatCostPts
    : -params.threatNotBackedPenalty;
  draft.credibility = { ...draft.credibility, tokyo: clamp(draft.credibility.tokyo + change, 0, 100) };
  draft.internals.tokyoThreatRound = 0;
  draft.internals.tokyoThreatRepeatCostPts = 0;
  draft.internals.tokyoThreatsFoundUnbacked = backed ? 0 : draft.internals.tokyoThreatsFoundUnbacked + 1;
  return expired ? [{ key: 'news.threatNotBacked' }] : [];
}
