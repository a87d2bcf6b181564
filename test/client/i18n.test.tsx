// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { en } from '../../client/i18n/en.ts';
import { facilitatorJa } from '../../client/i18n/facilitator-ja.ts';
import { headlineText } from '../../client/i18n/format.ts';
import { MARKET_HEADLINES_JA } from '../../client/i18n/headlines-ja.ts';
import { ja } from '../../client/i18n/ja.ts';
import { headlineResources, resources, toI18nextTemplate } from '../../client/i18n/resources.ts';
import { createI18n, preferredLanguage } from '../../client/i18n/setup.ts';
import { talkJa } from '../../client/i18n/talk-ja.ts';
import { teamJa } from '../../client/i18n/team-ja.ts';
import { MARKET_HEADLINES_EN } from '../../shared/market/headline-keys.ts';
import { ERROR_CODES } from '../../shared/protocol/errors.ts';
import { SIGNALS } from '../../shared/protocol/statements.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { DEFAULT_SCORING } from '../../shared/scenario/default-scoring.ts';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();
}

describe('translations', () => {
  it('English and Japanese have exactly the same keys', () => {
    expect(keysOf(ja).sort()).toEqual(keysOf(en).sort());
  });

  it('every Japanese string fills the same placeholders as the English one', () => {
    const flat = (messages: unknown) =>
      new Map(
        keysOf(messages).map((key) => [
          key,
          key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], messages),
        ]),
      );
    const english = flat(en);
    for (const [key, value] of flat(ja)) {
      expect(placeholders(String(value)), key).toEqual(placeholders(String(english.get(key))));
    }
  });

  it('writes a name in Japanese with no space beside the Japanese around it', () => {
    // A role, a person or a game's code runs into its particle: 「東京を担当する」, not 「東京 を担当する」.
    const name = String.raw`\{\{?(?:role|roles|name|names|parties|code)\}\}?`;
    const japanese = '[\u3040-\u30ff\u4e00-\u9fff（「、。]';
    const spaced = new RegExp(`${japanese} ${name}|${name} ${japanese}`);
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(strings)
          : [];
    // Each file whole, as well as merged: a part the merge replaces is still checked.
    const all = [ja, facilitatorJa, talkJa, teamJa, resources.ja, headlineResources.ja].flatMap(strings);
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter((text) => spaced.test(text))).toEqual([]);
    expect(spaced.test('{{role}} を担当する')).toBe(true);
    expect(spaced.test('あなたは {{role}}を担当します。')).toBe(true);
  });

  it('writes a number or a placeholder in Japanese with no space beside the Japanese around it', () => {
    // 「関税は{{tariff}}%まで」, not 「関税は {{tariff}}% まで」; the same for a literal number.
    const value = String.raw`(?:\{\{[^{}]+\}\}|[0-9][0-9.,]*)%?`;
    const japanese = '[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]';
    const spaced = new RegExp(`${japanese} ${value}|${value} ${japanese}`);
    // A label and its figure, as a ticker, a card or a report's line shows them: the space separates them.
    const labelAndFigure = new Set([
      'projector.yield',
      'projector.panic',
      'projector.record',
      'classroom.console.market',
      'classroom.console.score',
      'classroom.console.record',
      'debrief.closeFigures',
      'report.yieldMove',
      'report.mortgageRate',
      'report.usEquityMove',
      'report.japanEquityMove',
      'report.usdJpyMove',
      'report.panic',
    ]);
    const entries = (value: unknown, prefix = ''): [string, string][] =>
      typeof value === 'string'
        ? [[prefix, value]]
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([key, inner]) => entries(inner, prefix ? `${prefix}.${key}` : key))
          : [];
    // Each file whole, and the headlines, bots' reasons and statements as i18next reads them.
    const all = [ja, facilitatorJa, talkJa, teamJa, headlineResources.ja].flatMap((file) => entries(file));
    expect(all.length).toBeGreaterThan(500);
    const keys = new Set(all.map(([key]) => key));
    expect([...labelAndFigure].filter((key) => !keys.has(key))).toEqual([]);
    expect(all.filter(([key, text]) => !labelAndFigure.has(key) && spaced.test(text))).toEqual([]);
    expect(spaced.test('関税は {{tariff}}%まで')).toBe(true);
    expect(spaced.test('関税は{{tariff}}% まで')).toBe(true);
    expect(spaced.test('期間 3 ラウンド')).toBe(true);
    expect(spaced.test('USD/JPY {{rate}}')).toBe(false);
  });

  it('has a message for every error code, signal and score component', () => {
    // Some codes' words sit beside the typed tree (team-en.ts); what a page reads is the merged resources.
    const errors: Record<string, string> = resources.en.translation.errors;
    for (const code of ERROR_CODES) expect(errors[code], code).toBeTruthy();
    for (const signal of SIGNALS) expect(en.signals[signal], signal).toBeTruthy();
    for (const role of ROLE_IDS) {
      const known = en.scoring.components[role] as Record<string, unknown>;
      for (const rule of DEFAULT_SCORING[role]) expect(known[rule.id], `${role}.${rule.id}`).toBeTruthy();
    }
  });

  it('words a score component in Japanese as the scenario does, so both places read the same', () => {
    // The client's words come first (score-text.ts); the scenario's are what another client would show.
    for (const role of ROLE_IDS) {
      const known = ja.scoring.components[role] as Record<string, { label: string; why: string }>;
      for (const rule of DEFAULT_SCORING[role]) {
        expect({ label: rule.label.ja, why: rule.why.ja }, `${role}.${rule.id}`).toEqual(known[rule.id]);
      }
    }
  });

  it('switches language and back, bots’ reasons included', async () => {
    const i18n = createI18n('en');
    expect(i18n.t('lobby.start')).toBe('Start the game');
    expect(headlineText(i18n, { key: 'bot.tokyo.holdTariffLow', params: { tariff: 12 } })).toBe(
      'The tariff is down to 12%: no need to sell.',
    );
    await i18n.changeLanguage('ja');
    expect(i18n.t('lobby.start')).toBe('ゲームを開始');
    expect(headlineText(i18n, { key: 'bot.tokyo.holdTariffLow', params: { tariff: 12 } })).toBe(
      '関税は12%まで下がった：売る必要はない。',
    );
  });

  it('picks the saved language, else the browser’s', () => {
    const storage = window.localStorage;
    storage.removeItem('leverage.language');
    expect(preferredLanguage(storage, ['ja-JP', 'en'])).toBe('ja');
    expect(preferredLanguage(storage, ['fr-FR'])).toBe('en');
    storage.setItem('leverage.language', 'en');
    expect(preferredLanguage(storage, ['ja-JP'])).toBe('en');
    storage.removeItem('leverage.language');
  });
});

