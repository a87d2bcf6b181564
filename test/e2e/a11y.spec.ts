import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { expectPhase, hostGame, skip, startSolo } from './helpers.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
}

test('the home page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('form', { name: 'Play solo' })).toBeVisible();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the lobby has no serious accessibility violations', async ({ page }) => {
  await hostGame(page, 'Aiko', 'tokyo');
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dashboard has no serious accessibility violations, in English and in Japanese', async ({
  page,
}) => {
  await startSolo(page, /^Bond investors/, { rounds: 2, negotiateSeconds: 300 });
  await skip(page);
  await expectPhase(page, 'News');
  await skip(page);
  await expectPhase(page, 'Negotiate');
  await expect(page.getByTestId('projected-effect')).toContainText('Your score');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Language').selectOption('ja');
  await expect(page.getByTestId('phase-name')).toHaveText('交渉');
  expect(await page.getAttribute('html', 'lang')).toBe('ja');
  expect(await seriousViolations(page)).toEqual([]);
});
