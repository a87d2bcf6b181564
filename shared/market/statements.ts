import { type Signal, signalAllowed } from '../protocol/statements.ts';
import type { RoleId } from '../roles.ts';
import type { ModelParams } from './params.ts';
import { privateWord, publishResearchNote } from './research-note.ts';
import {
  addToYield,
  clamp,
  credibilityScale,
  draftOf,
  type MarketDraft,
  moveBelief,
  movePanic,
  moveStocks,
  suspectSelling,
} from './transmission.ts';
import type { MarketState, StatementReaction } from './types.ts';

/**
 * The immediate reaction to a public statement's structured signal. The speaker's credibility scales every
 * effect. Yield effects go into the signal component, which fades while people talk and at resolution, and
 * which a denial can take back.
 */
/**
 * What a word of Tokyo's about its Treasuries adds to the 10-year, bp, at the credibility the market gives
 * Tokyo: one statement for the market's reaction and for a fund that prices the word (bots/fund-reading.ts).
 */
export function tokyoWordPremiumBp(
  signal: 'hint' | 'threat',
  credibility: number,
  params: ModelParams,
): number {
  return (signal === 'threat' ? params.threatBp : params.hintBp) * credibilityScale(credibility, params);
}

export function reactToStatement(
  market: MarketState,
  speaker: RoleId,
  signal: Signal,
  params: ModelParams,
): StatementReaction {
  if (signal === 'none' || !signalAllowed(speaker, signal)) return { market };
  const scale = credibilityScale(market.credibility[speaker], params);
  const headline = { key: `news.signal.${signal}`, params: { role: speaker } };
  const next = draftOf(market);
  switch (signal) {
    case 'hint':
      tokyoWord(next, tokyoWordPremiumBp(signal, market.credibility[speaker], params), params);
      break;
    case 'threat':
      tokyoWord(next, tokyoWordPremiumBp(signal, market.credibility[speaker], params), params);
      repeatThreat(next, params);
      break;
    case 'denial':
      deny(next, params);
      break;
    case 'hawkish':
      moveStocks(next, -params.stanceEquityPct * scale, 0);
      movePanic(next, params.stancePanic * scale, params);
      break;
    case 'neutral':
      movePanic(next, -params.neutralCalmShare * params.stancePanic * scale, params);
      break;
    case 'conciliatory':
      moveStocks(next, params.stanceEquityPct * scale, params.stanceEquityPct * scale);
      movePanic(next, -params.stancePanic * scale, params);
      break;
    case 'callBluff':
      return callBluff(next, scale, params);
    case 'bullish':
    case 'bearish':
      // Read against the book in force while people talk: last resolution's weights.
      publishResearchNote(next, signal === 'bullish' ? 1 : -1, next.internals.investorWeights, params);
      break;
    case 'warnLayoffs': {
      const word = privateWord(params);
      moveStocks(next, -word.usEquityPct * scale, 0);
      movePanic(next, word.panic * scale, params);
      break;
    }
    case 'warnPrices':
      addToYield(next, { signal: params.privateWordYieldBp * scale }, params);
      break;
  }
  return { market: next, headline };
}

/**
 * A Tokyo hint or threat adding `premiumBp` of yield premium (already scaled by credibility): the market
 * reads both on one scale, so belief rises in proportion to the premium, and panic with the belief.
 */
function tokyoWord(next: MarketDraft, premiumBp: number, params: ModelParams): void {
  addToYield(next, { signal: premiumBp }, params);
  suspectSelling(next, params.signalBeliefPerBp * premiumBp, params);
}

/**
 * Tokyo denies any plan to sell: a share of the signal premium and of the belief above its prior is taken
 * back, 50% at zero credibility up to 100% at full (China, January 2018: fully reversed). The report will
 * later confirm or contradict it.
 */
function deny(next: MarketDraft, params: ModelParams): void {
  const credibility = next.credibility.tokyo / 100;
  const reversal =
    params.denialReversalMin + (params.denialReversalMax - params.denialReversalMin) * credibility;
  addToYield(next, { signal: -next.internals.signalYieldBp * reversal }, params);
  const beliefGap = next.sellingBelief - params.beliefPrior;
  if (beliefGap > 0) moveBelief(next, -beliefGap * reversal, params);
  // The fear a hint's suspicion brought, taken back as the denial takes back words.
  movePanic(
    next,
    -params.panicPerSellingBelief * params.signalBeliefPerBp * params.hintBp * reversal,
    params,
  );
  next.internals.lastDenialRound = next.internals.currentRound;
  next.internals.tokyoThreatRound = 0;
  next.internals.tokyoThreatRepeatCostPts = 0;
}

/**
 * "It's a bluff": works when Tokyo's credibility is low, escalates when it is not. A call that works is a
 * denial said by the other side (China, January 2018: the market took the rumour back once officials called
 * it wrong): it takes back the least share a denial does, scaled by the White House's own credibility. A call
 * on a credible Tokyo is heard as one hawkish step more.
 */
function callBluff(next: MarketDraft, scale: number, params: ModelParams): StatementReaction {
  if (next.credibility.tokyo < params.callBluffCredibility) {
    const reversal = params.denialReversalMin * scale;
    addToYield(next, { signal: -next.internals.signalYieldBp * reversal }, params);
    const beliefGap = next.sellingBelief - params.beliefPrior;
    if (beliefGap > 0) moveBelief(next, -beliefGap * reversal, params);
    return { market: next, headline: { key: 'news.signal.callBluff', params: { role: 'whiteHouse' } } };
  }
  movePanic(next, params.stancePanic * scale, params);
  return { market: next, headline: { key: 'news.callBluffBackfires', params: { role: 'whiteHouse' } } };
}

/**
 * A threat's backing clock runs from the first threat not yet judged: repeating it restarts nothing, so
 * a threat never backed is found out by the report. Every repeat of a threat the market has seen no proof
 * of (one still unjudged, or one the report found unbacked) wears Tokyo's credibility down (crying wolf),
 * round after round; a threat the report found backed makes the next one fresh, and the repeats made while it
 * waited for the report are paid back (holdings-report.ts): the market now sees they were not empty words.
 */
function repeatThreat(next: MarketDraft, params: ModelParams): void {
  const pending = next.internals.tokyoThreatRound;
  const round = next.internals.currentRound;
  if (pending === round) return;
  if (pending === 0) next.internals.tokyoThreatRound = round;
  if (pending === 0 && next.internals.tokyoThreatsFoundUnbacked === 0) return;
  const tokyo = clamp(next.credibility.tokyo - params.credibilityPerCheapTalk, 0, 100);
  // Kept only while the threat waits for its report: a repeat made after one was found unbacked is never repaid.
  if (pending !== 0) next.internals.tokyoThreatRepeatCostPts += next.credibility.tokyo - tokyo;
  next.credibility = { ...next.credibility, tokyo };
}
