import { expect } from '@playwright/test';
import { expectPhase, hostGame, skip, test } from './helpers.ts';

test("a stranger asking for an occupied seat waits outside it until the seat's player lets them in", async ({
  person,
}) => {
  // Two browsers and a game to the negotiation: slow on a busy machine.
  test.setTimeout(240_000);
  const tokyo = await person();
  const code = await hostGame(tokyo, 'Aiko', 'tokyo', { rounds: 2, negotiateSeconds: 600 });
  await tokyo.getByRole('button', { name: 'Start the game' }).click();
  await expect(tokyo.getByTestId('briefing-title')).toBeVisible();
  await skip(tokyo);
  await expectPhase(tokyo, 'News');
  await skip(tokyo);
  await expectPhase(tokyo, 'Negotiate');

  // Tokyo's secret, in a private conversation with the White House (a bot).
  const secret = 'Our walk-away point is 18%';
  await tokyo.getByText('New private conversation').click();
  await tokyo.getByRole('group', { name: 'Talk privately with' }).getByLabel('White House').check();
  await tokyo.getByRole('button', { name: 'Open conversation' }).click();
  await tokyo.getByRole('textbox', { name: 'Private message to White House' }).fill(secret);
  await tokyo.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(tokyo.getByTestId('message-list')).toContainText(secret);

  // The stranger asks for Tokyo: told it is taken, offered to ask, then held outside.
  const stranger = await person();
  await stranger.goto(`/#/join/${code}`);
  const form = stranger.getByRole('form', { name: 'Join a game' });
  await form.getByLabel('Your name').fill('Sam');
  await form.getByLabel('Preferred role').selectOption('tokyo');
  await form.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(form.getByText("Tokyo (Japan's finance ministry) is already played.")).toBeVisible();
  await form.getByRole('button', { name: "Ask to join Tokyo (Japan's finance ministry)" }).click();
  await expect(stranger.getByTestId('seat-request-status')).toContainText('Waiting for');
  await expect(stranger.locator('body')).not.toContainText(secret);
  await expect(stranger.locator('body')).not.toContainText('Confidential');
  expect(stranger.url()).not.toContain('#/game/');

  // Tokyo's player sees the request and lets Sam in.
  const request = tokyo.getByTestId('seat-request');
  await expect(request).toContainText("Sam asks to join Tokyo (Japan's finance ministry).");
  // Still nothing of the seat while the request waits.
  await expect(stranger.locator('body')).not.toContainText(secret);
  await request.getByRole('button', { name: 'Let Sam in' }).click();
  await expect(request).toHaveCount(0);

  // Now Sam is at Tokyo's seat: its brief and confidential objectives first, then the game and its chats.
  await expect(stranger.getByTestId('briefing-title')).toHaveText("Tokyo — Japan's Ministry of Finance");
  await expect(stranger.getByText('Confidential')).toBeVisible();
  await stranger.getByRole('button', { name: 'Go to the game' }).click();
  await expectPhase(stranger, 'Negotiate');
  const thread = stranger.getByTestId('conversation-tokyo+whiteHouse');
  await thread.click();
  await expect(stranger.getByTestId('message-list')).toContainText(secret);
});
