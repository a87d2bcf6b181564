import { expect } from '@playwright/test';
import { axeFindings, expectPhase, SKIP_BUTTON, skip, startSolo, test } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('a solo player on a phone sees the clock controls first, and Skip asks before resolving without their sheet', async ({
  page,
}) => {
  await startSolo(page, /^Tokyo/, { rounds: 2, negotiateSeconds: 300, decideSeconds: 300, newsSeconds: 120 });
  // No facilitator at a table of one.
  await expect(page.getByTestId('transcript-notice')).not.toContainText('facilitator');
  await skip(page);
  await expectPhase(page, 'News');
  await skip(page);
  await expectPhase(page, 'Negotiate');

  // The host's row holds the clock: Pause, +60 s, End negotiation; the facilitator's tools are folded.
  const controls = page.getByRole('region', { name: 'Host controls' });
  await expect(controls.getByRole('button', { name: 'End negotiation' })).toBeInViewport();
  const more = controls.locator('details.more-host-tools');
  await expect(more.locator(':scope > summary')).toHaveText('More host tools');
  await expect(controls.getByRole('button', { name: 'Inject shock' })).toBeHidden();
  await expect(controls.getByText('Requests for more time')).toBeHidden();
  // The controls are a short box (they took the whole first screen), and the news shows below them on it.
  const box = (await controls.boundingBox())!;
  expect(box.height).toBeLessThan(200);
  await expect(page.getByTestId('news-list')).toBeInViewport();
  await more.locator(':scope > summary').click();
  await expect(controls.getByRole('button', { name: 'End game' })).toBeVisible();
  // Extended time's checkbox at a size a finger finds, not the browser's 13 px.
  const extended = (await controls.getByRole('checkbox', { name: 'Tokyo' }).boundingBox())!;
  expect(Math.min(extended.width, extended.height)).toBeGreaterThanOrEqual(20);
  expect(await axeFindings(page)).toEqual([]);
  await more.locator(':scope > summary').click();

  await skip(page);
  await expectPhase(page, 'Decide');
  // Skip in decide with the sheet not handed in: a question, not the standing policy at once.
  await controls.getByRole('button', { name: SKIP_BUTTON }).click();
  const question = controls.getByRole('group', { name: /You have not handed in your sheet/ });
  await expect(question).toBeInViewport();
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await axeFindings(page)).toEqual([]);
  await question.getByRole('button', { name: 'Hand in my sheet and resolve' }).click();
  // The only person's sheet ends the round: its report, and not "You handed in no sheet".
  await expect(page.getByTestId('round-report').first()).toContainText('Round 1 report', { timeout: 20_000 });
  await expect(page.getByTestId('round-report').first()).not.toContainText('You handed in no sheet');
  await expect(page.getByTestId('phase-bar')).toContainText('Round 2 of 2');
  // Its own score in its own report, though the others do not see it yet.
  await expect(page.getByTestId('round-report').first()).toContainText('(only you see it)');
});
