import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Which Chromium the browser tests drive: CHROMIUM_PATH if set, else the system's /usr/bin/chromium
 * (Debian's package), else a browser Playwright installed itself. Null when there is none.
 */
const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightsOwn(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const path of SYSTEM_BROWSERS) if (existsSync(path)) return path;
  return playwrightsOwn();
}

/** Flags for a headless Chromium in a container or CI: no sandbox, no GPU, nothing phoning home. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
