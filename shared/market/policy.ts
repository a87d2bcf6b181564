import {
  type InvestorsMove,
  stanceScore,
  type TokyoMove,
  type UsBusinessMove,
  type WhiteHouseMove,
} from '../protocol/moves.ts';
import { tariffContested } from './economy.ts';
import { chargedTariffPct, tariffsInForce } from './initial.ts';
import { weightsOf } from './investors.ts';
import type { ModelParams } from './params.ts';
import { publishResearchNote } from './research-note.ts';
import {
  type MarketDraft,
  movePanic,
  moveStocks,
  setPolicyChaos,
  tariffCutEquityPct,
} from './transmission.ts';
import type { Headline } from './types.ts';

/**
 * The public policies of a round's sheets landing on the market: tariffs, tone, retaliation, notes, lobbying.
 * Each works on the round's draft in place (see MarketDraft) and returns what it reports.
 */

/**
 * The White House's tariffs. A rise: panic up (April 2025), stocks down; a cut or pause: the reverse, and a
 * pause adds the political-backstop rally of 9 April 2025. A change hard on the heels of another is policy
 * chaos, which tips panic from flight to quality into "sell America".
 */
export function applyTariffs(
  draft: MarketDraft,
  move: WhiteHouseMove,
  round: number,
  params: ModelParams,
): { headlines: Headline[]; deltaPp: number } {
  const headlines: Headline[] = [];
  const rates = tariffsInForce(move, params.pauseTariffPct);
  const effective = chargedTariffPct(move, params);
  const deltaPp = effective - draft.effectiveTariffPct;
  const internals = draft.internals;
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
  draft.effectiveTariffPct = effective;
  internals.headlineTariffPct = rates.headline;
  internals.autoTariffPct = rates.autos;
  internals.pauseActive = move.pause;
  if (changed) internals.lastTariffChangeRound = round;
  setPolicyChaos(draft, internals.policyChaos + chaosAdd, params);
  if (deltaPp > 0) {
    moveStocks(draft, -params.usEquityPctPerTariffPp * deltaPp, -params.japanEquityPctPerTariffPp * deltaPp);
    movePanic(draft, params.panicPerTariffPp * deltaPp, params);
  } else if (deltaPp < 0) {
    const cut = tariffCutEquityPct(params);
    moveStocks(draft, -cut.us * deltaPp, -cut.japan * deltaPp);
    movePanic(draft, params.panicPerTariffCutPp * deltaPp, params);
  }
  if (pauseStarts) moveStocks(draft, params.pauseUsEquityPct, 0);
  return { headlines, deltaPp };
}

/** A change of tone: more hawkish raises panic and dents stocks; a swing from one end to the other is chaos. */
export function applyStance(draft: MarketDraft, move: WhiteHouseMove, params: ModelParams): void {
  const score = stanceScore(move.stance);
  const change = score - draft.internals.stanceScore;
  if (change === 0) return;
  const swing = Math.abs(change) === 2 ? params.chaosPerStanceSwing : 0;
  draft.internals.stanceScore = score;
  setPolicyChaos(draft, draft.internals.policyChaos + swing, params);
  if (change > 0) {
    moveStocks(draft, -params.stanceEquityPct * change, 0);
    movePanic(draft, params.stancePanic * change, params);
  } else {
    const size = -change;
    moveStocks(draft, params.stanceEquityPct * size, params.stanceEquityPct * size);
    movePanic(draft, -params.stancePanic * size, params);
  }
}

/**
 * Japan's retaliatory tariff: panic and both stock markets react to the change as to a US tariff point on a
 * smaller flow, `retaliationShareOfTariff` of its panic and of its dent in US stocks.
 */
export function applyRetaliation(draft: MarketDraft, move: TokyoMove, params: ModelParams): Headline[] {
  const deltaPp = move.retaliatoryTariffPct - draft.retaliatoryTariffPct;
  if (deltaPp === 0) return [];
  draft.retaliatoryTariffPct = move.retaliatoryTariffPct;
  const share = params.retaliationShareOfTariff;
  const equityPct = -share * params.usEquityPctPerTariffPp * deltaPp;
  moveStocks(draft, equityPct, equityPct);
  movePanic(draft, share * params.panicPerTariffPp * deltaPp, params);
  return [{ key: 'news.retaliation', params: { pct: move.retaliatoryTariffPct } }];
}

/** The sheet's research note, read against the book the sheet puts in force (research-note.ts). */
export function applyResearchNote(draft: MarketDraft, move: InvestorsMove, params: ModelParams): Headline[] {
  if (move.researchNote === 'none') return [];
  const direction = move.researchNote === 'bullish' ? 1 : -1;
  publishResearchNote(draft, direction, weightsOf(move.allocation), params);
  return [{ key: direction > 0 ? 'news.researchBullish' : 'news.researchBearish' }];
}

/**
 * Business lobbying, with diminishing returns (√spend). Against tariffs: markets price a better chance of a
 * cut (a little less panic) and the White House feels the pressure while tariffs are up. For tariffs: the
 * reverse, and trade hawks are pleased.
 */
export function applyLobbying(
  draft: MarketDraft,
  move: UsBusinessMove,
  params: ModelParams,
): { headlines: Headline[]; approvalPts: number } {
  if (move.lobbyingSpendM <= 0) return { headlines: [], approvalPts: 0 };
  const weight = Math.sqrt(move.lobbyingSpendM / 100);
  const against = move.lobbyingDirection === 'againstTariffs';
  const tariffsUp = tariffContested(draft.effectiveTariffPct, params);
  const panicDelta =
    (against ? -1 : 1) * params.lobbyingPanicPer100M * weight * (against && !tariffsUp ? 0 : 1);
  const approvalPts = (against ? (tariffsUp ? -1 : 0) : 1) * params.lobbyingApprovalPer100M * weight;
  const headline: Headline = {
    key: against ? 'news.lobbyingAgainst' : 'news.lobbyingFor',
    params: { spendM: move.lobbyingSpendM },
  };
  movePanic(draft, panicDelta, params);
  return { headlines: [headline], approvalPts };
}
