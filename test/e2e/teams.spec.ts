import { expect } from '@playwright/test';
import { expectPhase, hostGame, joinGame, skip, test } from './helpers.ts';

test("two people in one team see each other's changes to the sheet, with the name of who made them", async ({
  person,
}) => {
  // Three browsers and a game to the negotiation: slow on a busy machine (the class spec's budget).
  test.setTimeout(420_000);
  const aiko = await person();
  const code = await hostGame(aiko, 'Aiko', 'tokyo', { rounds: 2, negotiateSeconds: 600 });

  // Ken asks for Tokyo in the lobby and Aiko lets him in: Tokyo is a team of two. Wen plays the White House.
  const ken = await person();
  await ken.goto(`/#/join/${code}`);
  const form = ken.getByRole('form', { name: 'Join a game' });
  await form.getByLabel('Your name').fill('Ken');
  await form.getByLabel('Preferred role').selectOption('tokyo');
  await form.getByRole('button', { name: 'Join', exact: true }).click();
  await form.getByRole('button', { name: "Ask to join Tokyo (Japan's finance ministry)" }).click();
  await aiko.getByTestId('seat-request').getByRole('button', { name: 'Let Ken in' }).click();
  await expect(ken.getByTestId('join-code')).toHaveText(code);
  const wen = await person();
  await joinGame(wen, code, 'Wen', 'whiteHouse');

  await aiko.getByRole('button', { name: 'Start the game' }).click();
  await expect(aiko.getByTestId('briefing-title')).toBeVisible();
  await skip(aiko);
  await expectPhase(aiko, 'News');
  await skip(aiko);
  // Ken and Wen were seated before the start, so they read the brief in the briefing: no late brief here.
  for (const page of [aiko, ken, wen]) await expectPhase(page, 'Negotiate', 60_000);

  // Both see the team, Aiko its captain (who signs while she is away is the unit tests' business: on a
  // loaded machine a page's socket may drop for a moment); Wen, a seat of one, sees no team at all.
  await expect(ken.getByTestId('team-members')).toContainText('Aikocaptain');
  await expect(ken.getByTestId('team-members')).toContainText('Ken (you)');
  await expect(wen.getByTestId('team-panel')).toHaveCount(0);

  // Ken sets the retaliatory tariff: Aiko's sheet shows it, and says it was Ken.
  await ken.getByLabel('Retaliatory tariff on US goods').fill('12');
  const across = { timeout: 60_000 };
  await expect(aiko.getByLabel('Retaliatory tariff on US goods')).toHaveValue('12', across);
  await expect(aiko.getByTestId('team-trail')).toContainText(
    'Ken set Retaliatory tariff on US goods to 12',
    across,
  );
  await expect(ken.getByTestId('team-trail')).toContainText('You set Retaliatory tariff on US goods to 12');

  // Aiko answers on the same sheet: Ken sees her change, with her name.
  await aiko.getByLabel('Treasury action').selectOption('sell');
  await expect(ken.getByLabel('Treasury action')).toHaveValue('sell', across);
  await expect(ken.getByTestId('team-trail')).toContainText('Aiko set Treasury action to Sell', across);

  // The team's chat is covered over the socket (test/integration/teams.test.ts), to keep this test cheap.
  // Wen, at another seat, saw none of Tokyo's draft.
  await expect(wen.locator('body')).not.toContainText('Retaliatory tariff on US goods to 12');
});
