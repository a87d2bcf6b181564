import type { i18n as I18n, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Headline } from '../../shared/market/types.ts';
import { ROLE_IDS, type RoleId } from '../../shared/roles.ts';
import type { Shock } from '../../shared/scenario/schema.ts';
import { DEFAULT_SHOCKS } from '../../shared/scenario/shocks.ts';

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
    return formattersFor(i18n.language).list(parts.map((role) => i18n.t(`roles.${role}.short`)));
  }
  const termKey = `terms.kind.${value}`;
  if (i18n.exists(termKey)) return looseI18n(i18n).t(termKey);
  return value;
}

const HEADLINE_NAMESPACES = ['translation', 'headline'];

/**
 * The scenario shock a headline announces. The model names it by id and sends its English title
 * (shared/market/shocks.ts), so its title in the reader's language is looked up here; a shock the
 * facilitator wrote on the spot is not in the library and keeps the words it was written in.
 */
export function libraryShockOf(headline: Headline): Shock | undefined {
  if (headline.key !== 'news.shock') return undefined;
  const id = headline.params?.shockId;
  return DEFAULT_SHOCKS.find((shock) => shock.id === id);
}

/** A headline from the engine, the model or a bot, in the reader's language; unknown keys stay readable. */
export function headlineText(i18n: I18n, headline: Headline): string {
  const shock = libraryShockOf(headline);
  const params = shock
    ? { ...headline.params, title: localText(shock.title, i18n.language) }
    : (headline.params ?? {});
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
  /** US dollars given in billions: "$1,131bn", "1兆1,310億ドル". */
  money(bn: number, digits?: number): string;
  /** The same with its sign: "+$12.5bn", "−$3bn". */
  signedMoney(bn: number, digits?: number): string;
  /** US dollars given in millions: "$250m", "2億5,000万ドル". */
  moneyMillions(m: number, digits?: number): string;
  /** A time of day, with seconds ("02:28:12 PM", "14:28:12") or without ("02:28 PM", "14:28"). */
  time(ms: number, seconds?: boolean): string;
  clock(ms: number): string;
  /**
   * Items run together as the language writes a list: "Tokyo, White House", "2, 3, 5" in English,
   * "東京、ホワイトハウス", "2、3、5" in Japanese (Intl.ListFormat, conjunction, narrow: no "and" added to the
   * English lists, which name parties and rounds); numbers as `number` writes them.
   */
  list(items: readonly (string | number)[]): string;
}

/** The true minus sign, as Intl's signDisplay writes it. */
const MINUS = '\u2212';

/**
 * Dollars the Japanese way: counted in 万 (10^4), 億 (10^8) and 兆 (10^12), each group with its own
 * digits ("1兆1,310億ドル"), so an amount reads as a Japanese reader says it.
 */
