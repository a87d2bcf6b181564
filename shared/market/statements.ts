import { type Signal, signalAllowed } from '../protocol/statements.ts';
import type { RoleId } from '../roles.ts';
import type { ModelParams } from './params.ts';
import { addYieldBp, credibilityScale, moveEquities, shiftBelief, shiftPanic } from './transmission.ts';
import type { MarketState, StatementReaction } from './types.ts';

/**
 * The immediate reaction to a public statement's structured signal. The speaker's credibility scales every
 * effect. Yield effects go into the signal component, which fades while people talk and at resolution, and
 * which a denial can take back.
 */
export function reactToStatement(
  market: MarketState,
  speaker: RoleId,
  signal: Signal,
  params: ModelParams,
): StatementReaction {
  if (signal === 'none' || !signalAllowed(speaker, signal)) return { market };
  const scale = credibilityScale(market.credibility[speaker], params);
  const headline = { key: `news.signal.${signal}`, params: { role: speaker } };
  let next = market;
  switch (signal) {
    case 'hint':
      next = addYieldBp(next, { signal: params.hintBp * scale }, params);
      next = shiftBelief(next, params.hintBelief * scale, params);
      next = shiftPanic(next, params.hintPanic * scale, params);
      break;
    case 'threat':
      next = addYieldBp(next, { signal: params.threatBp * scale }, params);
      next = shiftBelief(next, params.threatBelief * scale, params);
      next = shiftPanic(next, params.threatPanic * scale, params);
      next = { ...next, internals: { ...next.internals, tokyoThreatRoundsLeft: params.threatBackingRounds } };
      break;
    case 'denial':
      next = deny(next, params);
      break;
    case 'hawkish':
      next = moveEquities(next, -params.hawkishUsEquityPct * scale, 0);
      next = shiftPanic(next, params.hawkishPanic * scale, params);
      break;
    case 'neutral':
      next = shiftPanic(next, -0.3 * params.conciliatoryPanic * scale, params);
      break;
    case 'conciliatory':
      next = moveEquities(next, params.conciliatoryEquityPct * scale, params.conciliatoryEquityPct * scale);
      next = shiftPanic(next, -params.conciliatoryPanic * scale, params);
      break;
    case 'callBluff':
      return callBluff(next, scale, params);
    case 'bullish':
    case 'bearish': {
      const direction = signal === 'bullish' ? 1 : -1;
      next = moveEquities(next, direction * params.researchNoteUsEquityPct * scale, 0);
      next = addYieldBp(next, { signal: -direction * params.researchNoteYieldBp * scale }, params);
      next = shiftPanic(next, -direction * params.researchNotePanic * scale, params);
      break;
    }
    case 'warnLayoffs':
      next = moveEquities(next, -params.warnLayoffsUsEquityPct * scale, 0);
      next = shiftPanic(next, params.warnLayoffsPanic * scale, params);
      break;
    case 'warnPrices':
      next = addYieldBp(next, { signal: params.warnPricesYieldBp * scale }, params);
      break;
  }
  return { market: next, headline };
}

/**
 * Tokyo denies any plan to sell: a share of the signal premium and of the belief above its prior is taken
 * back, 50% at zero credibility up to 100% at full (China, January 2018: fully reversed). The report will
 * later confirm or contradict it.
 */
function deny(market: MarketState, params: ModelParams): MarketState {
  const credibility = market.credibility.tokyo / 100;
  const reversal =
    params.denialReversalMin + (params.denialReversalMax - params.denialReversalMin) * credibility;
  let next = addYieldBp(market, { signal: -market.internals.signalYieldBp * reversal }, params);
  const beliefGap = next.sellingBelief - params.beliefPrior;
  if (beliefGap > 0) next = shiftBelief(next, -beliefGap * reversal, params);
  next = shiftPanic(next, -params.hintPanic * reversal, params);
  return {
    ...next,
    internals: { ...next.internals, lastDenialRound: next.internals.currentRound, tokyoThreatRoundsLeft: 0 },
  };
}

/** "It's a bluff": works when Tokyo's credibility is low, escalates when it is not. */
function callBluff(market: MarketState, scale: number, params: ModelParams): StatementReaction {
  if (market.credibility.tokyo < params.callBluffCredibility) {
    let next = addYieldBp(
      market,
      { signal: -market.internals.signalYieldBp * params.callBluffSignalCut },
      params,
    );
    next = shiftBelief(next, -params.callBluffBelief * scale, params);
    return { market: next, headline: { key: 'news.signal.callBluff', params: { role: 'whiteHouse' } } };
  }
  const next = shiftPanic(market, params.callBluffBackfirePanic * scale, params);
  return { market: next, headline: { key: 'news.callBluffBackfires', params: { role: 'whiteHouse' } } };
}
