import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLeverageServer } from './app.ts';

/**
 * `npm start`: builds the client if there is no build yet (or LEVERAGE_BUILD=1), then serves it and the
 * game on PORT. Stops cleanly on SIGINT/SIGTERM: sockets are told, timers stop, the port is released.
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

function portFrom(value: string | undefined): number {
  const port = Number(value ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be 0–65535, not "${value}"`);
  return port;
}

async function main(): Promise<void> {
  await buildClientIfNeeded();
  const server = await createLeverageServer({
    port: portFrom(process.env.PORT),
    host: process.env.HOST ?? '0.0.0.0',
    staticDir: clientDir,
  });
  console.info(`[leverage] serving on ${server.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`[leverage] ${signal}: shutting down`);
    server.close().then(
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
