import pg from 'pg';
import type { Query } from './postgres-leases.ts';
import { migrate } from './postgres-schema.ts';

/**
 * The store's connections to PostgreSQL: a pool for the games' and sessions' reads and writes, and with
 * several nodes a small one of its own for the leases. Nothing is queried before the schema is brought
 * up to date, once per process (`ready`).
 */
export class PostgresPools {
  private readonly pool: pg.Pool;
  private readonly leasePool: pg.Pool | null;
  private migrated: Promise<void> | null = null;
  private closed = false;

  constructor(connectionString: string, maxConnections: number, withLeases: boolean) {
    this.pool = new pg.Pool({ connectionString, max: maxConnections });
    // A connection dropped while idle (the database restarted) is replaced on next use; without a
    // listener the pool's error would end the process.
    this.pool.on('error', connectionLost);
    // Leases are renewed on connections of their own: a renewal queued behind a burst of commits would
    // let the leases lapse, and other nodes take over games that are running well.
    this.leasePool = withLeases ? new pg.Pool({ connectionString, max: 2 }) : null;
    this.leasePool?.on('error', connectionLost);
  }

  /** The schema, brought up to date once before the first query. */
  ready(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The PostgreSQL store is closed'));
    // The migration runs its own transaction, under a lock, so nodes starting together migrate once.
    this.migrated ??= this.onConnection(migrate).catch((error: unknown) => {
      this.migrated = null;
      throw error;
    });
    return this.migrated;
  }

  /** One statement on a connection of the main pool, once the schema is ready. */
  async query<Row extends pg.QueryResultRow>(
    text: string,
    values: unknown[] = [],
  ): Promise<pg.QueryResult<Row>> {
    await this.ready();
    return this.pool.query<Row>(text, values);
  }

  /** One statement on the leases' own connections, once the schema is ready. */
  readonly leaseQuery: Query = async (text, values) => {
    await this.ready();
    if (!this.leasePool) throw new Error('This store is not one of several nodes');
    return this.leasePool.query(text, values);
  };

  /** `work` inside BEGIN … COMMIT on one connection, once the schema is ready; any error rolls everything back. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.ready();
    return this.onConnection(async (client) => {
      await client.query('BEGIN');
      try {
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([this.pool.end(), this.leasePool?.end()]);
  }

  private async onConnection<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('The PostgreSQL store is closed');
    const client = await this.pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  }
}

function connectionLost(error: Error): void {
  console.error('[leverage] PostgreSQL connection lost:', error.message);
}
