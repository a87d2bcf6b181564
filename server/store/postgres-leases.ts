import type pg from 'pg';
import { NotOwnerError } from './game-store.ts';

/** Runs one statement on the store's pool (after its schema is ready). */
export type Query = <Row extends pg.QueryResultRow>(
  text: string,
  values?: unknown[],
) => Promise<pg.QueryResult<Row>>;

/**
 * What a lease is held on: games (`game_leases`, migration 2) or class sessions (`classroom_leases`,
 * migration 4). The SQL fragments are this file's own constants, never input.
 */
export interface LeaseKind {
  /** The lease table and its column naming what is leased. */
  table: 'game_leases' | 'classroom_leases';
  key: 'game_id' | 'classroom_id';
  /** The table of what is leased (`s` in `orphanWhen`), and its order of creation. */
  subjects: 'games' | 'classrooms';
  order: 'created_order' | 'saved_order';
  /** When one nobody holds must be taken over by some node. */
  orphanWhen: string;
  /** When its code is still taken. */
  codeTaken: string;
  /** What a refused write names in its error. */
  what: 'Game' | 'Class session';
}

export const GAME_LEASES: LeaseKind = {
  table: 'game_leases',
  key: 'game_id',
  subjects: 'games',
  order: 'created_order',
  // A class's table is taken over with its class, by the class's node (server/cluster/class-node.ts).
  orphanWhen: `s.status = 'active' AND NOT EXISTS (
    SELECT 1 FROM classrooms c WHERE c.id = s.record->>'classroomId' AND NOT c.ended)`,
  codeTaken: `status <> 'ended'`,
  what: 'Game',
};

export const CLASSROOM_LEASES: LeaseKind = {
  table: 'classroom_leases',
  key: 'classroom_id',
  subjects: 'classrooms',
  order: 'saved_order',
  orphanWhen: 'NOT s.ended',
  codeTaken: 'NOT ended',
  what: 'Class session',
};

/**
 * Which node runs each game's actor (or each class session), when several nodes share one PostgreSQL.
 * A node holds a game's lease for `ttlMs` and renews all of its leases together well before then; a node
 * that stops renewing (killed, cut off) loses them when they expire, and another node takes each game
 * over. Every take-over raises the game's fence, and every commit of the log checks, under a lock on the
 * lease row, that the fence is still the one this node was given: a node that lost a lease can never
 * append again, even if it does not know yet that it lost it. Expiry uses the database's clock only.
 */
export class PostgresLeases {
  /** The fence of every lease this node holds, by id (a game's, or a class session's: `kind` says which). */
  private readonly held = new Map<string, number>();

  constructor(
    private readonly query: Query,
    readonly nodeId: string,
    readonly ttlMs: number,
    private readonly kind: LeaseKind = GAME_LEASES,
  ) {}

  /** This node holds the game's lease (as far as it knows: the fence check at commit time is the truth). */
  holds(id: string): boolean {
    return this.held.has(id);
  }

  /** The fence of a lease this node holds: how many times it changed hands, counting the first. */
  fenceOf(id: string): number | undefined {
    return this.held.get(id);
  }

  /**
   * Takes the game's lease if nobody holds a live one (or this node already does). The fence goes up
   * whenever the lease changes hands, so whoever held it before is shut out. False if another node
   * holds it. Changing hands includes a new process under the same node name (a restart with a fixed
   * LEVERAGE_NODE_ID inside the lease's time): only the process that holds the fence keeps it, so the
   * process before it can write nothing more, and a class console's seq, counted from the fence, never
   * starts again from a base it already used.
   */
  async acquire(id: string): Promise<boolean> {
    const { rows } = await this.query<{ fence: string }>(
      `INSERT INTO ${this.kind.table} AS lease (${this.kind.key}, node, fence, expires_at)
       SELECT id, $2, 1, now() + $3 * interval '1 millisecond' FROM ${this.kind.subjects} WHERE id = $1
       ON CONFLICT (${this.kind.key}) DO UPDATE SET
         node = excluded.node,
         expires_at = excluded.expires_at,
         fence = CASE WHEN lease.node = excluded.node AND lease.expires_at > now() AND lease.fence = $4
                      THEN lease.fence ELSE lease.fence + 1 END
       WHERE lease.expires_at <= now() OR lease.node = excluded.node
       RETURNING fence`,
      [id, this.nodeId, this.ttlMs, this.held.get(id) ?? null],
    );
    const row = rows[0];
    if (!row) return false;
    this.held.set(id, Number(row.fence));
    return true;
  }

  /**
   * The lease of a game this node is creating, in the transaction that creates it. Returns what to call
   * once that transaction has committed: only then is the lease held here (a renewal that ran before
   * the commit could not have seen the row, and would have counted the game as lost).
   */
  async claimNew(client: pg.PoolClient, id: string): Promise<() => void> {
    await client.query(
      `INSERT INTO ${this.kind.table} (${this.kind.key}, node, fence, expires_at)
       VALUES ($1, $2, 1, now() + $3 * interval '1 millisecond')`,
      [id, this.nodeId, this.ttlMs],
    );
    return () => this.held.set(id, 1);
  }

