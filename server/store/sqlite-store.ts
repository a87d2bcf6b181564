import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { GameConfig } from '../../shared/game/state.ts';
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
} from './game-store.ts';

export const DATABASE_FILE = 'leverage.sqlite';

/**
 * `NORMAL` in WAL mode: a committed transaction survives the process being killed at any moment (what a
 * server restart or crash is), and the database is never corrupted; only a power cut or an operating
 * system crash may lose the last transactions. `FULL` closes that gap with an fsync per commit (about
 * 1 ms each on the development machine, blocking the event loop), so it is an option, not the default.
 */
export type Synchronous = 'NORMAL' | 'FULL';

export interface SqliteStoreOptions {
  /** The folder for the database; created if missing. */
  dataDir: string;
  synchronous?: Synchronous;
}

/**
 * Tables added since (class sessions) are created on opening (CREATE TABLE IF NOT EXISTS) and unknown to
 * older builds, which read the file as before: no new version for an addition.
 */
const SCHEMA_VERSION = 1;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS games (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'idle', 'ended')),
    record TEXT NOT NULL,
    lobby TEXT NOT NULL,
    config TEXT,
    log_length INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX IF NOT EXISTS games_by_status ON games (status);
  CREATE TABLE IF NOT EXISTS game_log (
    game_id TEXT NOT NULL REFERENCES games (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    event TEXT NOT NULL,
    digest TEXT NOT NULL,
    PRIMARY KEY (game_id, idx)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS classrooms (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    ended INTEGER NOT NULL DEFAULT 0,
    classroom TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS game_snapshots (
    game_id TEXT PRIMARY KEY REFERENCES games (id) ON DELETE CASCADE,
    log_length INTEGER NOT NULL,
    state TEXT NOT NULL
  );
`;

interface GameRow {
  status: GameStatus;
  record: string;
  lobby: string;
  config: string | null;
  log_length: number;
}

interface LogRow {
  idx: number;
  event: string;
  digest: string;
}

function prepare(db: Database.Database) {
  return {
    insertGame: db.prepare<[string, string, string, string]>(
      `INSERT INTO games (id, code, status, record, lobby) VALUES (?, ?, 'active', ?, ?)`,
    ),
    game: db.prepare<[string], GameRow>(
      'SELECT status, record, lobby, config, log_length FROM games WHERE id = ?',
    ),
    logLength: db.prepare<[string], { log_length: number }>('SELECT log_length FROM games WHERE id = ?'),
    saveLobby: db.prepare<[string, string]>('UPDATE games SET lobby = ? WHERE id = ?'),
    saveConfig: db.prepare<[string, string]>('UPDATE games SET config = ? WHERE id = ?'),
    setLength: db.prepare<[number, string]>('UPDATE games SET log_length = ? WHERE id = ?'),
    end: db.prepare<[string]>(`UPDATE games SET status = 'ended' WHERE id = ?`),
    setStatus: db.prepare<[string, string]>(`UPDATE games SET status = ? WHERE id = ? AND status <> 'ended'`),
    append: db.prepare<[string, number, string, string, string]>(
      'INSERT INTO game_log (game_id, idx, type, event, digest) VALUES (?, ?, ?, ?, ?)',
    ),
    saveSnapshot: db.prepare<[string, number, string]>(
      `INSERT INTO game_snapshots (game_id, log_length, state) VALUES (?, ?, ?)
       ON CONFLICT (game_id) DO UPDATE SET log_length = excluded.log_length, state = excluded.state`,
    ),
    snapshot: db.prepare<[string], { log_length: number; state: string }>(
      'SELECT log_length, state FROM game_snapshots WHERE game_id = ?',
    ),
    log: db.prepare<[string, number], LogRow>(
      'SELECT idx, event, digest FROM game_log WHERE game_id = ? AND idx >= ? ORDER BY idx',
    ),
    active: db.prepare<[], { id: string }>(`SELECT id FROM games WHERE status = 'active' ORDER BY rowid`),
    delete: db.prepare<[string]>('DELETE FROM games WHERE id = ?'),
    saveClassroom: db.prepare<[string, string, number, string]>(
      `INSERT INTO classrooms (id, code, ended, classroom) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET ended = excluded.ended, classroom = excluded.classroom`,
    ),
    activeClassrooms: db.prepare<[], { classroom: string }>(
      'SELECT classroom FROM classrooms WHERE ended = 0 ORDER BY rowid',
    ),
    loadClassroom: db.prepare<[string], { classroom: string }>(
      'SELECT classroom FROM classrooms WHERE id = ?',
    ),
  };
}

/**
 * The default store: one SQLite file in the data folder (WAL mode), written synchronously by
 * better-sqlite3, so a commit is on disk when `commit()` returns. Events, lobbies and snapshots are JSON
 * (readable with the `sqlite3` shell); a log row also keeps the event's type and a digest of the state it
 * led to. Only the latest snapshot of a game is kept: the log holds everything before it.
 */
export class SqliteGameStore implements GameStore {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly statements: ReturnType<typeof prepare>;
  private readonly commitAll: (gameId: string, commit: Commit) => void;

  constructor(options: SqliteStoreOptions) {
    mkdirSync(options.dataDir, { recursive: true });
    this.path = join(options.dataDir, DATABASE_FILE);
    this.db = new Database(this.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION)
      throw new Error(`${this.path} was written by a newer Leverage (schema ${version})`);
    this.db.exec(SCHEMA);
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    this.statements = prepare(this.db);
    this.commitAll = this.db.transaction((gameId: string, commit: Commit) => this.write(gameId, commit));
  }

  private write(gameId: string, commit: Commit): void {
    const row = this.statements.logLength.get(gameId);
    if (!row) throw new Error(`No stored game ${gameId}`);
    checkContinues(gameId, row.log_length, commit.entries);
    for (const entry of commit.entries)
      this.statements.append.run(
        gameId,
        entry.index,
        entry.event.type,
        encode(entry.event),
        encode(entry.digest),
      );
    this.statements.setLength.run(row.log_length + commit.entries.length, gameId);
    if (commit.config) this.statements.saveConfig.run(encode(commit.config), gameId);
    if (commit.lobby) this.statements.saveLobby.run(encode(commit.lobby), gameId);
    if (commit.snapshot)
      this.statements.saveSnapshot.run(gameId, commit.snapshot.logLength, encode(commit.snapshot.state));
    if (commit.ended) this.statements.end.run(gameId);
  }

  async create(record: GameRecord, lobby: StoredLobby): Promise<void> {
    this.statements.insertGame.run(record.id, record.code, encode(record), encode(lobby));
  }

  async saveLobby(gameId: string, lobby: StoredLobby): Promise<void> {
    const { changes } = this.statements.saveLobby.run(encode(lobby), gameId);
    if (changes === 0) throw new Error(`No stored game ${gameId}`);
  }

  async commit(gameId: string, commit: Commit): Promise<void> {
    this.commitAll(gameId, commit);
  }

  async setIdle(gameId: string, idle: boolean): Promise<void> {
    this.statements.setStatus.run(idle ? 'idle' : 'active', gameId);
  }

  async activeGameIds(): Promise<string[]> {
    return this.statements.active.all().map((row) => row.id);
  }

  async load(gameId: string): Promise<StoredGame | null> {
    // One read transaction: the snapshot and the log after it belong together.
    return this.db.transaction((): StoredGame | null => {
      const row = this.statements.game.get(gameId);
      if (!row) return null;
      const snapshot = this.statements.snapshot.get(gameId);
      return {
        record: decode<GameRecord>(row.record),
        status: row.status,
        lobby: decode<StoredLobby>(row.lobby),
        config: row.config === null ? null : decode<GameConfig>(row.config),
        snapshot: snapshot ? { logLength: snapshot.log_length, state: decode(snapshot.state) } : null,
        entries: this.readRows(gameId, snapshot?.log_length ?? 0),
      };
    })();
  }

  async readLog(gameId: string, fromIndex = 0): Promise<LogEntry[]> {
    return this.readRows(gameId, fromIndex);
  }

  async delete(gameId: string): Promise<void> {
    this.statements.delete.run(gameId);
  }

  async saveClassroom(classroom: StoredClassroom): Promise<void> {
    this.statements.saveClassroom.run(
      classroom.id,
      classroom.code,
      classroom.ended ? 1 : 0,
      encode(classroom),
    );
  }

  async activeClassrooms(): Promise<StoredClassroom[]> {
    return this.statements.activeClassrooms.all().map((row) => decode<StoredClassroom>(row.classroom));
  }

  async loadClassroom(classroomId: string): Promise<StoredClassroom | null> {
    const row = this.statements.loadClassroom.get(classroomId);
    return row ? decode<StoredClassroom>(row.classroom) : null;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private readRows(gameId: string, fromIndex: number): LogEntry[] {
    return this.statements.log.all(gameId, fromIndex).map((row) => ({
      index: row.idx,
      event: decode(row.event),
      digest: decode(row.digest),
    }));
  }
}