function japaneseDollars(usd: number, group: Intl.NumberFormat): string {
  let man = Math.round(Math.abs(usd) / 1e4);
  if (man === 0) return '0ドル';
  const parts: string[] = [];
  for (const [unit, size] of [
    ['兆', 1e8],
    ['億', 1e4],
    ['万', 1],
  ] as const) {
    const count = Math.floor(man / size);
    man -= count * size;
    if (count > 0) parts.push(`${group.format(count)}${unit}`);
  }
  return `${parts.join('')}ドル`;
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
  // Made once: `toLocaleTimeString` builds a new one per call, and the chart data tables, news and chat
  // format every row's time on every market tick (the dashboard's costliest script). The two differ only
  // by the seconds, so news, chat and the charts' time axis read the same clock (12 or 24 hours).
  const hoursAndMinutes = { hour: '2-digit', minute: '2-digit' } as const;
  const timeWithoutSeconds = new Intl.DateTimeFormat(language, hoursAndMinutes);
  const timeFormat = new Intl.DateTimeFormat(language, { ...hoursAndMinutes, second: '2-digit' });
  const listFormat = new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' });
  const japanese = language.startsWith('ja');
  /** Rounded to the digits asked for first, so both languages show the same amount. */
  const dollars = (usd: number, scale: number, suffix: string, digits: number) => {
    const rounded = Math.round(Math.abs(usd / scale) * 10 ** digits) / 10 ** digits;
    return japanese
      ? japaneseDollars(rounded * scale, numberFormat(0, false))
      : `$${numberFormat(digits, false).format(rounded)}${suffix}`;
  };
  const sign = (value: number, digits: number) =>
    Math.round(Math.abs(value) * 10 ** digits) === 0 ? '' : value < 0 ? MINUS : '+';
  const minus = (value: number, digits: number) => (sign(value, digits) === MINUS ? MINUS : '');
  return {
    number: (value, digits = 0) => numberFormat(digits, false).format(value),
    signed: (value, digits = 0) => numberFormat(digits, true).format(value),
    percent: (value, digits = 0) => `${numberFormat(digits, false).format(value)}%`,
    money: (bn, digits = 0) => `${minus(bn, digits)}${dollars(bn * 1e9, 1e9, 'bn', digits)}`,
    signedMoney: (bn, digits = 0) => `${sign(bn, digits)}${dollars(bn * 1e9, 1e9, 'bn', digits)}`,
    moneyMillions: (m, digits = 0) => `${minus(m, digits)}${dollars(m * 1e6, 1e6, 'm', digits)}`,
    time: (ms, seconds = true) => (seconds ? timeFormat : timeWithoutSeconds).format(ms),
    list: (items) =>
      listFormat.format(
        items.map((item) => (typeof item === 'number' ? numberFormat(0, false).format(item) : item)),
      ),
    clock: (ms) => {
      const total = Math.max(0, Math.ceil(ms / 1000));
      const minutes = Math.floor(total / 60);
      return `${minutes}:${String(total % 60).padStart(2, '0')}`;
    },
  };
}

const formattersByLanguage = new Map<string, Formatters>();

/** One set of formatters per language, shared by components and by i18next's own templates. */
export function formattersFor(language: string): Formatters {
  let found = formattersByLanguage.get(language);
  if (!found) {
    found = formatters(language);
    formattersByLanguage.set(language, found);
  }
  return found;
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}

/**
 * The money formats as i18next formats, so a template says `{{amountBn, money}}` (billions),
 * `{{changeBn, signedMoney}}` or `{{spendM, moneyMillions}}` and reads like every figure on screen; and
 * `{{items, list}}` joins names as `list` does (in place of i18next's own, which adds "and").
 */
export function addFormats(i18n: I18n): void {
  const formatter = i18n.services.formatter;
  if (!formatter) return;
  // Params arrive as numbers or as pre-signed text ("+50", "−12"); `digits` comes from the template.
  const amount = (value: unknown) => Number(String(value).replace('\u2212', '-'));
  const digits = (options: unknown) => Number((options as { digits?: unknown } | undefined)?.digits ?? 0);
  for (const name of ['money', 'signedMoney', 'moneyMillions'] as const) {
    formatter.add(name, (value, language, options) =>
      formattersFor(language ?? 'en')[name](amount(value), digits(options)),
    );
  }
  formatter.add('list', (value, language) =>
    formattersFor(language ?? 'en').list(Array.isArray(value) ? value.map(String) : [String(value)]),
  );
}

/**
 * Names run together in the reader’s language ("Tokyo, White House"; "東京、ホワイトハウス"), for code that
 * holds only `t`: the `list` key is `{{items, list}}` in every language, which `list` above formats.
 */
export function listOf(t: TFunction, items: readonly string[]): string {
  return String(t('list', { items: [...items] } as never));
}

/**
 * A name marked as the reader's own when it is: the whole "Tokyo (you)" / 「東京（あなた）」 comes from one
 * template, so each language joins the marker its own way (no space before a full-width bracket).
 */
export function markedIfYours(t: TFunction, name: string, yours: boolean): string {
  return yours ? String(t('scores.youMarker', { name })) : name;
}
