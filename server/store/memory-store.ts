import { Shelf, ShelvedText } from '../shelf.ts';
import { decode, encode } from './codec.ts';
import {
  type Commit,
  checkContinues,
  type GameRecord,
  type GameStatus,
  type GameStore,
  type LogEntry,
  type StoredClassroom,
  type StoredGame,
  type StoredLobby,
  type StoredSnapshot,
} from './game-store.ts';

/** A game as the memory store keeps it: encoded text, like the database, so nothing shares live objects. */
interface KeptGame {
  record: string;
  status: GameStatus;
  lobby: string;
  config: string | null;
  log: ShelvedText[];
  /** Encoded, as bytes outside the JS heap (below). */
  snapshot: { logLength: number; state: Buffer } | null;
}

/**
 * The store for tests and for `LEVERAGE_STORE=memory`: everything in this process, gone when it ends.
 * It keeps encoded text rather than the objects it is given, so it behaves like the database: a later
 * change to a live object never reaches what was stored, and what comes back is a fresh copy.
 */
export class MemoryGameStore implements GameStore {
  private readonly games = new Map<string, KeptGame>();
  /**
   * A game's log, kept for its life, is shelved (shelf.ts): a database holds it outside the process, and
   * kept here as strings of its own it was copied by the load run's young collections. A deleted game's
   * entries are released from the shelf, which then holds them no longer. Snapshots are not shelved: each
   * replaces the one before, which a shelf would hold as long as the log entries shelved beside it. They are
   * kept as bytes, outside the JS heap: a snapshot (40–170 KB of JSON) lives until the next one, a hundred
   * entries later, and as a string two young collections copied it on its way to the old generation.
   */
  private readonly shelf = new Shelf();
  /** Encoded, like games; a Map keeps the order sessions were first saved in. */
  private readonly classrooms = new Map<string, string>();
  private closed = false;

  async create(record: GameRecord, lobby: StoredLobby): Promise<void> {
    this.check();
    if (this.games.has(record.id)) throw new Error(`Game ${record.id} is already stored`);
    this.games.set(record.id, {
      record: encode(record),
      status: 'active',
      lobby: encode(lobby),
      config: null,
      log: [],
      snapshot: null,
    });
  }

  async saveLobby(gameId: string, lobby: StoredLobby): Promise<void> {
    this.game(gameId).lobby = encode(lobby);
  }

  async commit(gameId: string, commit: Commit): Promise<void> {
    const game = this.game(gameId);
    checkContinues(gameId, game.log.length, commit.entries);
    // Encode everything first, so a value that cannot be encoded leaves the game as it was.
    const entries = commit.entries.map((entry) => encode(entry));
    const config = commit.config ? encode(commit.config) : game.config;
    const lobby = commit.lobby ? encode(commit.lobby) : game.lobby;
    const snapshot = commit.snapshot && {
      logLength: commit.snapshot.logLength,
      state: Buffer.from(encode(commit.snapshot.state)),
    };
    for (const entry of entries) game.log.push(this.shelf.keep(entry));
    game.config = config;
    game.lobby = lobby;
    if (snapshot) game.snapshot = snapshot;
    if (commit.ended) game.status = 'ended';
  }

  async setIdle(gameId: string, idle: boolean): Promise<void> {
    const game = this.game(gameId);
    if (game.status === 'ended') return;
    game.status = idle ? 'idle' : 'active';
  }

  async activeGameIds(): Promise<string[]> {
    this.check();
    return [...this.games.entries()].filter(([, game]) => game.status === 'active').map(([id]) => id);
  }

  async load(gameId: string): Promise<StoredGame | null> {
    this.check();
    const game = this.games.get(gameId);
    if (!game) return null;
    const snapshot: StoredSnapshot | null = game.snapshot
      ? { logLength: game.snapshot.logLength, state: decode(game.snapshot.state.toString()) }
      : null;
    return {
      record: decode(game.record),
      status: game.status,
      lobby: decode(game.lobby),
      config: game.config === null ? null : decode(game.config),
      snapshot,
      entries: game.log.slice(snapshot?.logLength ?? 0).map((entry) => decode<LogEntry>(entry.text)),
    };
  }

  async readLog(gameId: string, fromIndex = 0): Promise<LogEntry[]> {
    this.check();
    return (this.games.get(gameId)?.log ?? []).slice(fromIndex).map((entry) => decode<LogEntry>(entry.text));
  }

  async delete(gameId: string): Promise<void> {
    this.check();
    for (const entry of this.games.get(gameId)?.log ?? []) entry.release();
    this.games.delete(gameId);
  }

  /**
   * The characters the kept logs hold, a joined string counted once however many entries point into it:
   * what shelving costs beside the entries themselves.
   */
  heldLogChars(): number {
    return ShelvedText.heldChars([...this.games.values()].flatMap((game) => game.log));
  }

  async saveClassroom(classroom: StoredClassroom): Promise<void> {
    this.check();
    this.classrooms.set(classroom.id, encode(classroom));
  }

  async activeClassrooms(): Promise<StoredClassroom[]> {
    this.check();
    return [...this.classrooms.values()]
      .map((kept) => decode<StoredClassroom>(kept))
      .filter((classroom) => !classroom.ended);
  }

  async loadClassroom(classroomId: string): Promise<StoredClassroom | null> {
    this.check();
    const kept = this.classrooms.get(classroomId);
    return kept === undefined ? null : decode<StoredClassroom>(kept);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private check(): void {
    if (this.closed) throw new Error('The game store is closed');
  }

  private game(gameId: string): KeptGame {
    this.check();
    const game = this.games.get(gameId);
    if (!game) throw new Error(`No stored game ${gameId}`);
    return game;
  }
}
