import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../shared/scenario/japan-2025.ts';

interface Found {
  path: string;
  en: string;
  ja: unknown;
}

/**
 * Every localized text in a value, wherever it sits: an object with an English string is one. Walking the
 * whole scenario, not a list of fields, means a text added later (a new brief line, a new shock) is found too.
 */
function localizedTexts(value: unknown, path = 'scenario'): Found[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedTexts(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') return [{ path, en: record.en, ja: record.ja }];
  return Object.entries(record).flatMap(([key, inner]) => localizedTexts(inner, `${path}.${key}`));
}

/** Figures as written: "24", "1.13", "60/40", "90". Each must reach the Japanese unchanged. */
function figures(text: string): string[] {
  return [...text.matchAll(/\d+(?:[./]\d+)*/g)].map((match) => match[0]);
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();
}

const JAPANESE_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/u;

const texts = localizedTexts(DEFAULT_SCENARIO);

describe('the default scenario in Japanese', () => {
  it('walks every kind of scenario text', () => {
    const paths = texts.map((text) => text.path);
    for (const expected of [
      'scenario.title',
      'scenario.summary',
      'scenario.briefs.tokyo.title',
      'scenario.briefs.usBusiness.publicBrief',
      'scenario.briefs.investors.confidentialObjectives[2]',
      'scenario.scoring.whiteHouse[0].label',
      'scenario.scoring.usBusiness[1].why',
      'scenario.shocks[0].title',
      'scenario.shocks[7].description',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(texts.length).toBeGreaterThan(50);
  });

  it('has Japanese for every text, with the English figures and placeholders', () => {
    const missing = texts.filter((text) => typeof text.ja !== 'string' || text.ja.trim() === '');
    expect(
      missing.map((text) => text.path),
      'scenario texts without Japanese',
    ).toEqual([]);
    for (const text of texts) {
      const ja = text.ja as string;
      expect(ja, text.path).toMatch(JAPANESE_SCRIPT);
      expect(placeholders(ja), text.path).toEqual(placeholders(text.en));
      for (const figure of figures(text.en)) expect(ja, `${text.path}: ${figure}`).toContain(figure);
    }
  });
});
