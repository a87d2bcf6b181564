import { expect } from '@playwright/test';
import { BROWSER_ARGS } from '../../tools/find-browser.ts';
import { test } from './helpers.ts';

/**
 * DNS rebinding as a browser lives it: the name `rebound.example` resolves to this server (Chromium's
 * resolver is told so), so the page loads from it, and for the browser the socket is same-origin: its
 * long-polling GETs carry no Origin at all. The server must still refuse them, by the Host they name.
 */
test.use({
  launchOptions: {
    ...(process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {}),
    args: [...BROWSER_ARGS, '--host-resolver-rules=MAP rebound.example 127.0.0.1'],
  },
});

test('a page reached through a name that merely points at the server never gets a socket', async ({
  page,
  baseURL,
}) => {
  const port = new URL(baseURL ?? '').port;
  const handshakes: number[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/socket.io/')) handshakes.push(response.status());
  });

  await page.goto(`http://rebound.example:${port}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leverage: the Treasury card');
  // The client tries, and tries again: every handshake is refused, and the page says it is not connected.
  await expect.poll(() => handshakes.length, { timeout: 20_000 }).toBeGreaterThan(1);
  expect(new Set(handshakes)).toEqual(new Set([403]));
  await expect(page.getByTestId('connection')).toHaveText(/^(Connecting|Reconnecting)…$/);

  // The same server by its own address: connected.
  await page.goto('/');
  await expect(page.getByTestId('connection')).toHaveText('Connected');
});
