import type { GameConfig } from '../../shared/game/state.ts';
import { decode, encode } from './codec.ts';
import {
  ClassroomCodeTakenError,
  type Commit,
  checkContinues,
  type GameRecord,
  type GameStatus,
  type GameStore,
  JoinCodeTakenError,
  type LogEntry,
  NotOwnerError,
  type StoredClassroom,
  type StoredGame,
  type StoredLobby,
} from './game-store.ts';
import { ClassroomLeases, PostgresLeases } from './postgres-leases.ts';
import { PostgresPools } from './postgres-pools.ts';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` (LEVERAGE_DATABASE_URL). */
  connectionString: string;
  /** Connections kept open; a commit holds one for its transaction only. */
  maxConnections?: number;
  /**
   * One of several nodes sharing the database (LEVERAGE_REDIS_URL): every game is run under a lease
   * (`leases`), and every write of a game's log or lobby is refused unless this node holds its lease.
   */
  node?: { id: string; leaseMs: number };
}

/** Values are read as text (`::text`) and decoded by the codec, so `-0` and `NaN` come back as given. */
interface GameRow {
  status: GameStatus;
  record: string;
  lobby: string;
  config: string | null;
}

interface LogRow {
  idx: number;
  event: string;
  digest: string;
}

const LOG_FROM = `SELECT idx, event::text AS event, digest::text AS digest
  FROM game_log WHERE game_id = $1 AND idx >= $2 ORDER BY idx`;

/**
 * Games in PostgreSQL (`LEVERAGE_DATABASE_URL`), for servers that outgrow one SQLite file. The tables are
 * those of the SQLite store, values in `json` (see postgres-schema.ts), created on first use. It keeps no
 * copy of anything in the process: every call reads or writes the database, and a commit checks the
 * log's length under a row lock in its own transaction, so the log refuses a gap or an overlap however
 * many processes write to it; with several nodes, a commit also checks the fence of the game's lease.
 * A commit has reached PostgreSQL's disk (its default `synchronous_commit`) when `commit()` resolves.
 */
export class PostgresGameStore implements GameStore {
  private readonly db: PostgresPools;
  /** Which games this node may write, when it is one of several (null for a single node). */
  readonly leases: PostgresLeases | null;
  /** Which class sessions this node runs and may write, when it is one of several. */
  readonly classroomLeases: ClassroomLeases | null;

  constructor(options: PostgresStoreOptions) {
    const node = options.node;
    this.db = new PostgresPools(options.connectionString, options.maxConnections ?? 10, node !== undefined);
    this.leases = node ? new PostgresLeases(this.db.leaseQuery, node.id, node.leaseMs) : null;
    this.classroomLeases = node ? new ClassroomLeases(this.db.leaseQuery, node.id, node.leaseMs) : null;
  }

  /** The schema, brought up to date once per store before its first query. */
  ready(): Promise<void> {
    return this.db.ready();
  }

  async create(record: GameRecord, lobby: StoredLobby): Promise<void> {
    // The node that creates a game runs it: its lease is written with it.
    const claimed = await this.db.transaction(async (client) => {
      await client
        .query(`INSERT INTO games (id, code, status, record, lobby) VALUES ($1, $2, 'active', $3, $4)`, [
          record.id,
          record.code,
          encode(record),
          encode(lobby),
        ])
        .catch((error: unknown) => {
          throw isUniqueClash(error, 'games_live_code') ? new JoinCodeTakenError(record.code) : error;
        });
      return this.leases?.claimNew(client, record.id);
    });
    claimed?.();
  }

  async saveLobby(gameId: string, lobby: StoredLobby): Promise<void> {
    await this.db.transaction(async (client) => {
      await this.leases?.checkFence(client, gameId);
      const { rowCount } = await client.query('UPDATE games SET lobby = $1 WHERE id = $2', [
        encode(lobby),
        gameId,
      ]);
      if (rowCount === 0) throw new Error(`No stored game ${gameId}`);
    });
  }

  async commit(gameId: string, commit: Commit): Promise<void> {
    // Encoded before the transaction: a value that cannot be encoded changes nothing.
    const events = commit.entries.map((entry) => encode(entry.event));
    const digests = commit.entries.map((entry) => encode(entry.digest));
    await this.db.transaction(async (client) => {
      // Another node that took the game over has a higher fence: this node's write is refused.
      await this.leases?.checkFence(client, gameId);
      // FOR UPDATE: a second writer of the same game waits here and then sees this commit's length.
      const { rows } = await client.query<{ log_length: number }>(
        'SELECT log_length FROM games WHERE id = $1 FOR UPDATE',
        [gameId],
      );
      const length = rows[0]?.log_length;
      if (length === undefined) throw new Error(`No stored game ${gameId}`);
      checkContinues(gameId, length, commit.entries);
      if (commit.entries.length > 0)
        await client.query(
          `INSERT INTO game_log (game_id, idx, type, event, digest)
           SELECT $1, e.idx, e.type, e.event::json, e.digest::json
           FROM unnest($2::integer[], $3::text[], $4::text[], $5::text[]) AS e (idx, type, event, digest)`,
          [
            gameId,
            commit.entries.map((entry) => entry.index),
            commit.entries.map((entry) => entry.event.type),
            events,
            digests,
          ],
        );
      await client.query(
        `UPDATE games SET log_length = $2,
           config = coalesce($3::json, config),
           lobby = coalesce($4::json, lobby),
           status = CASE WHEN $5 THEN 'ended' ELSE status END
         WHERE id = $1`,
        [
          gameId,
          length + commit.entries.length,
          commit.config ? encode(commit.config) : null,
          commit.lobby ? encode(commit.lobby) : null,
          commit.ended === true,
        ],
      );
      if (commit.snapshot)
        await client.query(
          `INSERT INTO game_snapshots (game_id, log_length, state) VALUES ($1, $2, $3)
           ON CONFLICT (game_id) DO UPDATE SET log_length = excluded.log_length, state = excluded.state`,
          [gameId, commit.snapshot.logLength, encode(commit.snapshot.state)],
        );
    });
  }

  async setIdle(gameId: string, idle: boolean): Promise<void> {
    await this.db.query(`UPDATE games SET status = $1 WHERE id = $2 AND status <> 'ended'`, [
      idle ? 'idle' : 'active',
      gameId,
    ]);
  }

  async activeGameIds(): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `SELECT id FROM games WHERE status = 'active' ORDER BY created_order`,
    );
    return rows.map((row) => row.id);
  }

  async load(gameId: string): Promise<StoredGame | null> {
    // One snapshot of the database: the stored snapshot and the log after it belong together.
    return this.db.transaction(async (client) => {
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { rows } = await client.query<GameRow>(
        `SELECT status, record::text AS record, lobby::text AS lobby, config::text AS config
         FROM games WHERE id = $1`,
        [gameId],
      );
      const row = rows[0];
      if (!row) return null;
      const kept = await client.query<{ log_length: number; state: string }>(
        'SELECT log_length, state::text AS state FROM game_snapshots WHERE game_id = $1',
        [gameId],
      );
      const snapshot = kept.rows[0];
      const log = await client.query<LogRow>(LOG_FROM, [gameId, snapshot?.log_length ?? 0]);
      return {
        record: decode<GameRecord>(row.record),
        status: row.status,
        lobby: decode<StoredLobby>(row.lobby),
        config: row.config === null ? null : decode<GameConfig>(row.config),
        snapshot: snapshot ? { logLength: snapshot.log_length, state: decode(snapshot.state) } : null,
        entries: log.rows.map(toEntry),
      };
    });
  }

  async readLog(gameId: string, fromIndex = 0): Promise<LogEntry[]> {
    const { rows } = await this.db.query<LogRow>(LOG_FROM, [gameId, fromIndex]);
    return rows.map(toEntry);
  }

  async delete(gameId: string): Promise<void> {
    await this.db.query('DELETE FROM games WHERE id = $1', [gameId]);
  }

  async saveClassroom(classroom: StoredClassroom): Promise<void> {
    const leases = this.classroomLeases;
    const claimed = await this.db.transaction(async (client) => {
      // With several nodes, only the session's node writes it: a node that lost its lease (frozen past
      // it while another took the session over) is refused by the fence, as a game's commit is.
      const held = leases?.holds(classroom.id) ?? false;
      if (held) await leases?.checkFence(client, classroom.id);
      await client
        .query(
          `INSERT INTO classrooms (id, code, ended, classroom) VALUES ($1, $2, $3, $4)
           ON CONFLICT (id) DO UPDATE SET ended = excluded.ended, classroom = excluded.classroom`,
          [classroom.id, classroom.code, classroom.ended, encode(classroom)],
        )
        .catch((error: unknown) => {
          throw isUniqueClash(error, 'classrooms_live_code')
            ? new ClassroomCodeTakenError(classroom.code)
            : error;
        });
      // A new session is run by the node that creates it; a session this node does not hold already
      // has a lease row, which refuses the claim: another node runs it.
      if (!leases || held) return undefined;
      return leases.claimNew(client, classroom.id).catch((error: unknown) => {
        throw isUniqueClash(error, 'classroom_leases_pkey')
          ? new NotOwnerError(classroom.id, 'Class session')
          : error;
      });
    });
    claimed?.();
  }

  async activeClassrooms(): Promise<StoredClassroom[]> {
    const { rows } = await this.db.query<{ classroom: string }>(
      'SELECT classroom::text AS classroom FROM classrooms WHERE NOT ended ORDER BY saved_order',
    );
    return rows.map((row) => decode<StoredClassroom>(row.classroom));
  }

  async loadClassroom(classroomId: string): Promise<StoredClassroom | null> {
    const { rows } = await this.db.query<{ classroom: string }>(
      'SELECT classroom::text AS classroom FROM classrooms WHERE id = $1',
      [classroomId],
    );
    return rows[0] ? decode<StoredClassroom>(rows[0].classroom) : null;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

function toEntry(row: LogRow): LogEntry {
  return { index: row.idx, event: decode(row.event), digest: decode(row.digest) };
}

/**
 * A unique index refused a row: live games' join codes (migration 3), live sessions' codes and sessions'
 * leases (migration 4).
 */
function isUniqueClash(
  error: unknown,
  index: 'games_live_code' | 'classrooms_live_code' | 'classroom_leases_pkey',
): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    error.code === '23505' &&
    'constraint' in error &&
    error.constraint === index
  );
}
