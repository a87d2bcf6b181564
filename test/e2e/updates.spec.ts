import { expect } from '@playwright/test';
import { expectPhase, skip, startSolo, test } from './helpers.ts';

test('statements arrive one update at a time and the page keeps the whole record, through a reload', async ({
  page,
}) => {
  const updates: string[] = [];
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      const text = String(payload);
      if (text.includes('"game:update"')) updates.push(text);
    }),
  );
  await startSolo(page, /^Tokyo/, { rounds: 2, negotiateSeconds: 120, decideSeconds: 60 });
  await skip(page);
  await expectPhase(page, 'News');
  await skip(page);
  await expectPhase(page, 'Negotiate');

  const said = ['Patience is our policy.', 'We hold what we hold.', 'Talks continue in good faith.'];
  const box = page.getByRole('textbox', { name: /Public statement/ });
  const messages = page.getByTestId('message-list');
  for (const text of said) {
    await box.fill(text);
    await page.getByRole('button', { name: 'Publish statement' }).click();
    await expect(messages).toContainText(text);
  }
  // Every earlier statement is still on screen: each update added to what the page held.
  for (const text of said) await expect(messages).toContainText(text);
  // The update that brought the last statement carried only what changed, not the first two again.
  const last = updates.filter((text) => text.includes(said[2]!));
  expect(last.length).toBeGreaterThan(0);
  for (const text of last) {
    expect(text).not.toContain(said[0]);
    expect(text).not.toContain(said[1]);
  }

  await page.reload();
  await expectPhase(page, 'Negotiate');
  for (const text of said) await expect(page.getByTestId('message-list')).toContainText(text);
});
