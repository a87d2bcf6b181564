import { expect } from '@playwright/test';
import { STATEMENT_PHRASES_JA, TALK_PHRASES_JA } from '../../client/i18n/bots-ja.ts';
import { STATEMENT_PHRASES_EN } from '../../shared/protocol/phrases.ts';
import { TALK_PHRASES_EN } from '../../shared/protocol/talk.ts';
import { expectPhase, skip, switchLanguage, test } from './helpers.ts';

const SEED_WITH_A_HAWK = '4';

/** The fixed words a template starts with (before its first placeholder), to find it filled in on a page. */
const openingWords = (template: string) => template.split('{{')[0]!.trim();

test('a solo player hears the bots in public, asks one for terms in private, and reads both in Japanese', async ({
  page,
}) => {
  // Three phases of bots thinking at a human pace, on a machine other tests share.
  test.setTimeout(240_000);
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Play solo' });
  await form.getByRole('radio', { name: /^Tokyo/ }).check();
  await form.locator('details.advanced > summary').click();
  await form.getByLabel('Rounds').fill('2');
  await form.getByLabel('Negotiation time').fill('120');
  // A table whose bots speak in the first round (language-charts.spec.ts plays the same seed).
  await form.getByLabel('Seed').fill(SEED_WITH_A_HAWK);
  await form.getByRole('button', { name: 'Start a solo game' }).click();
  await expect(page.getByTestId('briefing-title')).toBeVisible();
  await skip(page);
  await expectPhase(page, 'News');
  await skip(page);
  await expectPhase(page, 'Negotiate');

  // The public feed: a bot's statement from the phrase book.
  const messages = page.getByTestId('message-list');
  // The bots speak one after another: the first item may be a fund's note with figures, not yet the phrase.
  await expect
    .poll(
      async () => {
        const publicEnglish = (await messages.textContent()) ?? '';
        return Object.values(STATEMENT_PHRASES_EN).some((phrase) => publicEnglish.includes(phrase));
      },
      { timeout: 20_000 },
    )
    .toBe(true);

  // A private conversation with the White House, and "Ask for terms" in one click.
  await page.getByText('New private conversation').click();
  await page.getByRole('checkbox', { name: 'White House' }).check();
  await page.getByRole('button', { name: 'Open conversation' }).click();
  await expect(page.getByRole('textbox', { name: /Private message to White House/ })).toBeVisible();
  await page.getByRole('radio', { name: 'Ask for terms' }).check();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(messages).toContainText('What terms would you sign now?');

  // The bot's answer, within its thinking time: its own words, with what it means, labelled with what it
  // answers (it may have opened talks before, linking its proposal).
  const labelled = messages
    .getByRole('listitem')
    .filter({ has: page.getByTestId('answering').filter({ hasText: 'answering Tokyo: Ask for terms' }) });
  await expect(labelled).toBeVisible({ timeout: 20_000 });
  // The same message whatever the language its label is in.
  const answerId = await labelled.getAttribute('data-message-id');
  const answer = messages.locator(`li[data-message-id="${answerId}"]`);
  await expect(answer.getByTestId('intent-chip')).toBeVisible();
  const answerEnglish = (await answer.textContent()) ?? '';
  expect(Object.values(TALK_PHRASES_EN).some((phrase) => answerEnglish.includes(openingWords(phrase)))).toBe(
    true,
  );
  const offered = (await answer.getByTestId('message-offer').count()) > 0;

  // The same conversation in Japanese: the answer (and its terms) in the talk book's Japanese.
  await switchLanguage(page, 'ja');
  const answerJapanese = (await answer.textContent()) ?? '';
  expect(Object.values(TALK_PHRASES_JA).some((phrase) => answerJapanese.includes(openingWords(phrase)))).toBe(
    true,
  );
  for (const phrase of Object.values(TALK_PHRASES_EN))
    expect(answerJapanese).not.toContain(openingWords(phrase));
  if (offered) await expect(answer.getByRole('button', { name: 'この条件で提案する' })).toBeVisible();
  await expect(answer.getByTestId('answering')).toHaveText('東京への返答：条件を聞く');

  // Answering that very message, by keyboard: Reply takes focus to the text, and the bot answers the reply.
  await answer.getByRole('button', { name: /^ホワイトハウスに返信/ }).press('Enter');
  const field = page.getByRole('textbox', { name: /ホワイトハウス/ });
  await expect(field).toBeFocused();
  await expect(page.getByTestId('replying-to')).toContainText('ホワイトハウスへの返信');
  await page.keyboard.type('And for two rounds?');
  await page.keyboard.press('Control+Enter');
  const reply = messages.locator('li.mine').filter({ hasText: 'And for two rounds?' });
  await expect(reply.getByTestId('answering')).toContainText('ホワイトハウスへの返答');
  await expect(
    messages.getByTestId('answering').filter({ hasText: '東京への返答：“And for two rounds?”' }),
  ).toBeVisible({ timeout: 20_000 });

  // Back in the public feed, the bots' statements are in Japanese too.
  await page.getByTestId('conversation-public').click();
  const publicJapanese = (await messages.textContent()) ?? '';
  expect(Object.values(STATEMENT_PHRASES_JA).some((phrase) => publicJapanese.includes(phrase))).toBe(true);
  for (const phrase of Object.values(STATEMENT_PHRASES_EN)) expect(publicJapanese).not.toContain(phrase);
});
