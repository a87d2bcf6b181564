import { defineConfig, devices } from '@playwright/test';
import { BROWSER_ARGS, findBrowser } from './tools/find-browser.ts';
import { serverNodeFlags } from './tools/server-node-flags.ts';

/**
 * Browser tests against the real server (`npm start`'s command, its V8 flags included) serving the built client.
 * tools/e2e.ts picks a free port and passes it as LEVERAGE_E2E_PORT; a run started by hand falls back
 * to 3210. The browser is the system's Chromium unless CHROMIUM_PATH says otherwise.
 */
const port = Number(process.env.LEVERAGE_E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
const executablePath = findBrowser() ?? undefined;
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } };

/**
 * Specs where several people play one game at once (several pages, each rendering a live game): the
 * longest and heaviest of the suite. Their project comes first, so each starts while the other worker
 * is busy with the rest, instead of one of them running last beside an idle worker. A new spec with
 * several people goes here; any other goes in `one-person` by itself.
 */
const SEVERAL_PEOPLE = [
  'multiplayer.spec.ts',
  'classroom.spec.ts',
  'sheets.spec.ts',
  'keyboard-focus.spec.ts',
  'seat-consent.spec.ts',
  'projector.spec.ts',
  'teams.spec.ts',
];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/artifacts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // The JSON report is what .ci/run counts.
  reporter: [
    ['list'],
    ['json', { outputFile: 'test-results/playwright.json' }],
    ...(process.env.CI ? [['html', { open: 'never' }] as const] : []),
  ],
  use: {
    baseURL,
    // A control that never comes (a lost draft, a screen that never shows) fails its step within a minute
    // instead of holding a worker for the whole test's time: one such wait once cost CI eight minutes.
    actionTimeout: 60_000,
    navigationTimeout: 60_000,
    // A failed test's trace keeps its DOM snapshots, not a screencast: recording every test's frames
    // (most tests pass) cost more CPU than the pages themselves (measured: half a spec's CPU time).
    trace: { mode: 'retain-on-failure', screenshots: false },
    // The app honours prefers-reduced-motion (no animated countdown bar): as accessible, and cheaper to draw.
    contextOptions: { reducedMotion: 'reduce' },
    screenshot: 'only-on-failure',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: BROWSER_ARGS },
  },
  projects: [
    { name: 'several-people', testMatch: SEVERAL_PEOPLE, use: desktop },
    { name: 'one-person', testIgnore: SEVERAL_PEOPLE, use: desktop },
  ],
  webServer: {
    command: ['node', ...serverNodeFlags(), '--import', 'tsx', 'server/main.ts'].join(' '),
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    // A data folder of its own, so browser tests never touch a real ./data.
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      LEVERAGE_DATA_DIR: 'test-results/e2e-data',
      // Join links and QR codes (the class console and projector) are built from the public address.
      LEVERAGE_PUBLIC_URL: baseURL,
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
