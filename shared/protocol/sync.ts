import type { PlayerView } from '../game/player-view.ts';
import { applyPatch } from './patch.ts';
import type { GameSnapshotMessage, GameUpdateMessage } from './socket.ts';
import { marketWithPoints } from './view-patch.ts';

/**
 * How the client keeps its copy of the game in step with the server. Snapshots replace everything;
 * updates are deltas that apply only on top of the exact seq they were made after, an update as
 * a patch of the view held (shared/protocol/patch.ts). A delta
 * whose `prevSeq` is not the seq held means something was missed: the caller must ask for a resync.
 */
export interface HeldGame {
  seq: number;
  view: PlayerView;
}

export type DeltaOutcome =
  | { kind: 'applied'; game: HeldGame }
  /** Already covered (a duplicate, or older than what is held): nothing to do. */
  | { kind: 'stale' }
  /** Something was missed in between: call `game:sync`. */
  | { kind: 'gap' };

/** A market path keeps a few hours of ticks at most; older points are dropped first. */
export const MAX_PATH_POINTS = 5000;

function capped<T>(items: T[]): T[] {
  return items.length > MAX_PATH_POINTS ? items.slice(items.length - MAX_PATH_POINTS) : items;
}

export function fromSnapshot(message: GameSnapshotMessage): HeldGame {
  return { seq: message.seq, view: { ...message.view, marketPath: capped(message.view.marketPath) } };
}

function checkDelta(held: HeldGame | null, seq: number, prevSeq: number): DeltaOutcome | null {
  if (!held) return { kind: 'gap' };
  if (seq <= held.seq) return { kind: 'stale' };
  if (prevSeq !== held.seq) return { kind: 'gap' };
  return null;
}

export function applyUpdate(held: HeldGame | null, message: GameUpdateMessage): DeltaOutcome {
  const refused = checkDelta(held, message.seq, message.prevSeq);
  if (refused || !held) return refused ?? { kind: 'gap' };
  if (message.gameId !== held.view.gameId) return { kind: 'gap' };
  // The patch was made against the view held with the newest new point's market figures in.
  const base = message.newPoints.length
    ? { ...held.view, market: marketWithPoints(held.view.market, message.newPoints) }
    : held.view;
  const patched = applyPatch(base, message.patch);
  // A patch that does not fit the view held means that view is not the one it was made from.
  if (!patched) return { kind: 'gap' };
  const view: PlayerView = {
    ...patched,
    marketPath: capped([...held.view.marketPath, ...message.newPoints]),
  };
  return { kind: 'applied', game: { seq: message.seq, view } };
}

/** A delta as received (a market tick is an update like any other). */
export type Delta = { update: GameUpdateMessage };

export function applyDelta(held: HeldGame | null, delta: Delta): DeltaOutcome {
  return applyUpdate(held, delta.update);
}

/**
 * A resync's snapshot with the deltas that showed a gap while it was on its way. A socket reads every
 * message of one network read before an awaited answer resumes, so the updates sent right after the
 * snapshot are often read before it; applied on top of it here, they are not lost to a second resync.
 * Deltas older than the snapshot are skipped; `gap` says one newer than it did not follow (sync again).
 */
export function catchUp(
  snapshot: GameSnapshotMessage,
  keptWhileSyncing: readonly Delta[],
): { game: HeldGame; gap: boolean } {
  let game = fromSnapshot(snapshot);
  for (const delta of keptWhileSyncing) {
    const outcome = applyDelta(game, delta);
    if (outcome.kind === 'gap') return { game, gap: true };
    if (outcome.kind === 'applied') game = outcome.game;
  }
  return { game, gap: false };
}
