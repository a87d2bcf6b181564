import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EXPORT_COLUMNS } from '../../shared/debrief/export.ts';
import { axeFindings, expectPhase, handIn, screens, skip, startSolo, switchLanguage } from './helpers.ts';

test('the host opens the debrief after a solo game, downloads the CSV, prints it, and prints role cards', async ({
  page,
}) => {
  // A whole game, axe twice and a download on two busy cores: more than the suite's two minutes.
  test.setTimeout(480_000);
  await startSolo(page, /^Tokyo/, { rounds: 1, negotiateSeconds: 120, decideSeconds: 120 });
  // Told before they write a word what the debrief will show; alone at the table there is no facilitator.
  await expect(page.getByTestId('transcript-notice')).toHaveText(
    'After the game the debrief shows every sheet and private message, the bots’ included.',
  );
  await skip(page);
  await expectPhase(page, 'News');
  await skip(page);
  await expectPhase(page, 'Negotiate');
  await page.getByRole('textbox', { name: /Public statement/ }).fill('Japan is a patient investor.');
  await page.getByRole('button', { name: 'Publish statement' }).click();
  await expect(page.getByTestId('message-list')).toContainText('patient investor');
  await skip(page);
  await expectPhase(page, 'Decide');
  await page.getByLabel('Treasury action').selectOption('sell');
  await page.getByLabel('Amount to buy or sell').fill('100');
  await handIn(page);
  await expect(page.getByTestId('end-title')).toHaveText('Final results', { timeout: 30_000 });

  await page.getByTestId('open-debrief').click();
  await expect(page.getByTestId('debrief-title')).toHaveText(/^Debrief · [A-Z0-9]{6}$/);
  const code = (await page.getByTestId('debrief-title').textContent())!.split(' · ')[1]!;

  // The timeline: round 1 with Tokyo's statement on it, and the market at its close.
  const rounds = page.getByRole('table', {
    name: 'What happened in each round, and the market at its close',
  });
  await expect(rounds.getByRole('row')).toHaveCount(2);
  await expect(rounds).toContainText('Tokyo said: Japan is a patient investor.');
  await expect(page.locator('[data-testid="chart-rates"] canvas').first()).toBeVisible();
  // Tokyo's sealed sheet, revealed: a sale of $100bn in round 1.
  const tokyo = page.getByRole('table', { name: /the sheet played each round/ }).first();
  await expect(tokyo.getByRole('row').nth(1).getByRole('cell').nth(0)).toHaveText('Sell');
  await expect(tokyo.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('100');
  await expect(page.getByRole('table', { name: /the sheet played each round/ })).toHaveCount(4);
  await expect(page.getByTestId('debrief-questions')).toContainText(
    `Table ${code}’s Tokyo sold $100bn in round 1: what did it buy?`,
  );
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Timeline of rounds',
    'Questions for discussion',
    'Sealed sheets, round by round',
    'Scores',
    'The bots’ reasons',
    'Private transcripts',
  ]);
  expect(await axeFindings(page)).toEqual([]);
  await page.locator('.language-switcher select').selectOption('ja');
  await expect(page.getByTestId('debrief-title')).toHaveText(`デブリーフ · ${code}`);
  expect(await axeFindings(page)).toEqual([]);
  await page.locator('.language-switcher select').selectOption('en');
  await screens(page, 'debrief');

  // The CSV, as the browser saves it: one table with a kind column, every accepted move in it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-csv').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^leverage-${code}-.+\\.csv$`));
  const lines = readFileSync((await download.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  // UTF-8's byte-order mark first, so that Excel reads the file as UTF-8.
  expect(lines[0]).toBe(`\uFEFF${EXPORT_COLUMNS.join(',')}`);
  // The sale as the player handed it in: when, and by their name (the bots' sheets say bot).
  expect(
    lines.some((line) => /^sheet,1,\d+,tokyo,,handedIn,treasuryAmountBn,100,,(?!bot$)[^,]+$/.test(line)),
  ).toBe(true);
  const moves = lines.filter((line) => line.startsWith('event,') && line.includes(',move:submit,'));
  expect(moves.filter((line) => line.includes(',tokyo,')).length).toBe(1);
  // Every seat handed a sheet in (a bot may revise its own, so each role at least once).
  for (const role of ['tokyo', 'whiteHouse', 'investors', 'usBusiness'])
    expect(moves.some((line) => line.includes(`,${role},`))).toBe(true);
  expect(
    lines.some((line) => line.startsWith('statement,1,') && line.endsWith(',Japan is a patient investor.,')),
  ).toBe(true);
  expect(lines.filter((line) => line.startsWith('score,1,') && line.includes(',final,total,')).length).toBe(
    4,
  );

  // Printed: no controls and no app header; each section starts a page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('download-csv')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Sealed sheets, round by round' })).toBeVisible();
  const breaks = await page
    .locator('.debrief-section')
    .evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
  expect(breaks.slice(1).every((value) => value === 'page')).toBe(true);
  await page.emulateMedia({ media: 'screen' });

  // Role cards for the next class: one per role, from the scenario, printable one to a page.
  await page.goto('/#/cards');
  await expect(page.getByTestId('cards-title')).toHaveText('Role cards');
  await expect(page.locator('.role-card')).toHaveCount(4);
  await expect(page.getByTestId('role-card-tokyo')).toContainText(
    'Confidential objectives (for this role only)',
  );
  expect(await axeFindings(page)).toEqual([]);
  // And in Japanese (issue 12: every screen in both languages), then back for the print check.
  await switchLanguage(page, 'ja');
  await expect(page.getByTestId('cards-title')).not.toHaveText('Role cards');
  expect(await axeFindings(page)).toEqual([]);
  await switchLanguage(page, 'en');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print the cards' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await screens(page, 'role-cards');
});
