import type pg from 'pg';
import { NotOwnerError } from './game-store.ts';

/** Runs one statement on the store's pool (after its schema is ready). */
export type Query = <Row extends pg.QueryResultRow>(
  text: string,
  values?: unknown[],
) => Promise<pg.QueryResult<Row>>;

/**
 * Which node runs each game's actor, when several nodes share one PostgreSQL (`game_leases`, migration 2).
 * A node holds a game's lease for `ttlMs` and renews all of its leases together well before then; a node
 * that stops renewing (killed, cut off) loses them when they expire, and another node takes each game
 * over. Every take-over raises the game's fence, and every commit of the log checks, under a lock on the
 * lease row, that the fence is still the one this node was given: a node that lost a lease can never
 * append again, even if it does not know yet that it lost it. Expiry uses the database's clock only.
 */
export class PostgresLeases {
  /** The fence of every lease this node holds, by game. */
  private readonly held = new Map<string, number>();

  constructor(
    private readonly query: Query,
    readonly nodeId: string,
    readonly ttlMs: number,
  ) {}

  /** This node holds the game's lease (as far as it knows: the fence check at commit time is the truth). */
  holds(gameId: string): boolean {
    return this.held.has(gameId);
  }

  /**
   * Takes the game's lease if nobody holds a live one (or this node already does). The fence goes up
   * whenever the lease changes hands, so whoever held it before is shut out. False if another node
   * holds it.
   */
  async acquire(gameId: string): Promise<boolean> {
    const { rows } = await this.query<{ fence: string }>(
      `INSERT INTO game_leases AS lease (game_id, node, fence, expires_at)
       SELECT id, $2, 1, now() + $3 * interval '1 millisecond' FROM games WHERE id = $1
       ON CONFLICT (game_id) DO UPDATE SET
         node = excluded.node,
         expires_at = excluded.expires_at,
         fence = CASE WHEN lease.node = excluded.node AND lease.expires_at > now()
                      THEN lease.fence ELSE lease.fence + 1 END
       WHERE lease.expires_at <= now() OR lease.node = excluded.node
       RETURNING fence`,
      [gameId, this.nodeId, this.ttlMs],
    );
    const row = rows[0];
    if (!row) return false;
    this.held.set(gameId, Number(row.fence));
    return true;
  }

  /**
   * The lease of a game this node is creating, in the transaction that creates it. Returns what to call
   * once that transaction has committed: only then is the lease held here (a renewal that ran before
   * the commit could not have seen the row, and would have counted the game as lost).
   */
  async claimNew(client: pg.PoolClient, gameId: string): Promise<() => void> {
    await client.query(
      `INSERT INTO game_leases (game_id, node, fence, expires_at)
       VALUES ($1, $2, 1, now() + $3 * interval '1 millisecond')`,
      [gameId, this.nodeId, this.ttlMs],
    );
    return () => this.held.set(gameId, 1);
  }

  /**
   * Called in a commit's transaction before it writes: the lease row is locked (a take-over waits for
   * this commit, and this commit for a take-over) and its fence must be the one this node holds.
   */
  async checkFence(client: pg.PoolClient, gameId: string): Promise<void> {
    const fence = this.held.get(gameId);
    const { rows } = await client.query<{ fence: string; node: string }>(
      'SELECT fence, node FROM game_leases WHERE game_id = $1 FOR SHARE',
      [gameId],
    );
    const row = rows[0];
    if (fence === undefined || !row || Number(row.fence) !== fence || row.node !== this.nodeId) {
      this.held.delete(gameId);
      throw new NotOwnerError(gameId);
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
    const { rows } = await this.query<{ game_id: string; fence: string }>(
      `UPDATE game_leases SET expires_at = now() + $2 * interval '1 millisecond'
       WHERE node = $1 AND game_id = ANY($3::text[]) RETURNING game_id, fence`,
      [this.nodeId, this.ttlMs, judged.map(([gameId]) => gameId)],
    );
    const renewed = new Map(rows.map((row) => [row.game_id, Number(row.fence)]));
    const lost: string[] = [];
    for (const [gameId, fence] of judged) {
      if (renewed.get(gameId) === fence || this.held.get(gameId) !== fence) continue;
      this.held.delete(gameId);
      lost.push(gameId);
    }
    return lost;
  }

  /** The node holding a live lease on the game, or null if none does. */
  async ownerOf(gameId: string): Promise<string | null> {
    const { rows } = await this.query<{ node: string }>(
      'SELECT node FROM game_leases WHERE game_id = $1 AND expires_at > now()',
      [gameId],
    );
    return rows[0]?.node ?? null;
  }

  /**
   * Games being played (status `active`) that no node holds a live lease on: their node died or let them
   * go. The oldest first, a batch at a time.
   */
  async orphans(limit = 100): Promise<string[]> {
    const { rows } = await this.query<{ id: string }>(
      `SELECT g.id FROM games g LEFT JOIN game_leases l ON l.game_id = g.id
       WHERE g.status = 'active' AND (l.game_id IS NULL OR l.expires_at <= now())
       ORDER BY g.created_order LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  /** The game a join code names among those not ended (the newest, should two nodes have drawn it). */
  async gameWithCode(code: string): Promise<string | null> {
    const { rows } = await this.query<{ id: string }>(
      `SELECT id FROM games WHERE code = $1 AND status <> 'ended' ORDER BY created_order DESC LIMIT 1`,
      [code],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Lets the game go at once (it was let go here, or the node shuts down), so another node may take it
   * without waiting for the lease to expire. The row and its fence stay.
   */
  async release(gameId: string): Promise<void> {
    const fence = this.held.get(gameId);
    this.held.delete(gameId);
    if (fence === undefined) return;
    await this.query(
      'UPDATE game_leases SET expires_at = now() WHERE game_id = $1 AND node = $2 AND fence = $3',
      [gameId, this.nodeId, fence],
    );
  }

  /** Every lease of this node let go (a clean shutdown). */
  async releaseAll(): Promise<void> {
    this.held.clear();
    await this.query('UPDATE game_leases SET expires_at = now() WHERE node = $1 AND expires_at > now()', [
      this.nodeId,
    ]);
  }
}
