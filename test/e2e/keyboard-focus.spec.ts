import { expect, type Locator, type Page } from '@playwright/test';
import { expectPhase, hostGame, joinGame, skip, test } from './helpers.ts';

/**
 * A whole solo game as Tokyo by keyboard alone (Tab, Shift+Tab, Enter, Space, typing and Alt+Shift+M),
 * checking where focus lands after every screen change and action, and what the one live region says.
 * Seed 1 seats a White House bot that offers Tokyo a deal in the first negotiation.
 */

declare global {
  interface Window {
    heard: string[];
  }
}

/** Records every line added to the polite live region, as a screen reader would hear it. */
async function listen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.heard = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if ((node.parentNode as HTMLElement | null)?.dataset?.testid === 'announcer') {
            window.heard.push(node.textContent ?? '');
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

const heard = (page: Page) => page.evaluate(() => window.heard);

/** Presses Tab (or Shift+Tab) until `target` has focus: it must be reachable by keyboard, and soon. */
async function tabTo(page: Page, target: Locator, backwards = false, most = 150): Promise<void> {
  for (let press = 0; press < most; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reached by ${backwards ? 'Shift+Tab' : 'Tab'} in ${most} presses: ${target}`);
}

async function typeOver(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

const focused = (page: Page) => page.locator(':focus');

async function expectPhaseHeadingFocused(page: Page, text: RegExp): Promise<void> {
  await expect(page.locator('#phase-title')).toBeFocused({ timeout: 30_000 });
  await expect(focused(page)).toHaveRole('heading');
  await expect(focused(page)).toHaveText(text);
}

test('a whole solo game as Tokyo by keyboard: focus follows each screen and action, and the announcer says each event once', async ({
  page,
}) => {
  // A whole game on a shared machine: it took 2 to 4 minutes under load.
  test.setTimeout(420_000);
  await listen(page);
  await page.goto('/');

  // Home: the solo form, Tokyo already chosen; two rounds, the long news phase, seed 1.
  const solo = page.getByRole('form', { name: 'Play solo' });
  await tabTo(page, solo.locator('summary', { hasText: 'Advanced options' }));
  await page.keyboard.press('Enter');
  await typeOver(page, solo.getByLabel('Rounds'), '2');
  await typeOver(page, solo.getByLabel('Seed'), '1');
  await typeOver(page, solo.getByLabel('News time'), '120');
  await tabTo(page, solo.getByRole('button', { name: 'Start a solo game' }));
  await page.keyboard.press('Enter');

  // The briefing: focus on its heading, not the page body.
  await expect(page.getByTestId('briefing-title')).toBeFocused({ timeout: 30_000 });
  await expect(focused(page)).toHaveRole('heading');
  await expect(focused(page)).toContainText('Tokyo');

  // The host's Skip: it keeps focus while its command is out, then the new phase's heading takes it.
  await tabTo(page, page.getByRole('button', { name: 'Skip the briefing' }), true);
  await expect(page.getByRole('button', { name: 'Skip the briefing' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.press('Enter');
  await expectPhaseHeadingFocused(page, /Round 1 of 2\s*News/);
  await expect.poll(() => heard(page)).toContain('Round 1 of 2: News. What happened since last round.');

  await tabTo(page, page.getByRole('button', { name: 'Skip the news' }));
  await expect(page.getByRole('button', { name: 'Skip the news' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.press('Enter');
  await expectPhaseHeadingFocused(page, /Round 1 of 2\s*Negotiate/);
  await expect
    .poll(() => heard(page))
    .toContain(
      'Round 1 of 2: Negotiate. Talk in public and in private, and propose deals. Markets tick as you talk.',
    );

  // The White House bot's offer is announced, and its buttons name it.
  await expect
    .poll(() => heard(page), { timeout: 30_000 })
    .toContainEqual(expect.stringMatching(/^Proposal p\d+ from White House waits for your answer\.$/));
  const waiting = (await heard(page)).find((line) => line.endsWith('waits for your answer.'))!;
  const offerId = /Proposal (p\d+)/.exec(waiting)![1]!;
  // Counter opens the builder and focus goes into it; Cancel brings it back to the builder's summary.
  await tabTo(page, page.getByRole('button', { name: `Counter proposal ${offerId} from White House` }));
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveText(`Counter proposal ${offerId}`);
  await tabTo(
    page,
    page.getByRole('form', { name: `Counter proposal ${offerId}` }).getByRole('button', { name: 'Cancel' }),
  );
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveText('Propose a deal');
  // Accept signs the deal (the White House has signed already): the card leaves, focus goes to the inbox.
  await tabTo(page, page.getByRole('button', { name: `Accept proposal ${offerId} from White House` }), true);
  await page.keyboard.press('Enter');
  // Focus moves once the server has answered: on a loaded machine that has taken over 15 s.
  await expect(focused(page)).toHaveRole('heading', { timeout: 30_000 });
  await expect(focused(page)).toHaveText(/^Proposals/);
  await expect(page.getByTestId('deal').first()).toContainText('In force');

  // A public statement: focus stays on Publish; our own words are not read back to us.
  const statement = 'Our Treasury holdings are one of the cards on the table.';
  await tabTo(page, page.getByRole('textbox', { name: /Public statement/ }));
  await page.keyboard.type(statement);
  await tabTo(page, page.getByRole('button', { name: 'Publish statement' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('message-list')).toContainText(statement);
  await expect(focused(page)).toHaveText('Publish statement');
  // The chat log scrolls by keyboard: it takes focus and has a name.
  await tabTo(page, page.getByRole('region', { name: 'Messages: Public statements' }), true);

  // A new proposal of our own: focus lands on its card, and "sent" is said.
  const builder = page.getByRole('form', { name: 'Propose a deal' });
  if (!(await builder.isVisible())) {
    await tabTo(page, page.locator('summary', { hasText: 'Propose a deal' }), true);
    await page.keyboard.press('Enter');
  }
  await tabTo(page, builder.getByLabel('Tokyo: investment pledge'));
  await page.keyboard.press('Space');
  await typeOver(page, builder.getByRole('spinbutton', { name: 'Pledge' }), '100');
  await tabTo(page, builder.getByLabel('US business: pass-through cap'));
  await page.keyboard.press('Space');
  await tabTo(page, builder.getByRole('button', { name: 'Send proposal' }));
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveAttribute('aria-label', /^Proposal p\d+ from Tokyo$/);
  const sentId = /Proposal (p\d+)/.exec((await focused(page).getAttribute('aria-label'))!)![1]!;
  await expect.poll(() => heard(page)).toContain(`Proposal ${sentId} sent.`);

  // The jump menu shows at this laptop width too, and says its shortcut; Alt+Shift+M goes to the move sheet.
  const jump = page.getByRole('navigation', { name: 'Jump to' });
  await expect(jump).toBeVisible();
  await expect(jump.getByRole('link', { name: /Move sheet/ })).toHaveAttribute(
    'aria-keyshortcuts',
    'Alt+Shift+M',
  );
  await page.keyboard.press('Alt+Shift+M');
  await expect(page.locator('#move-sheet-title')).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'End negotiation' }), true);
  await expect(page.getByRole('button', { name: 'End negotiation' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.press('Enter');
  await expectPhaseHeadingFocused(page, /Round 1 of 2\s*Decide/);

  // Hand in: the only human's sheet ends the round; the next round's heading takes focus.
  await page.keyboard.press('Alt+Shift+M');
  await tabTo(page, page.getByRole('button', { name: /^Hand in/ }));
  await page.keyboard.press('Enter');
  await expectPhaseHeadingFocused(page, /Round 2 of 2\s*News/);
  await expect
    .poll(() => heard(page))
    .toContainEqual(expect.stringMatching(/^Round 1 report: your score is \d+\.$/));

  await tabTo(page, page.getByRole('button', { name: 'Skip the news' }));
  await expect(page.getByRole('button', { name: 'Skip the news' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.press('Enter');
  await expectPhaseHeadingFocused(page, /Round 2 of 2\s*Negotiate/);
  await tabTo(page, page.getByRole('button', { name: 'End negotiation' }));
  await expect(page.getByRole('button', { name: 'End negotiation' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.press('Enter');
  await expectPhaseHeadingFocused(page, /Round 2 of 2\s*Decide/);
  await page.keyboard.press('Alt+Shift+M');
  await tabTo(page, page.getByRole('button', { name: /^Hand in/ }));
  await page.keyboard.press('Enter');

  // The end: focus on the final results' heading; the last report and the rank are said.
  await expect(page.getByTestId('end-title')).toBeFocused({ timeout: 30_000 });
  await expect
    .poll(() => heard(page))
    .toContainEqual(
      expect.stringMatching(/^The game is over\. You finished [1-4] of 4 with a score of \d+\.$/),
    );
  const all = await heard(page);
  // The change is said when the report shows the seat's score (at the end every score is public).
  expect(all, all.join('\n')).toContainEqual(
    expect.stringMatching(/^Round 2 report: your score is \d+( \([+\u2212-]?\d+\))?\.$/),
  );
  // Each event once: no line twice, and a statement never read both as chat and as news. Bots may say the
  // same words again in another round (a new message, a new event), so their words are not counted here;
  // the phases, reports, proposals and the end are.
  const events = all.filter((line) => !/^(Private message|Statement) from /.test(line));
  expect(events.length, events.join('\n')).toBe(new Set(events).size);
  expect(all.filter((line) => line.startsWith('Round 1 of 2: Negotiate'))).toHaveLength(1);
  expect(all.some((line) => line.startsWith('News: Tokyo hints'))).toBe(false);

  // Home again by keyboard: focus on the home page's heading, not the page body.
  await tabTo(page, page.getByRole('link', { name: 'Play again' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#home-title')).toBeFocused({ timeout: 30_000 });
  await expect(focused(page)).toHaveText('Leverage: the Treasury card');
});

test('a private message in another conversation is announced once, and opening it reads nothing again', async ({
  person,
}) => {
  test.setTimeout(180_000);
  const tokyo = await person();
  await listen(tokyo);
  const code = await hostGame(tokyo, 'Aiko', 'tokyo', { rounds: 1, newsSeconds: 120 });
  const whiteHouse = await person();
  await joinGame(whiteHouse, code, 'Ben', 'whiteHouse');
  await tokyo.getByRole('button', { name: 'Start the game' }).click();
  await expect(tokyo.getByTestId('briefing-title')).toBeFocused({ timeout: 30_000 });
  await skip(tokyo);
  await skip(tokyo);
  for (const page of [tokyo, whiteHouse]) await expectPhase(page, 'Negotiate');

  await whiteHouse.getByText('New private conversation').click();
  await whiteHouse.getByRole('group', { name: 'Talk privately with' }).getByLabel('Tokyo').check();
  await whiteHouse.getByRole('button', { name: 'Open conversation' }).click();
  // Focus goes on to the new conversation's message box.
  await expect(whiteHouse.getByRole('textbox', { name: /Private message to Tokyo/ })).toBeFocused();
  const secret = 'We could live with 15% if you hold your Treasuries.';
  await whiteHouse.getByRole('textbox', { name: /Private message to Tokyo/ }).fill(secret);
  await whiteHouse.getByRole('button', { name: 'Send', exact: true }).click();

  const line = `Private message from White House: ${secret}`;
  await expect.poll(() => heard(tokyo)).toContain(line);
  await tabTo(tokyo, tokyo.getByTestId('conversation-tokyo+whiteHouse'));
  await tokyo.keyboard.press('Enter');
  await expect(tokyo.getByRole('region', { name: 'Messages: White House' })).toContainText(secret);
  await tokyo.waitForTimeout(500);
  expect((await heard(tokyo)).filter((said) => said.includes(secret))).toEqual([line]);
});
