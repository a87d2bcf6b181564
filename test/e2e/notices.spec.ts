import { expect } from '@playwright/test';
import { notice, test } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone, a refusal shows where the reader is, above the button that caused it, not at the top of the page', async ({
  page,
}) => {
  await page.goto('/');
  const join = page.getByRole('form', { name: 'Join a game' });
  await join.getByLabel('Join code').fill('ZZZZZZ');
  await join.getByLabel('Your name').fill('Sam');
  const button = join.getByRole('button', { name: 'Join', exact: true });
  // The reader has scrolled down: the page's top is far above the window.
  await button.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -120));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await button.click();
  const refusal = notice(page, 'No such game');
  await expect(refusal).toBeInViewport();
  // The button that caused it is not under it: the point at its centre is the button.
  await expect(async () => {
    const covered = await button.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !(hit && element.contains(hit));
    });
    expect(covered).toBe(false);
  }).toPass({ timeout: 5_000 });
  // Dismissed, it leaves the window to the game.
  await page.keyboard.press('Escape');
  await expect(refusal).toHaveCount(0);
});
