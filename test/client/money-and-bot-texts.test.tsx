// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatPanel } from '../../client/features/chat/ChatPanel.tsx';
import { BookSummary } from '../../client/features/scores/BookSummary.tsx';
import { BOT_REASONS_JA, STATEMENT_PHRASES_JA } from '../../client/i18n/bots-ja.ts';
import { formatters, headlineText } from '../../client/i18n/format.ts';
import { createI18n } from '../../client/i18n/setup.ts';
import { BOT_REASONS_EN } from '../../shared/bots/reasons.ts';
import { LEVELS, PERSONALITIES } from '../../shared/bots/types.ts';
import type { PublicStatement } from '../../shared/game/state.ts';
import type { Headline } from '../../shared/market/types.ts';
import {
  phraseHeadline,
  phrasePlaceholders,
  phraseText,
  STATEMENT_PHRASES_EN,
} from '../../shared/protocol/phrases.ts';
import { StatementSchema } from '../../shared/protocol/statements.ts';
import { runHeadlessGame } from '../../shared/sim/headless.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(cleanup);

/** A phrase's single-brace placeholder names (`{tariff}`), sorted. */
function phraseSlots(text: string): string[] {
  return [...new Set([...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((match) => match[1]!))].sort();
}

/** Placeholder names, with or without a format (`{{amount, money}}` → amount). */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)(?:,\s*\w+)?\}\}/g)].map((match) => match[1]!).sort();
}

describe('one money format', () => {
  it('writes dollars in billions and millions the same way everywhere in English', () => {
    const en = formatters('en');
    expect(en.money(1131)).toBe('$1,131bn');
    expect(en.money(1128.46, 1)).toBe('$1,128.5bn');
    expect(en.signedMoney(-12.5, 1)).toBe('−$12.5bn');
    expect(en.signedMoney(50)).toBe('+$50bn');
    expect(en.signedMoney(-0.01, 1)).toBe('$0.0bn');
    expect(en.moneyMillions(250)).toBe('$250m');
  });

  it('counts dollars in 兆, 億 and 万 in Japanese', () => {
    const ja = formatters('ja');
    expect(ja.money(1131)).toBe('1兆1,310億ドル');
    expect(ja.money(12.5, 1)).toBe('125億ドル');
    expect(ja.signedMoney(-50)).toBe('−500億ドル');
    expect(ja.moneyMillions(250)).toBe('2億5,000万ドル');
  });

  it('formats money in headlines with the same formatter', () => {
    const headline = {
      key: 'news.holdingsReport',
      params: { holdingsBn: 1131, asOfRound: 1, changeBn: '-50' },
    };
    const en = headlineText(createI18n('en'), headline);
    expect(en).toContain('$1,131bn');
    expect(en).toContain('(−$50bn)');
    expect(en).not.toContain('USD');
    expect(headlineText(createI18n('ja'), headline)).toContain('1兆1,310億ドル');
  });

  it('shows Tokyo’s book in the one format', () => {
    const view = viewAt('negotiate');
    const { client } = seatedClient(view);
    renderWith(<BookSummary you={view.you!} />, client);
    const holdings = view.you?.holdings?.actualBn ?? Number.NaN;
    expect(screen.getAllByText(formatters('en').money(holdings)).length).toBeGreaterThan(0);
    const amounts = [...document.querySelectorAll('dd')].map((cell) => cell.textContent ?? '');
    const inBillions = amounts.filter((text) => text.endsWith('bn'));
    expect(inBillions.length).toBe(4);
    for (const text of inBillions) expect(text).toMatch(/^[+−]?\$[\d,.]+bn$/);
  });
});