describe('headlines', () => {
  const i18n = createI18n('en');

  it('fills engine headlines and names roles in the reader’s words', () => {
    expect(headlineText(i18n, { key: 'news.roundStart', params: { round: 2, rounds: 6 } })).toBe(
      'Week 2 of 6 begins',
    );
    expect(
      headlineText(i18n, { key: 'news.dealSigned', params: { parties: 'tokyo, whiteHouse', rounds: 3 } }),
    ).toBe('Deal signed by Tokyo, White House for 3 rounds');
    expect(
      headlineText(i18n, {
        key: 'news.dealExpired',
        params: { deal: 'd4', parties: 'tokyo, whiteHouse', round: 3 },
      }),
    ).toBe('Deal d4 (Tokyo, White House) ran out with round 3: its terms bind no one now');
  });

  it('knows every market headline key from the model', () => {
    for (const key of Object.keys(MARKET_HEADLINES_EN)) {
      expect(headlineText(i18n, { key, params: {} }), key).not.toBe(key);
    }
  });

  it('translates market headlines into Japanese with the same placeholders as the English', () => {
    for (const [key, text] of Object.entries(MARKET_HEADLINES_JA)) {
      expect(MARKET_HEADLINES_EN[key], key).toBeDefined();
      expect(placeholders(text), key).toEqual(placeholders(MARKET_HEADLINES_EN[key]!));
    }
    const japanese = createI18n('ja');
    expect(headlineText(japanese, { key: 'news.signal.threat' })).toBe('東京、米国債売却を示唆して脅す');
    expect(headlineText(japanese, { key: 'news.roundStart', params: { round: 1, rounds: 6 } })).toBe(
      '第1週（全6週）が始まる',
    );
  });

  it('says why the yen moved in English and Japanese, every cause in both directions', () => {
    const yenKeys = Object.keys(MARKET_HEADLINES_EN).filter((key) => key.startsWith('news.yen'));
    expect(yenKeys).toHaveLength(10);
    for (const key of yenKeys) expect(MARKET_HEADLINES_JA[key], key).toBeDefined();
    const japanese = createI18n('ja');
    const haven = { key: 'news.yenStronger.panic', params: { pct: 1.7, panic: 31 } };
    expect(headlineText(i18n, haven)).toBe('The yen gains 1.7% on the dollar as a haven, with panic at 31');
    expect(headlineText(japanese, haven)).toBe('逃避先として円が買われ対ドルで1.7%上昇（恐怖指数31）');
  });

  it('shows an unknown key with its params rather than nothing', () => {
    expect(headlineText(i18n, { key: 'model.somethingNew', params: { bp: 12 } })).toBe(
      'model.somethingNew (bp: 12)',
    );
  });

  it('turns single-brace templates into i18next ones, leaving double braces alone', () => {
    expect(toI18nextTemplate('up {bp}bp, {{keep}}')).toBe('up {{bp}}bp, {{keep}}');
  });
});
