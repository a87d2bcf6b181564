import type { CommonView, OwnView } from '../game/player-view.ts';
import { diffInto, type Patch, type PatchPath, patchOf } from './patch.ts';

/**
 * What a `game:update` carries for one recipient: the patch of its view since the view it holds, made of
 * two parts so that the work the same for every seat is done once per change. The public record's patch
 * (`commonPatch`) is made once and sent to every recipient; each adds the patch of its own part
 * (`ownPatch`). The two touch different top-level fields of the view, so together they are the view's
 * patch. The market path is not in it: its new points travel as the update's `newPoints`.
 */
export function commonPatch(before: CommonView, after: CommonView): Patch {
  const ops: Patch = [];
  const path: PatchPath = [];
  for (const key of Object.keys(after) as (keyof CommonView)[]) {
    if (key === 'marketPath') continue;
    path.push(key);
    diffInto(before[key], after[key], path, ops);
    path.pop();
  }
  return ops;
}

/** The patch of what one recipient sees beyond the public record (its seat, channels, proposals…). */
export function ownPatch(before: OwnView, after: OwnView): Patch {
  return patchOf(before, after);
}
