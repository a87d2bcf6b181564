import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { ClassroomLeases, PostgresLeases } from '../store/postgres-leases.ts';
import { NodeRelay, type RedisClient } from './relay.ts';

/** What a node of several needs to be given: its Redis connection, its relay and its leases. */
export interface ClusterLink {
  redis: RedisClient;
  relay: NodeRelay;
  leases: PostgresLeases;
  /** Its class sessions' leases (server/cluster/class-node.ts). */
  classroomLeases: ClassroomLeases;
}

/**
 * Socket.IO's Redis Streams adapter: every node's broadcasts reach every node's sockets through one
 * stream, and a connection's missed packets are kept there, so connection-state recovery works when a
 * socket comes back through another node. Heartbeats every second, a node silent for 3 s is counted out
 * (requests to every node, such as fetchSockets, stop waiting for a dead one).
 */
export function redisAdapter(redis: RedisClient) {
  return createAdapter(redis, {
    streamName: 'leverage',
    maxLen: 100_000,
    readCount: 200,
    blockTimeInMs: 2000,
    onlyPlaintext: true,
    heartbeatInterval: 1000,
    heartbeatTimeout: 3000,
  });
}

/** Connects to Redis and opens this node's relay. */
export async function connectCluster(
  redisUrl: string,
  leases: PostgresLeases,
  classroomLeases: ClassroomLeases,
): Promise<ClusterLink> {
  const redis: RedisClient = createClient({ url: redisUrl });
  redis.on('error', (error: Error) => console.error('[leverage] Redis:', error.message));
  await redis.connect();
  const relay = await NodeRelay.open(redis, leases.nodeId);
  return { redis, relay, leases, classroomLeases };
}
