import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLeverageServer } from './app.ts';
import { type ClusterLink, connectCluster } from './cluster/link.ts';
import { clusterSettingsFrom } from './cluster/settings.ts';
import { allowedOriginsFrom } from './origin-check.ts';
import { networkUrls, publicUrlFrom } from './public-url.ts';
import { storeFromEnvironment } from './store/from-env.ts';
import { PostgresGameStore } from './store/postgres-store.ts';
import { SqliteGameStore } from './store/sqlite-store.ts';

/**
 * `npm start`: builds the client if there is no build yet (or LEVERAGE_BUILD=1), then serves it and the
 * game on PORT (on HOST, every interface by default). LEVERAGE_PUBLIC_URL is the address people's devices
 * open (the join link and QR code use it); it prints the machine's network addresses too, since a
 * projected `localhost` link opens nothing on a student's phone. Games are kept in SQLite in LEVERAGE_DATA_DIR (`data/` by default; LEVERAGE_STORE=memory
 * keeps nothing) and every unfinished one is restored at start. LEVERAGE_CLIENT=off serves only the game
 * and /healthz (no build); LEVERAGE_BOT_DELAY_MS sets how long bots think. Stops cleanly on
 * SIGINT/SIGTERM: sockets are told, timers stop, the store is closed, the port is released.
 * LEVERAGE_REDIS_URL makes this process one of several nodes sharing LEVERAGE_DATABASE_URL (docs/deploy.md).
 */
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const clientDir = join(projectRoot, 'dist', 'client');

async function buildClientIfNeeded(): Promise<void> {
  if (existsSync(join(clientDir, 'index.html')) && process.env.LEVERAGE_BUILD !== '1') return;
  console.info('[leverage] building the client…');
  // vite.config.ts names its paths relative to the project root.
  process.chdir(projectRoot);
  const vite = await import('vite');
  await vite.build({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
}

function botDelayFrom(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0 || ms > 60_000)
    throw new Error(`LEVERAGE_BOT_DELAY_MS must be 0–60000, not "${value}"`);
  return ms;
}

function portFrom(value: string | undefined): number {
  const port = Number(value ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be 0–65535, not "${value}"`);
  return port;
}

async function main(): Promise<void> {
  const serveClient = process.env.LEVERAGE_CLIENT !== 'off';
  if (serveClient) await buildClientIfNeeded();
  const botDelayMs = botDelayFrom(process.env.LEVERAGE_BOT_DELAY_MS);
  const clusterSettings = clusterSettingsFrom(process.env);
  const store = storeFromEnvironment(process.env, projectRoot, clusterSettings?.node);
  let cluster: ClusterLink | null = null;
  if (clusterSettings && store instanceof PostgresGameStore && store.leases && store.classroomLeases) {
    await store.ready();
    cluster = await connectCluster(clusterSettings.redisUrl, store.leases, store.classroomLeases);
    console.info(`[leverage] node ${clusterSettings.node.id} of several (Redis and PostgreSQL)`);
  }
  const server = await createLeverageServer({
    port: portFrom(process.env.PORT),
    host: process.env.HOST ?? '0.0.0.0',
    staticDir: serveClient ? clientDir : null,
    allowedOrigins: allowedOriginsFrom(process.env.LEVERAGE_ALLOWED_ORIGINS),
    publicUrl: publicUrlFrom(process.env),
    store,
    ...(botDelayMs === undefined ? {} : { botDelayMs }),
    ...(cluster ? { cluster } : {}),
  });
  console.info(`[leverage] serving on ${server.url}`);
  const host = process.env.HOST ?? '0.0.0.0';
  if (host === '0.0.0.0' || host === '::') {
    for (const url of networkUrls(networkInterfaces(), server.port))
      console.info(`[leverage] on this network: ${url}`);
  }
  console.info(
    server.publicUrl
      ? `[leverage] join links point to ${server.publicUrl}`
      : '[leverage] no public address: join links use the address each page was opened at (set LEVERAGE_PUBLIC_URL)',
  );
  console.info(
    `[leverage] games are kept ${store instanceof SqliteGameStore ? `in ${store.path}` : store instanceof PostgresGameStore ? 'in PostgreSQL (LEVERAGE_DATABASE_URL)' : 'in memory only'}`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`[leverage] ${signal}: shutting down`);
    server
      .close()
      .then(() => cluster?.redis.close())
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('[leverage] shutdown failed', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('[leverage] could not start', error);
  process.exit(1);
});
