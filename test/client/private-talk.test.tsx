// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatPanel } from '../../client/features/chat/ChatPanel.tsx';
import { TALK_PHRASES_JA } from '../../client/i18n/bots-ja.ts';
import { talkEn } from '../../client/i18n/talk-en.ts';
import { talkJa } from '../../client/i18n/talk-ja.ts';
import type { PlayerView } from '../../shared/game/player-view.ts';
import type { ProposalTerms } from '../../shared/protocol/deals.ts';
import { PrivateMessageSchema } from '../../shared/protocol/statements.ts';
import { TALK_PHRASES_EN, type TalkKey, talkText } from '../../shared/protocol/talk.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(cleanup);

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)(?:,\s*\w+)?\}\}/g)].map((match) => match[1]!).sort();

/** Every string of a nested bundle, by its dotted key. */
function flat(tree: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : Object.entries(flat(value, `${prefix}${key}.`)),
    ),
  );
}

const OFFER: ProposalTerms = {
  terms: [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
    { kind: 'noNetSales', role: 'tokyo' },
    { kind: 'investmentPledge', role: 'tokyo', amountBn: 400 },
  ],
  durationRounds: 2,
};

/** Tokyo's view with the White House's answer to its ask for terms, as a bot writes it. */
function talkingView(): PlayerView {
  const view = viewAt('negotiate');
  const intent = { kind: 'offer' as const, proposal: OFFER };
  const words = { key: 'talk.offer.signNow' as const };
  const at = view.marketPath[0]?.at ?? 0;
  const ask = {
    id: 'm1',
    at,
    round: 1,
    from: 'tokyo' as const,
    text: 'Terms?',
    intent: { kind: 'askTerms' as const },
  };
  const answer = {
    id: 'm2',
    at,
    round: 1,
    from: 'whiteHouse' as const,
    text: talkText(words, intent)!,
    intent,
    words,
    inReplyTo: 'm1',
  };
  return {
    ...view,
    channels: [{ id: 'tokyo+whiteHouse', members: ['tokyo', 'whiteHouse'], messages: [ask, answer] }],
  };
}

/** The White House's private offer pointing to a proposal already made (`proposalId`), alone in the channel. */
function linkingTo(proposalId: string): PlayerView {
  const view = talkingView();
  const linked = { kind: 'offer' as const, proposal: OFFER, proposalId };
  const words = { key: 'talk.offer.proposed' as const };
  const opening = {
    id: 'm5',
    at: view.marketPath[0]?.at ?? 0,
    round: 1,
    from: 'whiteHouse' as const,
    text: talkText(words, linked)!,
    intent: linked,
    words,
  };
  return { ...view, channels: [{ ...view.channels[0]!, messages: [opening] }] };
}

