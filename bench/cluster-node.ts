import { createLeverageServer } from '../server/app.ts';
import { connectCluster } from '../server/cluster/link.ts';
import { clusterSettingsFrom } from '../server/cluster/settings.ts';
import { PostgresGameStore } from '../server/store/postgres-store.ts';
import { ONE_ADDRESS_FOR_ALL } from './bench-limits.ts';

/**
 * One node of the cluster benchmark (bench/cluster.ts), in its own process: the real server as several
 * nodes run it (PostgreSQL store with leases, Redis adapter, forwarding), with the load benchmark's
 * limits (every seat a client, no bots, one address for all the clients). Prints `serving on <port>`.
 */
async function main(): Promise<void> {
  const settings = clusterSettingsFrom(process.env);
  const url = process.env.LEVERAGE_DATABASE_URL;
  if (!settings || !url) throw new Error('cluster-node needs LEVERAGE_REDIS_URL and LEVERAGE_DATABASE_URL');
  const store = new PostgresGameStore({ connectionString: url, node: settings.node, maxConnections: 10 });
  await store.ready();
  const cluster = await connectCluster(settings.redisUrl, store.leases!, store.classroomLeases!);
  const server = await createLeverageServer({
    port: 0,
    host: '127.0.0.1',
    store,
    cluster,
    bots: () => [],
    ...ONE_ADDRESS_FOR_ALL,
    logger: {
      // BENCH_NODE_LOG=1 shows the nodes' own lines (leases taken over, games moved) while investigating.
      info: (line: string) => process.env.BENCH_NODE_LOG && console.error(line),
      error: (...args: unknown[]) => console.error(...args),
    },
  });
  console.info(`serving on ${server.port}`);
  process.on('SIGTERM', () => {
    server
      .close()
      .then(() => cluster.redis.close())
      .then(() => store.close())
      .finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
