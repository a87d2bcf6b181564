import { expect } from '@playwright/test';
import { BOT_REASONS_JA, STATEMENT_PHRASES_JA } from '../../client/i18n/bots-ja.ts';
import { BOT_REASONS_EN } from '../../shared/bots/reasons.ts';
import { STATEMENT_PHRASES_EN } from '../../shared/protocol/phrases.ts';
import { expectPhase, handIn, skip, startSolo, switchLanguage, test } from './helpers.ts';

/** Seed 4 seats a hawkish White House bot, which speaks in every negotiation it faces a tariff fight. */
const SEED_WITH_A_HAWK = '4';

/** A phrase's fixed words, the parts around its figures (`{tariff}`): a phrase said with figures has them all. */
function phraseWords(template: string): string[] {
  return template.split(/\{\w+\}/).filter((part) => part.trim().length >= 4);
}

const saidIn = (screen: string) => (template: string) =>
  phraseWords(template).every((words) => screen.includes(words));

/** A template's fixed words, the parts around its placeholders, to look for on screen. */
function fixedWords(template: string): string[] {
  return template.split(/\{\{[^}]+\}\}/).filter((part) => part.trim().length >= 4);
}

test('switching language with charts on screen throws nothing, and bots speak Japanese on a Japanese screen', async ({
  page,
}) => {
  // A whole two-round game on a shared machine: more than the default two minutes.
  test.setTimeout(300_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto('/');
  const form = page.getByRole('form', { name: 'Play solo' });
  await form.getByRole('radio', { name: /^Tokyo/ }).check();
  await form.locator('details.advanced > summary').click();
  await form.getByLabel('Rounds').fill('2');
  await form.getByLabel('Seed').fill(SEED_WITH_A_HAWK);
  await form.getByRole('button', { name: 'Start a solo game' }).click();
  await expect(page.getByTestId('briefing-title')).toBeVisible();
  await skip(page);
  await expectPhase(page, 'News');
  await skip(page);
  await expectPhase(page, 'Negotiate');

  const messages = page.getByTestId('message-list');
  // The bots speak one after another: the first item may be a fund's note with figures, not yet the phrase.
  await expect
    .poll(
      async () => Object.values(STATEMENT_PHRASES_EN).some(saidIn((await messages.textContent()) ?? '')),
      {
        timeout: 20_000,
      },
    )
    .toBe(true);
  await expect(page.locator('[data-testid="chart-rates"] canvas').first()).toBeVisible();

  for (const language of ['ja', 'en', 'ja'] as const) await switchLanguage(page, language);
  await expect(page.locator('[data-testid="chart-rates"] canvas').first()).toBeVisible();
  const spokenInJapanese = (await messages.textContent()) ?? '';
  expect(Object.values(STATEMENT_PHRASES_JA).some(saidIn(spokenInJapanese))).toBe(true);
  for (const phrase of Object.values(STATEMENT_PHRASES_EN)) {
    for (const words of phraseWords(phrase)) expect(spokenInJapanese).not.toContain(words);
  }

  // Play on to the debrief, where every bot's reasons sit beside the market charts.
  await switchLanguage(page, 'en');
  await skip(page);
  await expectPhase(page, 'Decide');
  await handIn(page);
  await expect(page.getByTestId('phase-bar')).toContainText('Round 2 of 2', { timeout: 20_000 });
  await skip(page);
  await expectPhase(page, 'Negotiate');
  await skip(page);
  await expectPhase(page, 'Decide');
  await handIn(page);
  await expect(page.getByTestId('end-title')).toHaveText('Final results', { timeout: 20_000 });

  await switchLanguage(page, 'ja');
  await expect(page.getByTestId('end-title')).toHaveText('最終結果');
  const reasons = page.getByTestId('bot-reasons').getByRole('listitem');
  await expect(reasons.first()).toBeVisible();
  const reasonTexts = await reasons.allTextContents();
  const japaneseWords = Object.values(BOT_REASONS_JA).flatMap(fixedWords);
  const englishWords = Object.values(BOT_REASONS_EN).flatMap(fixedWords);
  for (const text of reasonTexts) {
    expect(
      japaneseWords.some((words) => text.includes(words)),
      text,
    ).toBe(true);
    expect(
      englishWords.filter((words) => text.includes(words)),
      text,
    ).toEqual([]);
  }
  await switchLanguage(page, 'en');
  await switchLanguage(page, 'ja');

  expect(pageErrors).toEqual([]);
});

test('on a phone the phase and its clock stay in view while the page scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await startSolo(page, /^Tokyo/, { rounds: 2, negotiateSeconds: 120 });
  await skip(page);
  await expectPhase(page, 'News');
  await skip(page);
  await expectPhase(page, 'Negotiate');
  const bar = page.getByTestId('phase-bar');
  await page.getByRole('heading', { name: 'Scores' }).scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await expect(bar).toBeInViewport();
  await expect(bar.getByRole('timer')).toBeInViewport();
  const box = await bar.boundingBox();
  expect(box?.y).toBeGreaterThanOrEqual(0);
  expect(box?.y).toBeLessThan(2);
  expect(box?.height).toBeLessThan(200);
});

test('on a phone a focused control stays below the pinned bar when the page moves under it, but not after the reader scrolls away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await startSolo(page, /^Tokyo/, { rounds: 2, negotiateSeconds: 300 });
  await skip(page);
  await expectPhase(page, 'News');
  await skip(page);
  await expectPhase(page, 'Negotiate');
  // The browser's own scroll anchoring hides most shifts; off, the page's guard alone must keep focus in view.
  await page.evaluate(() => {
    document.documentElement.style.overflowAnchor = 'none';
    document.body.style.overflowAnchor = 'none';
  });
  const spacerAbove = () =>
    page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.id = 'test-spacer';
      spacer.style.height = '600px';
      document.querySelector('main')?.prepend(spacer);
    });
  const removeSpacer = () => page.evaluate(() => document.getElementById('test-spacer')?.remove());
  /** Whether the focused control lies wholly between the bar's bottom and the window's. */
  const focusInView = () =>
    page.evaluate(() => {
      const bar = document.querySelector<HTMLElement>('[data-testid="phase-bar"]');
      const box = document.activeElement?.getBoundingClientRect();
      if (!bar || !box) return false;
      return box.top >= bar.getBoundingClientRect().bottom - 1 && box.bottom <= window.innerHeight;
    });
  const target = page.locator('details.chart-data > summary').first();

  await spacerAbove();
  await target.focus();
  await expect.poll(focusInView).toBe(true);
  // Content above it goes (a proposal closing): 600 px up would put it above the window.
  await removeSpacer();
  await expect.poll(focusInView).toBe(true);

  // A reader who scrolled the control out of view on purpose is left where they are.
  await spacerAbove();
  await expect.poll(focusInView).toBe(true);
  await page.evaluate(() => window.scrollBy(0, 2000));
  await expect.poll(focusInView).toBe(false);
  const scrolledTo = await page.evaluate(() => window.scrollY);
  await removeSpacer();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await focusInView()).toBe(false);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThanOrEqual(scrolledTo);
});
