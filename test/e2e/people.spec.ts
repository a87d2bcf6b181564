import { expect } from '@playwright/test';
import { test } from './helpers.ts';

/**
 * No person's page outlives its test: a page left open keeps rendering a game that keeps ticking, and
 * every later test on the worker runs beside it (see `person` in helpers.ts).
 */
test.describe.configure({ mode: 'serial' });

test('a person opened in one test is on the home page while the test runs', async ({ person, browser }) => {
  const page = await person();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leverage: the Treasury card');
  expect(browser.contexts()).toHaveLength(1);
});

test('no person from an earlier test is still open in the next one', async ({ browser }) => {
  expect(browser.contexts()).toEqual([]);
});
