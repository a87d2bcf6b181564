import type { Headline, MarketState, YenCause, YenMoves } from './types.ts';

/**
 * Why the yen moved this round. Every move of USD/JPY goes through `moveYen` (transmission.ts) with its
 * cause, and the round keeps the sum by cause; at resolution a large move gets a headline naming the cause
 * that did most of it, so a player whose score swings with the yen reads why.
 */

export const NO_YEN_MOVES: YenMoves = {
  panic: 0,
  sellingBelief: 0,
  policyChaos: 0,
  shock: 0,
  tokyoFlows: 0,
  news: 0,
};

/**
 * The round's moves with `pct` more for `cause`: a new record, never the old one changed in place. Written
 * out field by field, as `draftOf` is: it runs at every move of the yen, in every round a bot projects.
 */
export function withYenMove(moves: YenMoves | undefined, cause: YenCause, pct: number): YenMoves {
  const before = moves ?? NO_YEN_MOVES;
  return {
    panic: cause === 'panic' ? before.panic + pct : before.panic,
    sellingBelief: cause === 'sellingBelief' ? before.sellingBelief + pct : before.sellingBelief,
    policyChaos: cause === 'policyChaos' ? before.policyChaos + pct : before.policyChaos,
    shock: cause === 'shock' ? before.shock + pct : before.shock,
    tokyoFlows: cause === 'tokyoFlows' ? before.tokyoFlows + pct : before.tokyoFlows,
    news: cause === 'news' ? before.news + pct : before.news,
  };
}

/**
 * A round's yen move worth a headline, %: 2.5 times the week's news on the yen (`usdJpyNoisePctPerRound`,
 * 0.4% s.d.). The round's talk adds a third again of that variance (`tickNoiseSharePerSqrtMinute`² × three
 * minutes), so noise alone moves the yen 1% in about 3% of rounds, while a day's intervention
 * (`yenInterventionPct`, 2.5%) crosses it on its own, as do about seven points of panic
 * (`usdJpyPctPerPanicPt`, 0.14%) or a third of a point of belief that Tokyo sells (`usdJpyPctPerBelief`, 3%);
 * the yen side of a $60bn sale (0.75%, `treasuryTradeYenShare`) does not. A fixed figure, not a multiple of
 * the scenario's noise: a scenario without noise (a test's quiet week) would otherwise headline every move.
 */
export const YEN_HEADLINE_MOVE_PCT = 1;

/**
 * What a headline may name as the cause. Tokyo's flows are secret until the holdings report (as a sale is,
 * docs/market-model.md, "What others see of it"), and the week's news is nobody's doing: the public can tell
 * neither from the other, so both read as a move no public news explains, which is what the table sees.
 */
type PublicYenCause = 'panic' | 'sellingBelief' | 'policyChaos' | 'shock' | 'unexplained';

function publicCauses(moves: YenMoves): Record<PublicYenCause, number> {
  return {
    panic: moves.panic,
    sellingBelief: moves.sellingBelief,
    policyChaos: moves.policyChaos,
    shock: moves.shock,
    unexplained: moves.tokyoFlows + moves.news,
  };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The headline for the round's yen move, from `roundStartUsdJpy` to `market.usdJpy`, when it is at least the
 * threshold above: `news.yenStronger.<cause>` (USD/JPY fell) or `news.yenWeaker.<cause>`, for the cause that
 * moved it furthest in the direction it went. None for a smaller move.
 */
export function yenMoveHeadline(roundStartUsdJpy: number, market: MarketState): Headline | null {
  const changePct = (market.usdJpy / roundStartUsdJpy - 1) * 100;
  if (!(Math.abs(changePct) >= YEN_HEADLINE_MOVE_PCT)) return null;
  const direction = Math.sign(changePct);
  const causes = publicCauses(market.internals.roundYenMovesPct ?? NO_YEN_MOVES);
  let main: PublicYenCause = 'unexplained';
  let largest = 0;
  for (const [cause, pct] of Object.entries(causes) as [PublicYenCause, number][]) {
    if (pct * direction > largest) {
      main = cause;
      largest = pct * direction;
    }
  }
  const key = `news.${direction < 0 ? 'yenStronger' : 'yenWeaker'}.${main}`;
  const figures: Headline['params'] = { pct: round1(Math.abs(changePct)) };
  if (main === 'panic') figures.panic = Math.round(market.panic);
  if (main === 'sellingBelief') figures.belief = Math.round(market.sellingBelief * 100);
  return { key, params: figures };
}
