import { BENCHMARK_WEIGHTS } from './investors.ts';
import type { ModelParams } from './params.ts';
import {
  addToYield,
  clamp,
  credibilityScale,
  type MarketDraft,
  movePanic,
  moveStocks,
} from './transmission.ts';

/**
 * The investors' research note, published as a statement while people talk or with the sealed sheet.
 * A note moves markets slightly, by the fund's credibility as research; but readers know who wrote it. A
 * note that talks the fund's own book (bullish while overweight US stocks, bearish while underweight them
 * or long the yen) is discounted in proportion, and costs the fund credibility as research, so a fund that
 * talks its book every round soon moves nothing: its note is an advertisement, not news (issue 8).
 */

const US_STOCKS = 2;
const YEN = 1;

/**
 * How far a note talks the book it is published from, 0–1: the fund's bet on the note's direction beyond
 * its benchmark, per 100% of capital. Bullish: the US-stock overweight less any yen held (the yen gains
 * when markets are afraid); bearish: the reverse. Weights as `weightsOf` gives them, percent.
 */
export function talksOwnBook(weights: readonly number[], direction: 1 | -1): number {
  const overweightUs = (weights[US_STOCKS] ?? 0) - (BENCHMARK_WEIGHTS[US_STOCKS] ?? 0);
  const yen = (weights[YEN] ?? 0) - (BENCHMARK_WEIGHTS[YEN] ?? 0);
  return clamp((direction * (overweightUs - yen)) / 100, 0, 1);
}

/**
 * What a private player's public word (a fund's note, a business's warning) does to US stocks, %, and panic,
 * points, at full credibility: a White House tone step heard from a smaller voice, `privateWordShare` of
 * each of its sizes, so a word that dents stocks frightens in the same proportion whoever says it.
 */
export function privateWord(params: ModelParams): { usEquityPct: number; panic: number } {
  return {
    usEquityPct: params.privateWordShare * params.stanceEquityPct,
    panic: params.privateWordShare * params.stancePanic,
  };
}

/**
 * The note lands: US stocks, the 10y and panic move by the note's parameters, scaled by the fund's
 * credibility and discounted by how far it talks the book (`weights`: the fund's book it is published
 * from); then that conflict costs credibility for the next note.
 */
export function publishResearchNote(
  draft: MarketDraft,
  direction: 1 | -1,
  weights: readonly number[],
  params: ModelParams,
): void {
  const conflict = talksOwnBook(weights, direction);
  const scale =
    credibilityScale(draft.credibility.investors, params) * (1 - params.researchNoteBookDiscount * conflict);
  const word = privateWord(params);
  moveStocks(draft, direction * word.usEquityPct * scale, 0);
  addToYield(draft, { signal: -direction * params.privateWordYieldBp * scale }, params);
  movePanic(draft, -direction * word.panic * scale, params);
  if (conflict > 0) {
    const investors = clamp(draft.credibility.investors - params.credibilityPerCheapTalk * conflict, 0, 100);
    draft.credibility = { ...draft.credibility, investors };
  }
}