describe('bot texts in both languages', () => {
  it('has Japanese for every bot reason and phrase, with the same placeholders', () => {
    for (const [key, english] of Object.entries(BOT_REASONS_EN)) {
      expect(BOT_REASONS_JA[key], key).toBeDefined();
      expect(placeholders(BOT_REASONS_JA[key] ?? ''), key).toEqual(placeholders(english));
    }
    for (const key of Object.keys(STATEMENT_PHRASES_EN) as (keyof typeof STATEMENT_PHRASES_EN)[]) {
      expect(STATEMENT_PHRASES_JA[key], key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(phraseSlots(STATEMENT_PHRASES_JA[key]), key).toEqual(phrasePlaceholders(key).sort());
    }
  });

  it('renders every reason and statement the bots give in a game in both languages, every figure filled in', () => {
    const reasons = new Map<string, Headline>();
    const statements = new Map<string, PublicStatement>();
    let game = 0;
    for (const personality of PERSONALITIES) {
      for (const level of LEVELS) {
        const profile = { personality, level };
        const run = runHeadlessGame({
          seed: 500 + game++,
          rounds: 3,
          profiles: { tokyo: profile, whiteHouse: profile, investors: profile, usBusiness: profile },
        });
        for (const entry of run.state.botReasons) reasons.set(entry.reason.key, entry.reason);
        for (const statement of run.state.statements)
          statements.set(statement.phrase ?? statement.text, statement);
      }
    }
    expect(reasons.size).toBeGreaterThan(30);
    const en = createI18n('en');
    const ja = createI18n('ja');
    for (const [key, reason] of reasons) {
      for (const text of [headlineText(en, reason), headlineText(ja, reason)]) {
        expect(text, key).not.toMatch(/[{}]/);
        expect(text, key).not.toContain(key);
      }
      expect(headlineText(ja, reason), key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect([...statements.values()].filter((statement) => statement.params).length).toBeGreaterThan(5);
    for (const statement of statements.values()) {
      const said = phraseHeadline({ ...statement, phrase: statement.phrase! });
      // The client's English is the text every outside reader gets.
      expect(headlineText(en, said)).toBe(statement.text);
      const japanese = headlineText(ja, said);
      expect(japanese, statement.phrase).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(japanese, statement.phrase).not.toMatch(/[{}]/);
      for (const value of Object.values(statement.params ?? {})) expect(japanese).toContain(String(value));
    }
  });

  it('reads a refusal with its threshold in English and in Japanese', () => {
    const reason = {
      key: 'bot.deal.reject',
      params: { without: 55.4, with: 57, gain: 1.6, needed: 3 },
    };
    expect(headlineText(createI18n('en'), reason)).toBe(
      'Refuse: I sign only if it lifts my projected score by 3; this lifts it by 1.6 (55.4 → 57).',
    );
    expect(headlineText(createI18n('ja'), reason)).toBe(
      '拒否：予測スコアが3上がる場合にだけ署名する。今回は1.6しか上がらない（55.4 → 57）。',
    );
    const selling = { key: 'bot.tokyo.sell', params: { tariff: 24, amount: 50 } };
    expect(headlineText(createI18n('en'), selling)).toBe(
      'The tariff is still 24%: sell $50bn to show the threat is real.',
    );
    expect(headlineText(createI18n('ja'), selling)).toBe(
      '関税はまだ24%：500億ドルを売り、脅しが本気だと示す。',
    );
  });

  it('reads the easy Tokyo’s rule in English and in Japanese', () => {
    const retaliating = { key: 'bot.tokyo.easyRetaliate', params: { tariff: 30, retaliation: 5 } };
    expect(headlineText(createI18n('en'), retaliating)).toBe(
      'The tariff is still 30%: answer with a 5% tariff of our own; our Treasuries stay where they are.',
    );
    expect(headlineText(createI18n('ja'), retaliating)).toBe(
      '関税はまだ30%：5%の報復関税で応じる。米国債には手をつけない。',
    );
    const bluffing = { key: 'bot.tokyo.easySayBluff', params: { credibility: 60 } };
    expect(headlineText(createI18n('ja'), bluffing)).toBe(
      '脅しは口にするだけならただ（信頼度60）：言っておく。',
    );
  });

  it('shows a bot’s statement in the reader’s language', () => {
    const view = viewAt('negotiate');
    const said = {
      ...view,
      statements: [
        {
          id: 's1',
          at: view.marketPath[0]?.at ?? 0,
          round: 1,
          from: 'whiteHouse' as const,
          text: STATEMENT_PHRASES_EN['say.whiteHouse.tariffStays'],
          signal: 'hawkish' as const,
          phrase: 'say.whiteHouse.tariffStays' as const,
        },
      ],
    };
    const { client } = seatedClient(said);
    renderWith(<ChatPanel view={said} />, client, 'ja');
    const list = screen.getByTestId('message-list');
    expect(list.textContent).toContain('貿易赤字が縮まるまで関税は続ける。');
    expect(list.textContent).not.toContain('The tariff stays');
  });

  it('shows a bot’s answer with its figures in the reader’s language, and whom it answers', () => {
    const view = viewAt('negotiate');
    const at = view.marketPath[0]?.at ?? 0;
    const said = {
      ...view,
      statements: [
        { id: 's1', at, round: 1, from: 'tokyo' as const, text: 'We may sell.', signal: 'threat' as const },
        {
          id: 's2',
          at,
          round: 1,
          from: 'whiteHouse' as const,
          text: phraseText('say.whiteHouse.answerThreat', { tariff: 24 }),
          signal: 'none' as const,
          phrase: 'say.whiteHouse.answerThreat' as const,
          params: { tariff: 24 },
          replyTo: 's1',
        },
      ],
    };
    const { client } = seatedClient(said);
    renderWith(<ChatPanel view={said} />, client, 'ja');
    const japanese = screen.getByTestId('message-list').textContent ?? '';
    expect(japanese).toContain('東京の声は聞いた。協議の間、関税は24%のままだ。');
    expect(japanese).toContain('東京への返答');
    cleanup();
    renderWith(<ChatPanel view={said} />, seatedClient(said).client, 'en');
    const english = screen.getByTestId('message-list').textContent ?? '';
    expect(english).toContain('We have heard Tokyo. The tariff stays at 24% while we talk.');
    expect(english).toContain('answering Tokyo');
  });

  it('refuses a phrase statement whose text is not the phrase', () => {
    const forged = StatementSchema.safeParse({
      text: 'Japan is selling everything today.',
      signal: 'hint',
      phrase: 'say.tokyo.allOptions',
    });
    expect(forged.success).toBe(false);
    const honest = StatementSchema.safeParse({
      text: STATEMENT_PHRASES_EN['say.tokyo.allOptions'],
      signal: 'hint',
      phrase: 'say.tokyo.allOptions',
    });
    expect(honest.success).toBe(true);
  });
});
