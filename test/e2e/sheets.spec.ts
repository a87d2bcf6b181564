import { expect, type Page } from '@playwright/test';
import { expectPhase, handIn, hostGame, joinGame, skip, test } from './helpers.ts';

/**
 * The move sheet can be trusted: a deal signed while it is open fills it in, handing it in untouched
 * keeps the deal, and a sheet that would break a promise says which one, naming the term. Tokyo hosts, the White House
 * joins, bots take the other two seats (their sheets cannot touch a Tokyo–White House deal).
 */

const field = (page: Page, label: string) =>
  page.getByRole('form', { name: /Your move sheet/ }).getByLabel(label);

test('a deal signed in negotiate fills in both sheets, handing them in untouched breaks nothing, and a breaking sheet is warned', async ({
  person,
}) => {
  test.setTimeout(300_000);
  const tokyo = await person();
  const code = await hostGame(tokyo, 'Aiko', 'tokyo', {
    rounds: 2,
    negotiateSeconds: 300,
    decideSeconds: 120,
    // Long enough that only the host's Skip ends the news: the test waits for the phase, not a clock.
    newsSeconds: 600,
  });
  const whiteHouse = await person();
  await joinGame(whiteHouse, code, 'Ben', 'whiteHouse');
  await tokyo.getByRole('button', { name: 'Start the game' }).click();
  const both = [tokyo, whiteHouse];
  for (const page of both) await expect(page.getByTestId('briefing-title')).toBeVisible();
  await skip(tokyo);
  // Each Skip waits for both pages to show the phase it led to, so a slow page cannot make the next
  // Skip end the negotiation instead of the news.
  for (const page of both) await expectPhase(page, 'News');
  await skip(tokyo);
  for (const page of both) await expectPhase(page, 'Negotiate');

  // The sheets as they stand before any deal: the 24% tariff (25% on cars), no pledge.
  await expect(field(whiteHouse, 'Tariff on Japanese goods')).toHaveValue('24');
  await expect(field(whiteHouse, 'Tariff on Japanese cars')).toHaveValue('25');
  await expect(field(tokyo, 'Investment pledge in the US')).toHaveValue('0');

  // Tokyo's offer from the issue: a 15% cap with cars, no net sales, a $300bn pledge.
  await tokyo.getByText('Propose a deal').click();
  const builder = tokyo.getByRole('form', { name: 'Propose a deal' });
  await builder.getByLabel('White House: tariff cap').check();
  await builder.getByLabel('Tariff at most').fill('15');
  await builder.getByLabel('Tokyo: no net Treasury sales').check();
  await builder.getByLabel('Tokyo: investment pledge').check();
  await builder.getByRole('spinbutton', { name: 'Pledge' }).fill('300');
  await builder.getByLabel('Duration').selectOption('2');
  await builder.getByRole('button', { name: 'Send proposal' }).click();
  const offer = whiteHouse.getByTestId('proposal').filter({ hasText: 'From Tokyo' });
  await expect(offer).toContainText('White House: tariff at most 15%, cars included');
  await offer.getByRole('button', { name: 'Accept' }).click();
  for (const page of both) await expect(page.getByTestId('deal').first()).toContainText('In force');

  // Both sheets follow the deal at once, and say where the numbers came from.
  await expect(field(whiteHouse, 'Tariff on Japanese goods')).toHaveValue('15');
  await expect(field(whiteHouse, 'Tariff on Japanese cars')).toHaveValue('15');
  await expect(whiteHouse.getByTestId('sheet-from-deals')).toContainText(
    /Filled in by deal d\d+, which you signed: Tariff on Japanese goods, Tariff on Japanese cars\./,
  );
  await expect(field(tokyo, 'Investment pledge in the US')).toHaveValue('300');
  await expect(tokyo.getByTestId('sheet-from-deals')).toContainText('Investment pledge in the US');
  for (const page of both) await expect(page.getByTestId('sheet-breaks-promise')).toHaveCount(0);

  await skip(tokyo);
  for (const page of both) await expectPhase(page, 'Decide');
  for (const page of both) await handIn(page);
  for (const page of both) {
    await expect(page.getByTestId('round-report').first()).toContainText('Round 1 report', {
      timeout: 30_000,
    });
  }
  // No breach: the deal is still in force, nobody is reported as having broken it.
  for (const page of both) {
    await expect(page.getByTestId('deal').first()).toContainText('In force');
    await expect(page.getByTestId('round-report').first()).not.toContainText('broke a deal');
  }
  await expect(whiteHouse.getByTestId('round-report').first()).toContainText(
    'Washington sets the tariff on Japanese goods at 15%',
  );
  // Round 2: the deal still binds, so the standing sheet still keeps it; the one-off moves are none.
  await expect(field(whiteHouse, 'Tariff on Japanese goods')).toHaveValue('15');
  await expect(field(tokyo, 'Investment pledge in the US')).toHaveValue('300');
  await expect(tokyo.getByTestId('sheet-one-off')).toContainText('This round only: Treasury action');

  // A sheet that would break a promise names the term before it is handed in (the same game, round 2:
  // a second game would only repeat the set-up). The White House puts the car tariff back up…
  await field(whiteHouse, 'Tariff on Japanese cars').fill('25');
  const warning = whiteHouse.getByTestId('sheet-breaks-promise');
  await expect(warning).toContainText('This sheet breaks a promise you signed:');
  await expect(warning).toContainText(/White House: tariff at most 15%, cars included \(deal d\d+\)/);
  await expect(warning).toContainText('You can still hand it in');
  // …and Tokyo sells: each is warned of its own promise; keeping it makes the warning go.
  await field(tokyo, 'Treasury action').selectOption('sell');
  await field(tokyo, 'Amount to buy or sell').fill('50');
  await expect(tokyo.getByTestId('sheet-breaks-promise')).toContainText(
    /Tokyo: no net Treasury sales \(deal d\d+\)/,
  );
  await field(tokyo, 'Treasury action').selectOption('hold');
  await expect(tokyo.getByTestId('sheet-breaks-promise')).toHaveCount(0);
});
