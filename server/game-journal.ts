import { createGameEngine, type GameEngine } from '../shared/game/engine.ts';
import { seedToState } from '../shared/rng.ts';
import { encode } from './store/codec.ts';
import {
  type Commit,
  type GameStore,
  type LogEntry,
  type StoredGame,
  stateDigest,
} from './store/game-store.ts';

/**
 * A snapshot every this many log entries, besides one at the end. A six-round game with two-second ticks
 * logs about 630 entries; its snapshot is 40–170 KB of JSON and takes about a millisecond to write, and
 * replaying 100 entries after one (a round's resolution among them) takes a few milliseconds.
 */
export const SNAPSHOT_EVERY = 100;

/**
 * Where in every SNAPSHOT_EVERY entries a game takes its snapshot, from its id. A class's tables start
 * together and tick together, so snapshots keyed to the same moment (a round's resolution, the 100th
 * entry) came all at once: hundreds of large strings made in one instant, which outlive the young
 * generation and stall the event loop while it collects them. Each game's own offset spreads them out.
 */
export function snapshotOffset(gameId: string): number {
  return seedToState(gameId) % SNAPSHOT_EVERY;
}

/** Whether the entries from `from` to `to` cross one of the game's snapshot points. */
function crossesSnapshotPoint(offset: number, from: number, to: number): boolean {
  return Math.floor((to + offset) / SNAPSHOT_EVERY) > Math.floor((from + offset) / SNAPSHOT_EVERY);
}

/** Where a game's log stands: what the store holds, and which entry the engine's own log starts at. */
export interface JournalPosition {
  /** The index, in the game's log, of the engine's `log[0]` (the snapshot it was restored from). */
  logStart: number;
  /** Entries in the store. */
  committed: number;
  /** Entries covered by the latest stored snapshot. */
  snapshotAt: number;
  ended: boolean;
}

export const FRESH_JOURNAL: JournalPosition = {
  logStart: 0,
  committed: 0,
  snapshotAt: 0,
  ended: false,
};

/**
 * One game's side of the store: it collects the entries the engine logs, each with a digest of the state
 * it led to, and commits them (with a snapshot when one is due) in one transaction. The live game calls
 * `note` after every engine step and `commit` before it broadcasts or answers anything.
 */
export class GameJournal {
  private position: JournalPosition;
  private readonly pending: LogEntry[] = [];
  private readonly snapshotOffset: number;

  constructor(
    private readonly store: GameStore,
    private readonly gameId: string,
    position: JournalPosition,
  ) {
    this.position = { ...position };
    this.snapshotOffset = snapshotOffset(gameId);
  }

  /** Entries in the store. */
  get committed(): number {
    return this.position.committed;
  }

  /** Call right after each engine step: the entry it logged (if any) is kept with the state it led to. */
  note(engine: GameEngine): void {
    const noted = this.position.committed + this.pending.length;
    const fresh = engine.log.slice(noted - this.position.logStart);
    // One step applies at most one input; a second one here would get the wrong digest.
    if (fresh.length > 1) throw new Error(`Game ${this.gameId}: ${fresh.length} entries in one step`);
    const event = fresh[0];
    if (event) this.pending.push({ index: noted, event, digest: stateDigest(engine.state) });
  }

  /**
   * Writes what was noted since the last commit, with `extra` (the start's config and lobby) and a
   * snapshot if one is due. Resolves once the store has it; returns false when there was nothing to write.
   * If the store refuses, nothing counts as committed: the caller brings the game back from the store.
   */
  async commit(engine: GameEngine, extra: Pick<Commit, 'config' | 'lobby'> = {}): Promise<boolean> {
    if (this.pending.length === 0) return false;
    const { state } = engine;
    const length = this.position.committed + this.pending.length;
    const endsNow = state.phase === 'ended' && !this.position.ended;
    const snapshotDue =
      endsNow || crossesSnapshotPoint(this.snapshotOffset, this.position.snapshotAt, length);
    const commit: Commit = {
      entries: [...this.pending],
      ...extra,
      ...(snapshotDue ? { snapshot: { logLength: length, state: engine.persistedSnapshot() } } : {}),
      ...(endsNow ? { ended: true } : {}),
    };
    this.pending.length = 0;
    await this.store.commit(this.gameId, commit);
    this.position.committed = length;
    if (endsNow) this.position.ended = true;
    if (snapshotDue) this.position.snapshotAt = length;
    return true;
  }

  /** After the engine was replaced (the start, a reload from the store): count from its position. */
  reset(position: JournalPosition): void {
    this.pending.length = 0;
    this.position = { ...position };
  }
}

export interface RestoredEngine {
  engine: GameEngine;
  position: JournalPosition;
}

/**
 * The engine of a started game, from its latest snapshot and the log after it. Restoring from the
 * snapshot gives exactly the state a replay of the whole log gives (the durability tests check it), at a
 * fraction of the cost: a six-round game with two-second ticks (about 600 entries) replays in 15–27 ms;
 * loading and restoring it takes 3–7 ms at any point. Null for a game still in its lobby (nothing logged yet).
 */
export function engineFromStore(
  stored: StoredGame,
  onError: (error: unknown) => void,
): RestoredEngine | null {
  const { config, snapshot, entries, record } = stored;
  if (!config) return null;
  const logStart = snapshot?.logLength ?? 0;
  entries.forEach((entry, offset) => {
    if (entry.index !== logStart + offset)
      throw new Error(
        `Game ${record.id}: stored log entry ${entry.index} where ${logStart + offset} belongs`,
      );
  });
  const engine = createGameEngine(config, record.createdAt, snapshot?.state);
  for (const entry of entries) engine.replay(entry.event);
  const last = entries.at(-1);
  // Each entry keeps a digest of the state it led to: a restore that lands elsewhere (a changed rule under
  // an old game) is reported, and the game goes on from the state the log gives.
  if (last && encode(stateDigest(engine.state)) !== encode(last.digest))
    onError(
      new Error(
        `Game ${record.id}: restored state ${encode(stateDigest(engine.state))} differs from the stored digest ${encode(last.digest)}`,
      ),
    );
  return {
    engine,
    position: {
      logStart,
      committed: logStart + entries.length,
      snapshotAt: logStart,
      ended: engine.state.phase === 'ended',
    },
  };
}
