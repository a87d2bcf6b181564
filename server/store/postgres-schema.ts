import type { PoolClient } from 'pg';

/**
 * The PostgreSQL schema, as numbered migrations applied in order on first connect. A migration is never
 * edited once released: a change is a new one with the next number. The versions applied are rows of
 * `leverage_schema`, so a database written by a newer build is recognised and refused rather than misread.
 *
 * Values are `json`, not `jsonb`: `json` keeps the text it was given (queryable with `->` and `->>` all
 * the same), while `jsonb` reorders an object's keys and would hand back objects whose keys iterate in
 * another order than the live game's. The engine sums and walks objects in key order and the durability
 * checks compare encoded digests, so a restored game must get back exactly the text that was stored.
 * The codec's `{ "$number": "-0" }` tags are ordinary JSON and need nothing of the database.
 *
 * Nothing here assumes one writer: every commit checks the log's length inside its own transaction, and
 * with several nodes (migration 2) the fence of the game's lease as well.
 */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE games (
        id text PRIMARY KEY,
        code text NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'idle', 'ended')),
        record json NOT NULL,
        lobby json NOT NULL,
        config json,
        log_length integer NOT NULL DEFAULT 0,
        created_order bigint GENERATED ALWAYS AS IDENTITY
      );
      CREATE INDEX games_by_status ON games (status, created_order);
      CREATE TABLE game_log (
        game_id text NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        idx integer NOT NULL,
        type text NOT NULL,
        event json NOT NULL,
        digest json NOT NULL,
        PRIMARY KEY (game_id, idx)
      );
      CREATE TABLE game_snapshots (
        game_id text PRIMARY KEY REFERENCES games (id) ON DELETE CASCADE,
        log_length integer NOT NULL,
        state json NOT NULL
      );
      CREATE TABLE classrooms (
        id text PRIMARY KEY,
        code text NOT NULL,
        ended boolean NOT NULL DEFAULT false,
        classroom json NOT NULL,
        saved_order bigint GENERATED ALWAYS AS IDENTITY
      );`,
  },
  {
    // Which node runs each game's actor (server/store/postgres-leases.ts). A row is never deleted: its
    // fence only grows, so a node that lost the lease can never write with a fence that is current again.
    version: 2,
    sql: `
      CREATE TABLE game_leases (
        game_id text PRIMARY KEY REFERENCES games (id) ON DELETE CASCADE,
        node text NOT NULL,
        fence bigint NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX game_leases_by_node ON game_leases (node);`,
  },
  {
    // A join code names one live game across every node sharing the database, not one per node: a node
    // that draws a code another node's game holds is refused at creation (JoinCodeTakenError) and draws
    // again. An ended game's code is free again, as it is in a node's registry; an idle one is not (it is
    // brought back for its code's people).
    version: 3,
    sql: `CREATE UNIQUE INDEX games_live_code ON games (code) WHERE status <> 'ended';`,
  },
  {
    // Class sessions across nodes (server/cluster/class-node.ts): one node runs a session (and its tables)
    // at a time, under a lease with a fence like a game's; and a class code names one live session
    // across every node, as a join code names one live game.
    version: 4,
    sql: `
      CREATE TABLE classroom_leases (
        classroom_id text PRIMARY KEY REFERENCES classrooms (id) ON DELETE CASCADE,
        node text NOT NULL,
        fence bigint NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX classroom_leases_by_node ON classroom_leases (node);
      CREATE UNIQUE INDEX classrooms_live_code ON classrooms (code) WHERE NOT ended;`,
  },
];

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version));

/** Any constant shared by every Leverage node: nodes starting together migrate one after the other. */
const MIGRATION_LOCK = 0x4c657665;

/**
 * Brings the schema up to this build's version in one transaction (DDL is transactional in PostgreSQL),
 * holding an advisory lock so that two nodes starting at once do not both apply a migration. Running it
 * again on an up-to-date database changes nothing.
 */
export async function migrate(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS leverage_schema (
         version integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM leverage_schema',
    );
    const current = rows[0]?.version ?? 0;
    if (current > SCHEMA_VERSION)
      throw new Error(
        `The database was written by a newer Leverage (schema ${current}, this build knows ${SCHEMA_VERSION})`,
      );
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO leverage_schema (version) VALUES ($1)', [migration.version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
