import type { CommonView, OwnView } from '../game/player-view.ts';
import type { PublicMarket } from '../game/public-market.ts';
import type { MarketPoint } from '../market/types.ts';
import { diffInto, type Patch, type PatchPath, patchOf } from './patch.ts';

/**
 * What a `game:update` carries for one recipient: the patch of its view since the view it holds, made of
 * two parts so that the work the same for every seat is done once per change. The public record's patch
 * (`commonPatch`) is made once and sent to every recipient; each adds the patch of its own part
 * (`ownPatch`). The two touch different top-level fields of the view, so together they are the view's
 * patch. The market path is not in it: its new points travel as the update's `newPoints`.
 */
export function commonPatch(before: CommonView, after: CommonView, newPoints: readonly MarketPoint[]): Patch {
  const ops: Patch = [];
  const path: PatchPath = [];
  for (const key of Object.keys(after) as (keyof CommonView)[]) {
    if (key === 'marketPath') continue;
    path.push(key);
    const held = key === 'market' ? marketWithPoints(before.market, newPoints) : before[key];
    diffInto(held, after[key], path, ops);
    path.pop();
  }
  return ops;
}

/** The patch of what one recipient sees beyond the public record (its seat, channels, proposals…). */
export function ownPatch(before: OwnView, after: OwnView): Patch {
  return patchOf(before, after);
}

/**
 * An update states each market figure once. A market tick moves the market and adds a point holding the
 * same figures, so the update's patch is made against the market held with its newest new point's figures
 * already in, and names a figure only where the market moved on after that point. The server makes the
 * patch from this (`commonPatch`) and the client applies it on top of this (`applyUpdate`), so the two
 * agree by construction. Without new points the market held is unchanged.
 */
export function marketWithPoints<Market extends PublicMarket>(
  market: Market,
  newPoints: readonly MarketPoint[],
): Market {
  const newest = newPoints[newPoints.length - 1];
  if (!newest) return market;
  // A point is its time and round plus the market's public figures (market/point.ts `marketPoint`).
  const { at: _at, round: _round, ...figures } = newest;
  return { ...market, ...figures };
}
