import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Headline } from '../../shared/market/types.ts';
import { ROLE_IDS, type RoleId } from '../../shared/roles.ts';

/** Scenario texts carry their own translations; English is always there. */
export function localText(text: { en: string; ja?: string | undefined }, language: string): string {
  return language.startsWith('ja') && text.ja ? text.ja : text.en;
}

/**
 * i18next with keys that are only known at run time (headlines, scenario components). Its typed `t`
 * accepts only the interface's own keys; this view is for the few places that look keys up by data.
 */
export interface LooseI18n {
  t(key: string, options?: Record<string, unknown>): string;
  exists(key: string, options?: Record<string, unknown>): boolean;
}

export function looseI18n(i18n: I18n): LooseI18n {
  return i18n as unknown as LooseI18n;
}

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (ROLE_IDS as readonly string[]).includes(value);
}

/** Role ids inside a headline's params ("tokyo, whiteHouse") become role names. */
function localiseParam(i18n: I18n, value: string | number): string | number {
  if (typeof value === 'number') return value;
  const parts = value.split(/\s*,\s*/);
  if (parts.length > 0 && parts.every(isRoleId)) {
    return parts.map((role) => i18n.t(`roles.${role}.short`)).join(', ');
  }
  const termKey = `terms.kind.${value}`;
  if (i18n.exists(termKey)) return looseI18n(i18n).t(termKey);
  return value;
}

const HEADLINE_NAMESPACES = ['translation', 'headline'];

/** A headline from the engine, the model or a bot, in the reader's language; unknown keys stay readable. */
export function headlineText(i18n: I18n, headline: Headline): string {
  const params = headline.params ?? {};
  const replace = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, localiseParam(i18n, value)]),
  );
  const loose = looseI18n(i18n);
  if (!loose.exists(headline.key, { ns: HEADLINE_NAMESPACES })) {
    const shown = Object.entries(replace).map(([name, value]) => `${name}: ${value}`);
    return shown.length > 0 ? `${headline.key} (${shown.join(', ')})` : headline.key;
  }
  return loose.t(headline.key, { ns: HEADLINE_NAMESPACES, replace });
}

export function useHeadline(): (headline: Headline) => string {
  const { i18n } = useTranslation();
  return (headline) => headlineText(i18n, headline);
}

export interface Formatters {
  number(value: number, digits?: number): string;
  signed(value: number, digits?: number): string;
  percent(value: number, digits?: number): string;
  time(ms: number): string;
  clock(ms: number): string;
}

export function formatters(language: string): Formatters {
  const cache = new Map<string, Intl.NumberFormat>();
  const numberFormat = (digits: number, sign: boolean) => {
    const key = `${digits}:${sign}`;
    let format = cache.get(key);
    if (!format) {
      format = new Intl.NumberFormat(language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: sign ? 'exceptZero' : 'auto',
      });
      cache.set(key, format);
    }
    return format;
  };
  return {
    number: (value, digits = 0) => numberFormat(digits, false).format(value),
    signed: (value, digits = 0) => numberFormat(digits, true).format(value),
    percent: (value, digits = 0) => `${numberFormat(digits, false).format(value)}%`,
    time: (ms) =>
      new Date(ms).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
    clock: (ms) => {
      const total = Math.max(0, Math.ceil(ms / 1000));
      const minutes = Math.floor(total / 60);
      return `${minutes}:${String(total % 60).padStart(2, '0')}`;
    },
  };
}

const formattersByLanguage = new Map<string, Formatters>();

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  let found = formattersByLanguage.get(i18n.language);
  if (!found) {
    found = formatters(i18n.language);
    formattersByLanguage.set(i18n.language, found);
  }
  return found;
}
