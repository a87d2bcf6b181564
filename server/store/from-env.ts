import { isAbsolute, resolve } from 'node:path';
import type { GameStore } from './game-store.ts';
import { MemoryGameStore } from './memory-store.ts';
import { SqliteGameStore } from './sqlite-store.ts';

export interface StoreEnvironment {
  /** `sqlite` (the default) or `memory` (nothing survives the process). */
  LEVERAGE_STORE?: string;
  /** The database's folder: `data` in the project by default; a relative path is taken from the project. */
  LEVERAGE_DATA_DIR?: string;
}

/** The store `npm start` uses, from the environment; the folder is created on first start. */
export function storeFromEnvironment(env: StoreEnvironment, projectRoot: string): GameStore {
  const kind = env.LEVERAGE_STORE ?? 'sqlite';
  if (kind === 'memory') return new MemoryGameStore();
  if (kind !== 'sqlite') throw new Error(`LEVERAGE_STORE must be "sqlite" or "memory", not "${kind}"`);
  const dir = env.LEVERAGE_DATA_DIR || 'data';
  return new SqliteGameStore({ dataDir: isAbsolute(dir) ? dir : resolve(projectRoot, dir) });
}
