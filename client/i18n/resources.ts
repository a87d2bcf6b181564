import { BOT_REASONS_EN } from '../../shared/bots/reasons.ts';
import { MARKET_HEADLINES_EN } from '../../shared/market/headline-keys.ts';
import { STATEMENT_PHRASES_EN } from '../../shared/protocol/phrases.ts';
import { TALK_PHRASES_EN } from '../../shared/protocol/talk.ts';
import { BOT_REASONS_JA, STATEMENT_PHRASES_JA, TALK_PHRASES_JA } from './bots-ja.ts';
import { DEBRIEF_QUESTIONS_EN, DEBRIEF_QUESTIONS_JA } from './debrief-questions.ts';
import { en } from './en.ts';
import { facilitatorEn } from './facilitator-en.ts';
import { facilitatorJa } from './facilitator-ja.ts';
import { MARKET_HEADLINES_JA } from './headlines-ja.ts';
import { ja } from './ja.ts';
import { talkEn } from './talk-en.ts';
import { talkJa } from './talk-ja.ts';
import { teamEn } from './team-en.ts';
import { teamJa } from './team-ja.ts';

/**
 * Headlines from the engine, the market model, bots' reasons and phrase-book statements arrive as `{ key, params }` and are
 * translated here. The model's and the bots' English templates come from shared/, so a new key there is
 * picked up without a client change; a key nobody has written yet is shown as the key and its params.
 */

/** Single-brace `{name}` templates become i18next's `{{name}}`; double braces are left alone. */
export function toI18nextTemplate(template: string): string {
  return template.replace(/(?<!\{)\{(\w+)\}(?!\})/g, '{{$1}}');
}

function normalised(templates: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(templates).map(([key, value]) => [key, toI18nextTemplate(value)]));
}

/** Flat keys with dots in them ('bot.tokyo.sell'): i18next looks them up flat when no nested path matches. */
export const headlineResources = {
  en: {
    ...normalised(MARKET_HEADLINES_EN),
    ...normalised(BOT_REASONS_EN),
    ...normalised(STATEMENT_PHRASES_EN),
    ...TALK_PHRASES_EN,
    ...DEBRIEF_QUESTIONS_EN,
  },
  ja: {
    ...normalised(MARKET_HEADLINES_JA),
    ...BOT_REASONS_JA,
    ...normalised(STATEMENT_PHRASES_JA),
    ...TALK_PHRASES_JA,
    ...DEBRIEF_QUESTIONS_JA,
  },
};

export const resources = {
  en: {
    translation: {
      ...en,
      ...facilitatorEn,
      ...talkEn,
      ...teamEn,
      errors: { ...en.errors, ...teamEn.errors },
      briefing: { ...en.briefing, ...facilitatorEn.briefing },
      end: { ...en.end, ...facilitatorEn.end },
    },
    headline: headlineResources.en,
  },
  ja: {
    translation: {
      ...ja,
      ...facilitatorJa,
      ...talkJa,
      ...teamJa,
      errors: { ...ja.errors, ...teamJa.errors },
      briefing: { ...ja.briefing, ...facilitatorJa.briefing },
      end: { ...ja.end, ...facilitatorJa.end },
    },
    headline: headlineResources.ja,
  },
} as const;
