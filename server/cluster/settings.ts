import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

export interface ClusterEnvironment {
  /** A Redis server (`redis://…`): this process is one of several nodes. Absent by default (one node). */
  LEVERAGE_REDIS_URL?: string;
  /** How long a game's lease lasts without renewal, in ms (2500): how soon a dead node's games move. */
  LEVERAGE_LEASE_MS?: string;
  /** This node's name in the lease table and in logs; made up from the host and process when absent. */
  LEVERAGE_NODE_ID?: string;
}

export interface ClusterSettings {
  redisUrl: string;
  node: { id: string; leaseMs: number };
}

/** The default lease: a dead node's games are taken over within it plus one look (0.5 s) for orphans. */
export const DEFAULT_LEASE_MS = 2500;

/** Several nodes when LEVERAGE_REDIS_URL is set, else null (one node, as `npm start` on a laptop). */
export function clusterSettingsFrom(env: ClusterEnvironment): ClusterSettings | null {
  const redisUrl = env.LEVERAGE_REDIS_URL;
  if (!redisUrl) return null;
  if (!/^rediss?:\/\//.test(redisUrl))
    throw new Error('LEVERAGE_REDIS_URL must be a redis:// or rediss:// address');
  const leaseMs = Number(env.LEVERAGE_LEASE_MS ?? DEFAULT_LEASE_MS);
  if (!Number.isInteger(leaseMs) || leaseMs < 500 || leaseMs > 60_000)
    throw new Error(`LEVERAGE_LEASE_MS must be 500–60000, not "${env.LEVERAGE_LEASE_MS}"`);
  const id = env.LEVERAGE_NODE_ID || `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  if (!/^[\w.-]{1,100}$/.test(id))
    throw new Error('LEVERAGE_NODE_ID may hold letters, digits, ".", "-" and "_" only (at most 100)');
  return { redisUrl, node: { id, leaseMs } };
}
