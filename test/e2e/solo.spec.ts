import { expect } from '@playwright/test';
import { DEFAULT_SCORING } from '../../shared/scenario/default-scoring.ts';
import { expectPhase, handIn, screens, skip, startSolo, test } from './helpers.ts';

test('a new player takes Tokyo against three bots from the home page to the final results', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leverage: the Treasury card');
  await screens(page, 'home');

  await startSolo(page, /^Tokyo/, { rounds: 2, negotiateSeconds: 60, decideSeconds: 60 });

  // Briefing: the role's brief, its confidential objectives and how it is scored.
  await expect(page.getByTestId('briefing-title')).toContainText('Tokyo');
  await expect(page.getByRole('heading', { name: /Your objectives/ })).toBeVisible();
  const scoring = page.getByRole('table', { name: 'How your score is made' });
  // One row per component of the scenario's rules (and the header), each with its weight.
  const rules = DEFAULT_SCORING.tokyo;
  await expect(scoring.getByRole('row')).toHaveCount(rules.length + 1);
  await expect(scoring).toContainText('Tariff relief');
  const tariff = rules.find((rule) => rule.metric === 'effectiveTariffPct');
  await expect(scoring).toContainText(`${Math.round((tariff?.weight ?? 0) * 100)}%`);
  await screens(page, 'briefing');

  await skip(page);
  await expectPhase(page, 'News');
  await expect(page.getByTestId('news-list')).toContainText('Week 1 of 2 begins');
  await skip(page);
  await expectPhase(page, 'Negotiate');

  // A public statement with a signal: the market reads it and the news reports it.
  await page
    .getByRole('textbox', { name: /Public statement/ })
    .fill('Our Treasury holdings are one of the cards on the table.');
  await page.getByLabel('Signal').selectOption('hint');
  await page.getByRole('button', { name: 'Publish statement' }).click();
  await expect(page.getByTestId('message-list')).toContainText('one of the cards on the table');
  await expect(page.getByTestId('news-list')).toContainText('Tokyo hints');
  await expect(page.locator('[data-testid="chart-rates"] canvas').first()).toBeVisible();
  await expect(page.getByTestId('market-summary')).toContainText('10-year Treasury yield');
  await screens(page, 'dashboard-negotiate');

  await skip(page);
  await expectPhase(page, 'Decide');
  await page.getByLabel('Treasury action').selectOption('sell');
  await page.getByLabel('Amount to buy or sell').fill('200');
  await expect(page.getByText('At most 150.')).toBeVisible();
  await page.getByLabel('Amount to buy or sell').fill('40');
  await expect(page.getByTestId('projected-effect')).toContainText('Your score');
  await screens(page, 'dashboard-decide');
  await handIn(page);

  // The only human has handed in: the round resolves at once and its report is published.
  await expect(page.getByTestId('round-report').first()).toContainText('Round 1 report', { timeout: 20_000 });
  await expect(page.getByTestId('phase-bar')).toContainText('Round 2 of 2');
  await screens(page, 'dashboard-round-2');

  await skip(page);
  await expectPhase(page, 'Negotiate');
  await skip(page);
  await expectPhase(page, 'Decide');
  await handIn(page);

  await expect(page.getByTestId('end-title')).toHaveText('Final results', { timeout: 20_000 });
  const finalScores = page.getByTestId('final-scores').getByRole('listitem');
  await expect(finalScores).toHaveCount(4);
  await expect(page.getByTestId('final-scores')).toContainText('(you)');
  await expect(page.getByTestId('bot-reasons').first().getByRole('listitem').first()).toBeVisible();
  await expect(page.getByTestId('round-report').first()).toContainText('Round 2 report');
  await screens(page, 'end');
});
