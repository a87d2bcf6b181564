import { expect } from '@playwright/test';
import { expectPhase, skip, startSolo, test } from './helpers.ts';

test('a refresh mid-round returns the player to its seat with its draft sheet and unsent words', async ({
  page,
}) => {
  await startSolo(page, /^The White House/, { rounds: 2, negotiateSeconds: 300, decideSeconds: 300 });
  await skip(page);
  await expectPhase(page, 'News');
  await skip(page);
  await expectPhase(page, 'Negotiate');
  await skip(page);
  await expectPhase(page, 'Decide');

  await page.getByLabel('Tariff on Japanese goods').fill('12');
  await page.getByLabel('Stance').selectOption('conciliatory');
  await page.getByRole('textbox', { name: /Public statement/ }).fill('A deal is close.');
  const url = page.url();

  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You play The White House');
  await expectPhase(page, 'Decide');
  await expect(page.getByTestId('connection')).toHaveText('Connected');
  await expect(page.getByLabel('Tariff on Japanese goods')).toHaveValue('12');
  await expect(page.getByLabel('Stance')).toHaveValue('conciliatory');
  await expect(page.getByRole('textbox', { name: /Public statement/ })).toHaveValue('A deal is close.');
  await expect(page.getByTestId('sheet-status')).toContainText('Not handed in yet');

  // Still the host of its own solo game after the refresh.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('phase-bar')).toContainText('Paused');
});
