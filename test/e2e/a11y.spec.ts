import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import {
  AXE_TAGS,
  expectPhase,
  handIn,
  hostGame,
  notice,
  skip,
  startSolo,
  switchLanguage,
  test,
} from './helpers.ts';

/**
 * axe-core on every screen and state, in English and in Japanese: WCAG 2.0, 2.1 and 2.2 at A and AA and
 * axe's best practices, at every impact (minor included). What axe cannot see (focus order, what a
 * screen reader hears, time) is tested elsewhere: reflow.spec.ts, the unit tests, docs/accessibility.md.
 */

interface Found {
  id: string;
  impact: string | null | undefined;
  nodes: string[];
}

async function violations(page: Page): Promise<Found[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }));
}

/**
 * Checks the page as it stands in English and in Japanese, and leaves it in English. Every finding is
 * kept under the screen's name, so one run reports every screen at once.
 */
async function checkBothLanguages(page: Page, screen: string, found: Record<string, Found[]>): Promise<void> {
  for (const language of ['en', 'ja'] as const) {
    await switchLanguage(page, language);
    const list = await violations(page);
    if (list.length > 0) found[`${screen} (${language})`] = list;
  }
  await switchLanguage(page, 'en');
}

test('the home page, a refusal and the lobby have no accessibility violations at any impact', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const found: Record<string, Found[]> = {};
  await page.goto('/');
  await expect(page.getByRole('form', { name: 'Play solo' })).toBeVisible();
  await checkBothLanguages(page, 'home', found);

  const join = page.getByRole('form', { name: 'Join a game' });
  await join.getByLabel('Join code').fill('ZZZZZZ');
  await join.getByLabel('Your name').fill('Sam');
  await join.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(notice(page, 'No such game')).toBeVisible();
  await checkBothLanguages(page, 'home with a refusal', found);

  await hostGame(page, 'Aiko', 'tokyo');
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await checkBothLanguages(page, 'lobby, host', found);
  expect(found).toEqual({});
});

const LONG_GAME = { rounds: 1, negotiateSeconds: 1800, decideSeconds: 600, newsSeconds: 600 };

/** A solo game as the investors, skipped through `phases` in order (each awaited on screen). */
async function investorsGameAt(page: Page, phases: readonly string[]): Promise<void> {
  await startSolo(page, /^Bond investors/, LONG_GAME);
  for (const phase of phases) {
    await skip(page);
    await expectPhase(page, phase);
  }
}

/** axe on a whole dashboard takes seconds on a busy machine: each test checks a few states of one game. */
test('the briefing and the news phase have no violations at any impact', async ({ page }) => {
  test.setTimeout(420_000);
  const found: Record<string, Found[]> = {};
  await investorsGameAt(page, []);
  await checkBothLanguages(page, 'briefing', found);
  await skip(page);
  await expectPhase(page, 'News');
  await checkBothLanguages(page, 'news', found);
  expect(found).toEqual({});
});

test('negotiation, with the deal builder, the chart data and a request for time open, has no violations', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const found: Record<string, Found[]> = {};
  await investorsGameAt(page, ['News', 'Negotiate']);
  await expect(page.getByTestId('projected-effect')).toContainText('Your score');
  await checkBothLanguages(page, 'negotiate', found);

  await page.getByText('Propose a deal').click();
  for (const toggle of await page.locator('details.chart-data > summary').all()) await toggle.click();
  await page.getByRole('button', { name: /^Ask for \d+ s more$/ }).click();
  await expect(page.getByText(/You asked for \d+ s more/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Give Investors \d+ s more$/ })).toBeVisible();
  await checkBothLanguages(page, 'negotiate, deal builder, chart data and the host desk open', found);
  expect(found).toEqual({});
});

test('a paused game, the decide phase and the end screen have no violations at any impact', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const found: Record<string, Found[]> = {};
  await investorsGameAt(page, ['News', 'Negotiate', 'Decide']);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await checkBothLanguages(page, 'decide, paused', found);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await checkBothLanguages(page, 'decide', found);
  await handIn(page);
  await expect(page.getByTestId('end-title')).toBeVisible({ timeout: 60_000 });
  await checkBothLanguages(page, 'end', found);
  expect(found).toEqual({});
});
