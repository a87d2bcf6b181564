import { isAbsolute, resolve } from 'node:path';
import type { GameStore } from './game-store.ts';
import { MemoryGameStore } from './memory-store.ts';
import { PostgresGameStore } from './postgres-store.ts';
import { SqliteGameStore } from './sqlite-store.ts';

export interface StoreEnvironment {
  /** `sqlite` (the default) or `memory` (nothing survives the process). */
  LEVERAGE_STORE?: string;
  /** The database's folder: `data` in the project by default; a relative path is taken from the project. */
  LEVERAGE_DATA_DIR?: string;
  /** A PostgreSQL database (`postgres://…`) instead of SQLite: the store for several nodes. Absent by default. */
  LEVERAGE_DATABASE_URL?: string;
}

/**
 * The store `npm start` uses, from the environment; the folder (or the schema) is created on first start.
 * `node`: this process is one of several (server/cluster/settings.ts), which share one PostgreSQL and
 * run each game under a lease.
 */
export function storeFromEnvironment(
  env: StoreEnvironment,
  projectRoot: string,
  node?: { id: string; leaseMs: number },
): GameStore {
  const url = env.LEVERAGE_DATABASE_URL;
  if (node && !url)
    throw new Error(
      'Several nodes (LEVERAGE_REDIS_URL) share their games in PostgreSQL: set LEVERAGE_DATABASE_URL',
    );
  if (url) {
    // Two answers to "where are games kept" would leave one of them silently ignored.
    if (env.LEVERAGE_STORE) throw new Error('Set LEVERAGE_DATABASE_URL or LEVERAGE_STORE, not both');
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new Error('LEVERAGE_DATABASE_URL must be a postgres:// or postgresql:// address');
    return new PostgresGameStore({ connectionString: url, ...(node ? { node } : {}) });
  }
  const kind = env.LEVERAGE_STORE ?? 'sqlite';
  if (kind === 'memory') return new MemoryGameStore();
  if (kind !== 'sqlite') throw new Error(`LEVERAGE_STORE must be "sqlite" or "memory", not "${kind}"`);
  const dir = env.LEVERAGE_DATA_DIR || 'data';
  return new SqliteGameStore({ dataDir: isAbsolute(dir) ? dir : resolve(projectRoot, dir) });
}
