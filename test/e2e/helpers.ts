import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {
  type BrowserContext,
  type BrowserContextOptions,
  test as base,
  expect,
  type Page,
} from '@playwright/test';

export const SCREENS_DIR = 'test-results/screens';

/** The rules every browser test checks: WCAG 2.0, 2.1 and 2.2 at A and AA and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's results on the page as it stands, with AXE_TAGS. Cheap enough to call on every state: axe's
 * 600 kB source is evaluated once per document (a later call on the same document reuses it), and a page
 * without frames (the game has none) is checked in the page itself with `axe.run`. axe's default
 * (`runPartial` in each frame, then `finishRun` in a new blank page, with axe injected into both) exists
 * for frames; it checks the same rules but costs a new page and a second injection on every call.
 */
export async function axeResults(page: Page): ReturnType<AxeBuilder['analyze']> {
  const injected = await page.evaluate(() => 'axe' in window);
  const builder = new AxeBuilder({ page, ...(injected ? { axeSource: ';' } : {}) }).withTags(AXE_TAGS);
  return builder.setLegacyMode(page.frames().length === 1).analyze();
}

/** axe's findings on the page as it stands, at every impact, one line each ("rule: where"); [] when clean. */
export async function axeFindings(page: Page): Promise<string[]> {
  const results = await axeResults(page);
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Saves the page at 1280 px (full page) and at a 390 px phone width (first screen), then restores it. */
export async function screens(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SCREENS_DIR}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  // A phone must never scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SCREENS_DIR}/${name}-390.png`, fullPage: true });
  await page.setViewportSize(size);
}

export interface GameOptions {
  rounds?: number;
  negotiateSeconds?: number;
  decideSeconds?: number;
  /** The news phase: 15 s by default, too short for a test to look at several pages in turn on a busy machine. */
  newsSeconds?: number;
  /** The idle-seat takeover's limit (0: never); the seat is warned halfway, or 30 s before when longer. */
  idleAfterSeconds?: number;
}

async function fillOptions(form: ReturnType<Page['locator']>, options: GameOptions): Promise<void> {
  if (options.rounds) await form.getByLabel('Rounds').fill(String(options.rounds));
  if (options.negotiateSeconds)
    await form.getByLabel('Negotiation time').fill(String(options.negotiateSeconds));
  if (options.decideSeconds) await form.getByLabel('Decision time').fill(String(options.decideSeconds));
  if (options.newsSeconds === undefined && options.idleAfterSeconds === undefined) return;
  // The news time and the idle limit sit in the "Advanced options" section: open it unless it is open.
  const advanced = form.locator('details.advanced');
  if (!(await advanced.evaluate((section) => (section as HTMLDetailsElement).open))) {
    await advanced.getByText('Advanced options').click();
  }
  if (options.newsSeconds) await form.getByLabel('News time').fill(String(options.newsSeconds));
  if (options.idleAfterSeconds !== undefined)
    await form.getByLabel('Bot steps in for an idle seat after').fill(String(options.idleAfterSeconds));
}

/** Home page → a solo game for `roleName`, on its briefing screen. */
export async function startSolo(page: Page, roleName: RegExp, options: GameOptions = {}): Promise<void> {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Play solo' });
  await form.getByRole('radio', { name: roleName }).check();
  await form.locator('details.advanced > summary').click();
  await fillOptions(form, options);
  await form.getByRole('button', { name: 'Start a solo game' }).click();
  await expect(page.getByTestId('briefing-title')).toBeVisible();
}

/** Home page → a hosted game; returns its join code from the lobby. */
export async function hostGame(
  page: Page,
  name: string,
  seat: string,
  options: GameOptions = {},
): Promise<string> {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Host a game' });
  await form.getByLabel('Your name (optional)').fill(name);
  await form.getByLabel('Your seat').selectOption(seat);
  await fillOptions(form, options);
  await form.getByRole('button', { name: 'Create the game' }).click();
  const code = page.getByTestId('join-code');
  await expect(code).toHaveText(/^[A-Z0-9]{6}$/);
  return (await code.textContent())!.trim();
}

/** The join link a QR code opens → the lobby, seated in `role`. */
export async function joinGame(page: Page, code: string, name: string, role: string): Promise<void> {
  await page.goto(`/#/join/${code}`);
  const form = page.getByRole('form', { name: 'Join a game' });
  await expect(form.getByLabel('Join code')).toHaveValue(code);
  await form.getByLabel('Your name').fill(name);
  await form.getByLabel('Preferred role').selectOption(role);
  await form.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.getByTestId('join-code')).toHaveText(code);
}

/**
 * A notice with `text` (a refusal, an error). Filtered by its words: the announcer's urgent region is
 * role=alert too, and, a 1 px box, counts as visible while empty, so "the first alert" could pass
 * before any notice was up.
 */
export function notice(page: Page, text: string | RegExp) {
  return page.getByRole('alert').filter({ hasText: text });
}

/** Switches the page's language with its own switcher and waits for the document to say so. */
export async function switchLanguage(page: Page, language: 'en' | 'ja'): Promise<void> {
  await page.locator('.language-switcher select').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

export async function expectPhase(page: Page, phase: string, timeout = 30_000): Promise<void> {
  await expect(page.getByTestId('phase-name')).toHaveText(phase, { timeout });
}

/** The host's Skip, which names the phase it ends (client/features/host/HostControls.tsx). */
export const SKIP_BUTTON = /^(Skip the briefing|Skip the news|End negotiation|Resolve the round now)$/;

/**
 * The host moves the game on by one phase. In decide, a host whose own sheet is not handed in is asked
 * first, and resolves without it. The click waits while Skip is unavailable (busy, or just after the
 * phase changed: aria-disabled).
 */
export async function skip(page: Page): Promise<void> {
  const phase = (await page.getByTestId('phase-name').textContent())?.trim();
  await page.getByRole('button', { name: SKIP_BUTTON }).click();
  if (phase !== 'Decide') return;
  const anyway = page.getByRole('button', { name: 'Resolve without my sheet' });
  const movedOn = page.getByTestId('phase-name').filter({ hasNotText: /^Decide$/ });
  await expect(anyway.or(movedOn)).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
}

/** Hands in the sheet as it stands and waits for the server to confirm it. */
export async function handIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Hand in/ }).click();
}

/** Opens the page of one more person at the table: a browser context of their own (storage, seat token). */
export type OpenPerson = (options?: BrowserContextOptions) => Promise<Page>;

/**
 * Playwright's `test` with `person`: `await person()` is one more person, at the desktop size unless
 * `options` say otherwise. Every spec imports `test` from here. Playwright closes only the contexts its
 * own `page` and `context` fixtures made; one opened with `browser.newContext()` stays open until the
 * worker ends, its page still rendering a game that still ticks, and on two cores that starved every
 * later test on the worker. `person` closes its contexts when the test ends.
 */
export const test = base.extend<{ person: OpenPerson }>({
  person: async ({ browser }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      opened.push(context);
      return context.newPage();
    });
    await Promise.all(opened.map((context) => context.close()));
  },
});
