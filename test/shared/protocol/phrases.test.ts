import { describe, expect, it } from 'vitest';
import {
  PHRASE_KEYS,
  phrasePlaceholders,
  phraseText,
  STATEMENT_PHRASES_EN,
} from '../../../shared/protocol/phrases.ts';
import { StatementSchema } from '../../../shared/protocol/statements.ts';

const jobs = (tariff: number) => `At ${tariff}%, our members will cut jobs.`;

describe('phrase-book statements with figures', () => {
  it('render the English text from the key and its params', () => {
    expect(phraseText('say.usBusiness.jobsAt', { tariff: 24 })).toBe(jobs(24));
    expect(phraseText('say.investors.tenYearUp', { yieldBp: 30 })).toBe(
      'The 10-year is up 30bp: we are cutting risk.',
    );
    expect(phrasePlaceholders('say.investors.noteYieldsUp')).toEqual(['yieldBp', 'yield10y']);
  });

  it('accept a text that is the phrase with its figures, and refuse any other', () => {
    const statement = (text: string, params?: object) =>
      StatementSchema.safeParse({ text, signal: 'warnLayoffs', phrase: 'say.usBusiness.jobsAt', params });
    expect(statement(jobs(24), { tariff: 24 }).success).toBe(true);
    // The words say 50%, the figures 24: a forged figure.
    expect(statement(jobs(50), { tariff: 24 }).success).toBe(false);
    // A figure missing, an extra one, a word for a number, too many decimals, an absurd size.
    expect(statement(STATEMENT_PHRASES_EN['say.usBusiness.jobsAt']).success).toBe(false);
    expect(statement(jobs(24), { tariff: 24, jobs: 3 }).success).toBe(false);
    expect(statement('At lots%, our members will cut jobs.', { tariff: 'lots' }).success).toBe(false);
    expect(statement(jobs(24.125), { tariff: 24.125 }).success).toBe(false);
    expect(statement(jobs(1e308), { tariff: 1e308 }).success).toBe(false);
    expect(statement(jobs(Number.NaN), { tariff: Number.NaN }).success).toBe(false);
  });

  it('refuse params without a phrase and a malformed answer id', () => {
    expect(
      StatementSchema.safeParse({ text: 'At 24%.', signal: 'none', params: { tariff: 24 } }).success,
    ).toBe(false);
    expect(StatementSchema.safeParse({ text: 'No.', signal: 'none', replyTo: 'p1' }).success).toBe(false);
    expect(StatementSchema.safeParse({ text: 'No.', signal: 'none', replyTo: 's12' }).success).toBe(true);
  });

  it('name each placeholder once per phrase and only as a word', () => {
    for (const key of PHRASE_KEYS) {
      expect(key).toMatch(/^say\.(tokyo|whiteHouse|investors|usBusiness)\.[a-zA-Z]+$/);
      expect(STATEMENT_PHRASES_EN[key]).not.toMatch(/\{\{/);
      for (const name of phrasePlaceholders(key)) expect(name).toMatch(/^[a-zA-Z0-9]+$/);
    }
  });
});