  /**
   * Called in a commit's transaction before it writes: the lease row is locked (a take-over waits for
   * this commit, and this commit for a take-over) and its fence must be the one this node holds.
   */
  async checkFence(client: pg.PoolClient, id: string): Promise<void> {
    const fence = this.held.get(id);
    const { rows } = await client.query<{ fence: string; node: string }>(
      `SELECT fence, node FROM ${this.kind.table} WHERE ${this.kind.key} = $1 FOR SHARE`,
      [id],
    );
    const row = rows[0];
    if (fence === undefined || !row || Number(row.fence) !== fence || row.node !== this.nodeId) {
      this.held.delete(id);
      throw new NotOwnerError(id, this.kind.what);
    }
  }

  /**
   * Every lease this node holds is extended by `ttlMs`. Returns the games whose lease it no longer holds
   * (another node took them over while this one was not renewing): their actors must stop here.
   */
  async renew(): Promise<string[]> {
    // Only the leases held when the renewal starts are judged by it: one taken meanwhile is not in it.
    const judged = [...this.held];
    if (judged.length === 0) return [];
    // A lease of this node that lapsed unseen (a long pause) is still its own while nobody took it.
    const { rows } = await this.query<{ id: string; fence: string }>(
      `UPDATE ${this.kind.table} SET expires_at = now() + $2 * interval '1 millisecond'
       WHERE node = $1 AND ${this.kind.key} = ANY($3::text[]) RETURNING ${this.kind.key} AS id, fence`,
      [this.nodeId, this.ttlMs, judged.map(([id]) => id)],
    );
    const renewed = new Map(rows.map((row) => [row.id, Number(row.fence)]));
    const lost: string[] = [];
    for (const [id, fence] of judged) {
      if (renewed.get(id) === fence || this.held.get(id) !== fence) continue;
      this.held.delete(id);
      lost.push(id);
    }
    return lost;
  }

  /** The node holding a live lease on the game, or null if none does. */
  async ownerOf(id: string): Promise<string | null> {
    const { rows } = await this.query<{ node: string }>(
      `SELECT node FROM ${this.kind.table} WHERE ${this.kind.key} = $1 AND expires_at > now()`,
      [id],
    );
    return rows[0]?.node ?? null;
  }

  /**
   * Games being played (status `active`) that no node holds a live lease on: their node died or let them
   * go. The oldest first, a batch at a time.
   */
  async orphans(limit = 100): Promise<string[]> {
    const { rows } = await this.query<{ id: string }>(
      `SELECT s.id FROM ${this.kind.subjects} s LEFT JOIN ${this.kind.table} l ON l.${this.kind.key} = s.id
       WHERE ${this.kind.orphanWhen} AND (l.${this.kind.key} IS NULL OR l.expires_at <= now())
       ORDER BY s.${this.kind.order} LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * The game (or class session) a join code names among those not ended (the newest, should two nodes
   * have drawn it).
   */
  async withCode(code: string): Promise<string | null> {
    const { rows } = await this.query<{ id: string }>(
      `SELECT id FROM ${this.kind.subjects} WHERE code = $1 AND ${this.kind.codeTaken}
       ORDER BY ${this.kind.order} DESC LIMIT 1`,
      [code],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Lets the game go at once (it was let go here, or the node shuts down), so another node may take it
   * without waiting for the lease to expire. The row and its fence stay.
   */
  async release(id: string): Promise<void> {
    const fence = this.held.get(id);
    this.held.delete(id);
    if (fence === undefined) return;
    await this.query(
      `UPDATE ${this.kind.table} SET expires_at = now() WHERE ${this.kind.key} = $1 AND node = $2 AND fence = $3`,
      [id, this.nodeId, fence],
    );
  }

  /** Every lease of this node let go (a clean shutdown). */
  async releaseAll(): Promise<void> {
    this.held.clear();
    await this.query(
      `UPDATE ${this.kind.table} SET expires_at = now() WHERE node = $1 AND expires_at > now()`,
      [this.nodeId],
    );
  }
}

/** Class sessions' leases, and which session a table belongs to (its lease goes with the session's). */
export class ClassroomLeases extends PostgresLeases {
  constructor(
    private readonly ask: Query,
    nodeId: string,
    ttlMs: number,
  ) {
    super(ask, nodeId, ttlMs, CLASSROOM_LEASES);
  }

  /** The class session (not ended) whose table the game is, or null for any other game. */
  async ofTable(gameId: string): Promise<string | null> {
    const { rows } = await this.ask<{ id: string }>(
      `SELECT c.id FROM games g JOIN classrooms c ON c.id = g.record->>'classroomId'
       WHERE g.id = $1 AND NOT c.ended`,
      [gameId],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Tables being played of these sessions that no node holds a live lease on: left behind when their
   * session was taken over (another node held them a while longer), to be taken by the session's node.
   */
  async orphanTables(classroomIds: readonly string[]): Promise<{ tableId: string; classroomId: string }[]> {
    if (classroomIds.length === 0) return [];
    const { rows } = await this.ask<{ id: string; classroom_id: string }>(
      `SELECT g.id, g.record->>'classroomId' AS classroom_id
       FROM games g LEFT JOIN game_leases l ON l.game_id = g.id
       WHERE g.status = 'active' AND g.record->>'classroomId' = ANY($1::text[])
         AND (l.game_id IS NULL OR l.expires_at <= now())`,
      [classroomIds],
    );
    return rows.map((row) => ({ tableId: row.id, classroomId: row.classroom_id }));
  }
}
