import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { findBrowser } from './find-browser.ts';

/**
 * `npm run test:e2e`: makes sure there is a Chromium (installing Debian's package when running as root
 * on Linux), builds the client when the build is missing or older than its sources, picks a free port
 * and runs Playwright, exiting with its code.
 */
const root = resolve(import.meta.dirname, '..');

function ensureBrowser(): string {
  const found = findBrowser();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot) {
    console.info('[e2e] no Chromium found: installing Debian’s chromium package…');
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
    });
    const installed = install.status === 0 ? findBrowser() : null;
    if (installed) return installed;
  }
  console.error(
    [
      '[e2e] No Chromium to run the browser tests. Do one of:',
      '  - install it: sudo apt-get install -y chromium   (Debian/Ubuntu)',
      '  - or point CHROMIUM_PATH at a Chromium or Chrome executable',
      '  - or let Playwright fetch its own: npx playwright install chromium',
    ].join('\n'),
  );
  process.exit(1);
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIfNeeded(): void {
  const built = join(root, 'dist', 'client', 'index.html');
  const sources = [join(root, 'client'), join(root, 'shared'), join(root, 'vite.config.ts')];
  const stale = !existsSync(built) || sources.some((source) => newestMtime(source) > statSync(built).mtimeMs);
  if (!stale && process.env.LEVERAGE_BUILD !== '1') return;
  console.info('[e2e] building the client…');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function freePort(): Promise<number> {
  return new Promise((ready, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ready(port));
    });
  });
}

const browser = ensureBrowser();
buildIfNeeded();
// The server under test keeps its games in a folder of its own, emptied each run, so old games never
// come back as restored tables.
rmSync(join(root, 'test-results', 'e2e-data'), { recursive: true, force: true });
const port = await freePort();
console.info(`[e2e] Chromium: ${browser}; server port ${port}`);
const run = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser, LEVERAGE_E2E_PORT: String(port) },
});
run.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