describe('private talk on screen', () => {
  it('has Japanese for every talk-book sentence and composer string, with the same placeholders', () => {
    for (const key of Object.keys(TALK_PHRASES_EN) as TalkKey[]) {
      expect(TALK_PHRASES_JA[key], key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(placeholders(TALK_PHRASES_JA[key]), key).toEqual(placeholders(TALK_PHRASES_EN[key]));
    }
    const english = flat(talkEn);
    const japanese = flat(talkJa);
    expect(Object.keys(japanese).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      expect(placeholders(japanese[key]!), key).toEqual(placeholders(text));
      expect(japanese[key], key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('refuses talk-book words whose text is not their English, or that name terms with no offer', () => {
    const words = { key: 'talk.offer.signNow' as const };
    const offer = { kind: 'offer' as const, proposal: OFFER };
    const honest = { to: ['whiteHouse'], text: talkText(words, offer), words, intent: offer };
    expect(PrivateMessageSchema.safeParse(honest).success).toBe(true);
    expect(PrivateMessageSchema.safeParse({ ...honest, text: 'I would sign anything.' }).success).toBe(false);
    const { intent: _dropped, ...withoutOffer } = honest;
    expect(PrivateMessageSchema.safeParse(withoutOffer).success).toBe(false);
    expect(
      PrivateMessageSchema.safeParse({
        to: ['tokyo'],
        text: 'x',
        intent: { kind: 'offer', proposal: { terms: [], durationRounds: 2 } },
      }).success,
    ).toBe(false);
  });

  it('shows a bot’s answer in Japanese with its meaning and terms, and proposes them unchanged in one click', async () => {
    const view = talkingView();
    const { client, socket } = seatedClient(view);
    socket.answerWith(() => ({ ok: true, data: { proposalId: 'p1' } }));
    renderWith(<ChatPanel view={view} />, client, 'ja');
    fireEvent.click(screen.getByTestId('conversation-tokyo+whiteHouse'));
    const list = screen.getByTestId('message-list');
    expect(list.textContent).toContain('いまならこれに署名する');
    expect(list.textContent).not.toContain('I would sign this now');
    expect(screen.getAllByTestId('intent-chip').map((chip) => chip.textContent)).toEqual([
      '条件を聞く',
      '条件を示す',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'この条件で提案する' }));
    await waitFor(() => expect(socket.sent('game:command')).toHaveLength(1));
    expect(socket.sent('game:command')[0]!.payload).toMatchObject({ type: 'deal:propose', proposal: OFFER });
  });

  it('asks for terms in one click: an empty text sends the intent’s usual words', async () => {
    const view = talkingView();
    const { client, socket } = seatedClient(view);
    socket.answerWith(() => ({ ok: true, data: { messageId: 'm3', channelId: 'tokyo+whiteHouse' } }));
    renderWith(<ChatPanel view={view} />, client, 'en');
    fireEvent.click(screen.getByTestId('conversation-tokyo+whiteHouse'));
    fireEvent.click(screen.getByRole('radio', { name: 'Ask for terms' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(socket.sent('game:command')).toHaveLength(1));
    expect(socket.sent('game:command')[0]!.payload).toMatchObject({
      type: 'chat:private',
      message: { to: ['whiteHouse'], text: 'What terms would you sign now?', intent: { kind: 'askTerms' } },
    });
  });

  it('labels what an answer answers, in English and Japanese, in words', () => {
    for (const [language, label] of [
      ['en', 'answering Tokyo: Ask for terms'],
      ['ja', '東京への返答：条件を聞く'],
    ] as const) {
      const view = talkingView();
      renderWith(<ChatPanel view={view} />, seatedClient(view).client, language);
      fireEvent.click(screen.getByTestId('conversation-tokyo+whiteHouse'));
      const answering = screen.getAllByTestId('answering');
      expect(answering.map((node) => node.textContent?.trim())).toEqual([label]);
      // The label belongs to the answer (m2), not to the question.
      expect(answering[0]!.closest('li')?.textContent).toContain(
        language === 'en' ? 'I would sign this now' : 'いまならこれに署名する',
      );
      cleanup();
    }
  });

  it('answers a specific message by keyboard: Reply sets inReplyTo and takes focus to the text', async () => {
    const view = talkingView();
    const { client, socket } = seatedClient(view);
    socket.answerWith(() => ({ ok: true, data: { messageId: 'm3', channelId: 'tokyo+whiteHouse' } }));
    renderWith(<ChatPanel view={view} />, client, 'en');
    fireEvent.click(screen.getByTestId('conversation-tokyo+whiteHouse'));
    // Only others' messages can be answered: one Reply, named after what it answers.
    const reply = screen.getByRole('button', { name: 'Reply to White House: Offer terms' });
    expect(screen.getAllByTestId('reply')).toHaveLength(1);
    reply.focus();
    fireEvent.click(reply);
    const field = screen.getByRole('textbox');
    expect(document.activeElement).toBe(field);
    expect(screen.getByTestId('replying-to').textContent).toContain('Replying to White House: Offer terms');
    fireEvent.change(field, { target: { value: 'Make it 12%.' } });
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(socket.sent('game:command')).toHaveLength(1));
    expect(socket.sent('game:command')[0]!.payload).toMatchObject({
      type: 'chat:private',
      message: { to: ['whiteHouse'], text: 'Make it 12%.', inReplyTo: 'm2' },
    });
    await waitFor(() => expect(screen.queryByTestId('replying-to')).toBeNull());
  });

  it('keeps a focused Reply in sight when a new message arrives, and follows the newest otherwise', () => {
    const view = talkingView();
    const { client } = seatedClient(view);
    const rendered = renderWith(<ChatPanel view={view} />, client, 'en');
    fireEvent.click(screen.getByTestId('conversation-tokyo+whiteHouse'));
    const log = document.querySelector<HTMLElement>('.message-log')!;
    Object.defineProperty(log, 'scrollHeight', { configurable: true, value: 900 });
    const channel = view.channels[0]!;
    const more = (...ids: string[]) => ({
      ...view,
      channels: [
        {
          ...channel,
          messages: [...channel.messages, ...ids.map((id) => ({ ...channel.messages.at(-1)!, id }))],
        },
      ],
    });
    screen.getByRole('button', { name: 'Reply to White House: Offer terms' }).focus();
    log.scrollTop = 120;
    rendered.rerenderWith(<ChatPanel view={more('m8')} />);
    expect(log.scrollTop).toBe(120);
    log.focus();
    rendered.rerenderWith(<ChatPanel view={more('m8', 'm9')} />);
    expect(log.scrollTop).toBe(900);
  });

  it('shows an offer that links a proposal as a pointer to it, with nothing to propose twice', () => {
    const withLink = linkingTo('p7');
    renderWith(<ChatPanel view={withLink} />, seatedClient(withLink).client, 'ja');
    fireEvent.click(screen.getByTestId('conversation-tokyo+whiteHouse'));
    expect(screen.getByTestId('linked-proposal').textContent).toBe(
      'p7として提案済み：「合意」で署名するか拒否してください。',
    );
    expect(screen.queryByTestId('propose-offer')).toBeNull();
    expect(screen.queryByTestId('message-offer')).toBeNull();
    expect(screen.getByTestId('message-list').textContent).toContain('あなたとの合意案を提案した。');
  });

  it('says how a linked proposal was closed once it is no longer open, as Deals does', () => {
    const linking = linkingTo('p7');
    const rejected = {
      ...OFFER,
      id: 'p7',
      proposer: 'whiteHouse' as const,
      signatories: ['tokyo' as const, 'whiteHouse' as const],
      signedBy: ['whiteHouse' as const],
      status: 'rejected' as const,
      closedBy: 'tokyo' as const,
      round: 1,
      at: linking.channels[0]!.messages[0]!.at,
    };
    const withLink = { ...linking, proposals: [rejected] };
    const rendered = renderWith(<ChatPanel view={withLink} />, seatedClient(withLink).client);
    fireEvent.click(screen.getByTestId('conversation-tokyo+whiteHouse'));
    // Not "sign or refuse it under Deals": Tokyo refused it already.
    expect(screen.getByTestId('linked-proposal').textContent).toBe('Proposed as p7: Rejected (Tokyo).');
    const signed = { ...rejected, status: 'signed' as const, signedBy: rejected.signatories };
    const { closedBy: _closedBy, ...signedOpen } = signed;
    rendered.rerenderWith(<ChatPanel view={{ ...withLink, proposals: [signedOpen] }} />);
    expect(screen.getByTestId('linked-proposal').textContent).toBe('Proposed as p7: Signed.');
  });
});
