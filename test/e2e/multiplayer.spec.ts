import { expect } from '@playwright/test';
import { expectPhase, handIn, hostGame, joinGame, notice, screens, skip, test } from './helpers.ts';

test('four players join by code, talk in private, sign a deal, and all see the market move', async ({
  person,
}) => {
  // Four pages, each rendering the live game: alone it takes under a minute, but its time is CPU, and
  // on a shared two-core machine beside the other worker it has taken five.
  test.setTimeout(480_000);
  const tokyo = await person();
  // News long enough to see on all four pages: at the default 15 s a busy machine could render the
  // news on the last page only after the clock had moved the game on to the negotiation.
  const code = await hostGame(tokyo, 'Aiko', 'tokyo', {
    rounds: 2,
    negotiateSeconds: 300,
    decideSeconds: 120,
    newsSeconds: 120,
  });

  const whiteHouse = await person();
  const investors = await person();
  const business = await person();
  // A wrong code is refused with a message the player can read.
  await whiteHouse.goto('/');
  const join = whiteHouse.getByRole('form', { name: 'Join a game' });
  await join.getByLabel('Join code').fill(code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ');
  await join.getByLabel('Your name').fill('Ben');
  await join.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(notice(whiteHouse, 'No such game')).toBeVisible();
  await joinGame(whiteHouse, code, 'Ben', 'whiteHouse');
  await joinGame(investors, code, 'Chloé', 'investors');
  await joinGame(business, code, 'Dan <script>', 'usBusiness');

  const seats = tokyo.getByRole('table', { name: 'Who plays each role' });
  await expect(seats).toContainText('Ben');
  await expect(seats).toContainText('Chloé');
  await expect(seats).toContainText('Dan <script>');
  await screens(tokyo, 'lobby');
  await tokyo.getByRole('button', { name: 'Start the game' }).click();

  const everyone = [tokyo, whiteHouse, investors, business];
  for (const page of everyone) await expect(page.getByTestId('briefing-title')).toBeVisible();
  await expect(whiteHouse.getByTestId('briefing-title')).toHaveText('The White House');
  await skip(tokyo);
  await Promise.all(everyone.map((page) => expectPhase(page, 'News')));
  await skip(tokyo);
  await Promise.all(everyone.map((page) => expectPhase(page, 'Negotiate')));

  // A private message from Tokyo to the White House: only its addressee sees it.
  const secret = 'Between us: $550bn of investment for a 15% cap';
  await tokyo.getByText('New private conversation').click();
  await tokyo.getByRole('group', { name: 'Talk privately with' }).getByLabel('White House').check();
  await tokyo.getByRole('button', { name: 'Open conversation' }).click();
  await tokyo.getByRole('textbox', { name: 'Private message to White House' }).fill(secret);
  await tokyo.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(tokyo.getByTestId('message-list')).toContainText(secret);

  const thread = whiteHouse.getByTestId('conversation-tokyo+whiteHouse');
  await expect(thread.getByTestId('unread-badge')).toHaveText(/1/);
  await thread.click();
  await expect(whiteHouse.getByTestId('message-list')).toContainText(secret);
  for (const outsider of [investors, business]) {
    await expect(outsider.getByTestId('conversation-tokyo+whiteHouse')).toHaveCount(0);
    await expect(outsider.locator('body')).not.toContainText(secret);
  }

  // Tokyo proposes a deal; the White House signs it; everyone sees it in force.
  await tokyo.getByText('Propose a deal').click();
  const builder = tokyo.getByRole('form', { name: 'Propose a deal' });
  await builder.getByLabel('White House: tariff cap').check();
  await builder.getByLabel('Tariff at most').fill('15');
  await builder.getByLabel('Tokyo: no net Treasury sales').check();
  await builder.getByLabel('Duration').selectOption('2');
  await expect(builder).toContainText('Must be signed by: Tokyo, White House');
  await builder.getByRole('button', { name: 'Send proposal' }).click();

  const offer = whiteHouse.getByTestId('proposal').filter({ hasText: 'From Tokyo' });
  await expect(offer).toContainText('White House: tariff at most 15%, cars included');
  await screens(whiteHouse, 'dashboard-proposal');
  await offer.getByRole('button', { name: 'Accept' }).click();
  for (const page of everyone) {
    await expect(page.getByTestId('deal').first()).toContainText('In force');
    await expect(page.getByTestId('deal').first()).toContainText('Tokyo, White House');
  }
  await expect(investors.getByTestId('news-list')).toContainText('Deal signed by Tokyo, White House');

  await skip(tokyo);
  for (const page of everyone) await expectPhase(page, 'Decide');
  // The White House honours its cap; everyone hands in a sheet and the round resolves at once.
  await whiteHouse.getByLabel('Tariff on Japanese goods').fill('15');
  await whiteHouse.getByLabel('Tariff on Japanese cars').fill('15');
  for (const page of everyone) await handIn(page);

  for (const page of everyone) {
    await expect(page.getByTestId('round-report').first()).toContainText('Round 1 report', {
      timeout: 20_000,
    });
    await expect(page.getByTestId('round-report').first()).toContainText('10-year Treasury yield');
    await expect(page.getByTestId('phase-bar')).toContainText('Round 2 of 2');
  }
  await expect(investors.getByTestId('round-report').first()).toContainText(
    'Washington sets the tariff on Japanese goods at 15%',
  );
  await screens(investors, 'dashboard-after-resolution');

  await tokyo.getByRole('button', { name: 'End game' }).click();
  await tokyo.getByRole('button', { name: 'Yes, end the game now' }).click();
  for (const page of everyone) await expect(page.getByTestId('end-title')).toBeVisible();
  await expect(tokyo.getByTestId('deal-story')).toContainText('Proposed by Tokyo in round 1');
  await expect(business.getByTestId('deal-story')).toContainText(
    'Signed by all parties: in force for rounds 1–2',
  );
  await expect(business.locator('body')).not.toContainText(secret);
});
