import { booksFromView, expectedSheets, marketFromView } from '../../../shared/bots/projection.ts';
import { dealsInForce, signedByTokyo } from '../../../shared/game/deals.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { resolveRound } from '../../../shared/market/index.ts';
import type { Headline, MarketState } from '../../../shared/market/types.ts';
import type { MoveSet, MoveSheet } from '../../../shared/protocol/moves.ts';
import { createRng, seedToState } from '../../../shared/rng.ts';
import { perRole } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { scoreTotalFor, scoringProgress } from '../../../shared/scoring/score.ts';

/**
 * "What if": the round resolved by the real market model with this sheet, against the same round with
 * the seat's standing policy, from the market as this seat sees it (hidden parts filled in as the bots
 * fill them). Both runs share the same dice, so their difference is the sheet's own effect.
 */
export interface Levels {
  yield10y: number;
  mortgageRate: number;
  usdJpy: number;
  usEquity: number;
  japanEquity: number;
  panic: number;
  score: number;
}

export interface Projection {
  /** The market and the live score as they are now. */
  now: Levels;
  /** After this round resolves with this sheet; the score as the round report will publish it. */
  withSheet: Levels;
  /** The same round with the standing policy instead. */
  withStanding: Levels;
  /**
   * Today's market scored against the targets in force once the round resolves: what the score would
   * become if nothing moved, because targets move on a step each round (shared/scoring mappingAt).
   */
  nowAtRoundEndTargets: number;
  headlines: Headline[];
}

function levelsOf(market: MarketState, score: number): Levels {
  return {
    yield10y: market.yield10y,
    mortgageRate: market.mortgageRate,
    usdJpy: market.usdJpy,
    usEquity: market.usEquity,
    japanEquity: market.japanEquity,
    panic: market.panic,
    score,
  };
}

export function projectSheet(view: PlayerView, move: MoveSheet): Projection | null {
  const you = view.you;
  if (!you || move.role !== you.role) return null;
  const scenario = DEFAULT_SCENARIO;
  const market = marketFromView(view, scenario);
  const books = booksFromView(view, scenario);
  const others = expectedSheets(view, scenario);
  const inForce = dealsInForce(view).length;
  const withTokyo = signedByTokyo(dealsInForce(view));
  const round = Math.max(1, view.round);
  // Scored as the round report will score it: with this round resolved, not at the end of the game.
  const progress = scoringProgress(round, view.rounds);
  const run = (own: MoveSheet) => {
    const rng = createRng(seedToState(`preview:${view.gameId}:${view.round}`));
    const moves = { ...others, [you.role]: own } as MoveSet;
    const result = resolveRound(
      market,
      books,
      { round, moves, dealsInForce: inForce, dealsWithTokyo: withTokyo, breachesByRole: perRole(() => 0) },
      rng,
      scenario,
    );
    return {
      levels: levelsOf(
        result.market,
        scoreTotalFor(you.role, result.market, result.books, scenario, progress, view.rounds),
      ),
      headlines: result.headlines,
    };
  };
  const withSheet = run(move);
  const withStanding = run(you.standingMove);
  return {
    now: levelsOf(market, you.score.total),
    withSheet: withSheet.levels,
    withStanding: withStanding.levels,
    nowAtRoundEndTargets: scoreTotalFor(you.role, market, books, scenario, progress, view.rounds),
    headlines: withSheet.headlines,
  };
}
