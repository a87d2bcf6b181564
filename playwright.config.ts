import { defineConfig, devices } from '@playwright/test';
import { BROWSER_ARGS, findBrowser } from './tools/find-browser.ts';

/**
 * Browser tests against the real server (`node --import tsx server/main.ts`) serving the built client.
 * tools/e2e.ts picks a free port and passes it as LEVERAGE_E2E_PORT; a run started by hand falls back
 * to 3210. The browser is the system's Chromium unless CHROMIUM_PATH says otherwise.
 */
const port = Number(process.env.LEVERAGE_E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
const executablePath = findBrowser() ?? undefined;

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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: BROWSER_ARGS },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: {
    command: 'node --import tsx server/main.ts',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    // A data folder of its own, so browser tests never touch a real ./data.
    env: { PORT: String(port), HOST: '127.0.0.1', LEVERAGE_DATA_DIR: 'test-results/e2e-data' },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
