import type { PlayerView } from '../game/player-view.ts';
import { applyHistory } from './history.ts';
import type { GameSnapshotMessage, GameUpdateMessage, MarketTickMessage } from './socket.ts';

/**
 * How the client keeps its copy of the game in step with the server. Snapshots replace everything;
 * updates and ticks are deltas that apply only on top of the exact seq they were made after, an update's
 * history lists by splicing in what changed. A delta
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
  if (message.view.gameId !== held.view.gameId) return { kind: 'gap' };
  const history = applyHistory(held.view, message.history);
  if (!history) return { kind: 'gap' };
  const view: PlayerView = {
    ...message.view,
    ...history,
    marketPath: capped([...held.view.marketPath, ...message.newPoints]),
  };
  return { kind: 'applied', game: { seq: message.seq, view } };
}

export function applyTick(held: HeldGame | null, message: MarketTickMessage): DeltaOutcome {
  const refused = checkDelta(held, message.seq, message.prevSeq);
  if (refused || !held) return refused ?? { kind: 'gap' };
  const previous = held.view;
  const you = previous.you
    ? {
        ...previous.you,
        ...(message.ownScore ? { score: message.ownScore } : {}),
        ...(message.holdings ? { holdings: message.holdings } : {}),
      }
    : null;
  const view: PlayerView = {
    ...previous,
    seq: message.seq,
    market: message.market,
    seats: message.scores,
    you,
    marketPath: capped([...previous.marketPath, message.point]),
  };
  return { kind: 'applied', game: { seq: message.seq, view } };
}
