import type { InvestorsMove, TokyoMove, UsBusinessMove, WhiteHouseMove } from '../protocol/moves.ts';
import { tariffsInForce } from './initial.ts';
import type { ModelParams } from './params.ts';
import { addYieldBp, credibilityScale, effectiveTariff, moveEquities, shiftPanic } from './transmission.ts';
import type { Headline, MarketState } from './types.ts';

/** The public policies of a round's sheets landing on the market: tariffs, tone, retaliation, notes, lobbying. */

/**
 * The White House's tariffs. A rise: panic up (April 2025), stocks down; a cut or pause: the reverse, and a
 * pause adds the political-backstop rally of 9 April 2025. A change hard on the heels of another is policy
 * chaos, which tips panic from flight to quality into "sell America".
 */
export function applyTariffs(
  market: MarketState,
  move: WhiteHouseMove,
  round: number,
  params: ModelParams,
): { market: MarketState; headlines: Headline[]; deltaPp: number } {
  const headlines: Headline[] = [];
  const rates = tariffsInForce(move, params.pauseTariffPct);
  const effective = effectiveTariff(rates.headline, rates.autos, params);
  const deltaPp = effective - market.effectiveTariffPct;
  const internals = market.internals;
  const pauseStarts = move.pause && !internals.pauseActive;
  const pauseEnds = !move.pause && internals.pauseActive;
  if (pauseStarts) headlines.push({ key: 'news.pause', params: { pct: params.pauseTariffPct } });
  if (pauseEnds) headlines.push({ key: 'news.pauseEnded' });
  const changed = Math.abs(deltaPp) > 1e-9;
  if (changed || rates.headline !== internals.headlineTariffPct || rates.autos !== internals.autoTariffPct) {
    headlines.push({
      key: 'news.tariffChange',
      params: {
        headlinePct: rates.headline,
        autoPct: rates.autos,
        effectivePct: Math.round(effective * 10) / 10,
      },
    });
  }
  const backToBack = internals.lastTariffChangeRound > 0 && internals.lastTariffChangeRound === round - 1;
  const chaosAdd = changed && backToBack ? params.chaosPerTariffPp * Math.abs(deltaPp) : 0;
  let next: MarketState = {
    ...market,
    effectiveTariffPct: effective,
    internals: {
      ...internals,
      headlineTariffPct: rates.headline,
      autoTariffPct: rates.autos,
      pauseActive: move.pause,
      lastTariffChangeRound: changed ? round : internals.lastTariffChangeRound,
      policyChaos: Math.min(1, internals.policyChaos + chaosAdd),
    },
  };
  if (deltaPp > 0) {
    next = moveEquities(
      next,
      -params.usEquityPctPerTariffPp * deltaPp,
      -params.japanEquityPctPerTariffPp * deltaPp,
    );
    next = shiftPanic(next, params.panicPerTariffPp * deltaPp, params);
  } else if (deltaPp < 0) {
    next = moveEquities(
      next,
      -params.usEquityPctPerTariffCutPp * deltaPp,
      -params.japanEquityPctPerTariffCutPp * deltaPp,
    );
    next = shiftPanic(next, params.panicPerTariffCutPp * deltaPp, params);
  }
  if (pauseStarts) next = moveEquities(next, params.pauseUsEquityPct, 0);
  return { market: next, headlines, deltaPp };
}

/** A change of tone: more hawkish raises panic and dents stocks; a swing from one end to the other is chaos. */
export function applyStance(market: MarketState, move: WhiteHouseMove, params: ModelParams): MarketState {
  const score = move.stance === 'hawkish' ? 1 : move.stance === 'conciliatory' ? -1 : 0;
  const change = score - market.internals.stanceScore;
  if (change === 0) return market;
  const swing = Math.abs(change) === 2 ? params.chaosPerStanceSwing : 0;
  let next: MarketState = {
    ...market,
    internals: {
      ...market.internals,
      stanceScore: score,
      policyChaos: Math.min(1, market.internals.policyChaos + swing),
    },
  };
  if (change > 0) {
    next = moveEquities(next, -params.hawkishUsEquityPct * change, 0);
    next = shiftPanic(next, params.hawkishPanic * change, params);
  } else {
    const size = -change;
    next = moveEquities(next, params.conciliatoryEquityPct * size, params.conciliatoryEquityPct * size);
    next = shiftPanic(next, -params.conciliatoryPanic * size, params);
  }
  return next;
}

/** Japan's retaliatory tariff: panic and both stock markets react to the change. */
export function applyRetaliation(
  market: MarketState,
  move: TokyoMove,
  params: ModelParams,
): { market: MarketState; headlines: Headline[] } {
  const deltaPp = move.retaliatoryTariffPct - market.retaliatoryTariffPct;
  if (deltaPp === 0) return { market, headlines: [] };
  let next: MarketState = { ...market, retaliatoryTariffPct: move.retaliatoryTariffPct };
  const equityPct = -params.equityPctPerRetaliationPp * deltaPp;
  next = moveEquities(next, equityPct, equityPct);
  next = shiftPanic(next, params.panicPerRetaliationPp * deltaPp, params);
  return {
    market: next,
    headlines: [{ key: 'news.retaliation', params: { pct: move.retaliatoryTariffPct } }],
  };
}

/** The investors' published research note moves markets slightly, by their credibility. */
export function applyResearchNote(
  market: MarketState,
  move: InvestorsMove,
  params: ModelParams,
): { market: MarketState; headlines: Headline[] } {
  if (move.researchNote === 'none') return { market, headlines: [] };
  const direction = move.researchNote === 'bullish' ? 1 : -1;
  const scale = credibilityScale(market.credibility.investors, params);
  let next = moveEquities(market, direction * params.researchNoteUsEquityPct * scale, 0);
  next = addYieldBp(next, { signal: -direction * params.researchNoteYieldBp * scale }, params);
  next = shiftPanic(next, -direction * params.researchNotePanic * scale, params);
  const key = direction > 0 ? 'news.researchBullish' : 'news.researchBearish';
  return { market: next, headlines: [{ key }] };
}

/**
 * Business lobbying, with diminishing returns (√spend). Against tariffs: markets price a better chance of a
 * cut (a little less panic) and the White House feels the pressure while tariffs are up. For tariffs: the
 * reverse, and trade hawks are pleased.
 */
export function applyLobbying(
  market: MarketState,
  move: UsBusinessMove,
  params: ModelParams,
): { market: MarketState; headlines: Headline[]; approvalPts: number } {
  if (move.lobbyingSpendM <= 0) return { market, headlines: [], approvalPts: 0 };
  const weight = Math.sqrt(move.lobbyingSpendM / 100);
  const against = move.lobbyingDirection === 'againstTariffs';
  const tariffsUp = market.effectiveTariffPct > params.pauseTariffPct;
  const panicDelta =
    (against ? -1 : 1) * params.lobbyingPanicPer100M * weight * (against && !tariffsUp ? 0 : 1);
  const approvalPts = (against ? (tariffsUp ? -1 : 0) : 1) * params.lobbyingApprovalPer100M * weight;
  const headline: Headline = {
    key: against ? 'news.lobbyingAgainst' : 'news.lobbyingFor',
    params: { spendM: move.lobbyingSpendM },
  };
  return { market: shiftPanic(market, panicDelta, params), headlines: [headline], approvalPts };
}
