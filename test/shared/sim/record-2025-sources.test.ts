import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS, RECORD_WEEKS, type RecordField } from '../../../shared/sim/backtest/record-2025.ts';
import { PUBLISHED_CLOSES, UNCHECKED_CLOSES } from '../../../shared/sim/backtest/record-2025-sources.ts';

/** The record's precision per field: indices to the point, the 10-year to 0.01, USD/JPY to 0.1. */
const HALF_STEP: Record<RecordField, number> = {
  yield10y: 0.005,
  usEquity: 0.5,
  japanEquity: 0.5,
  usdJpy: 0.05,
};

describe('the 2025 record against published closes', () => {
  it('every checked close is the published figure rounded to the record’s precision', () => {
    const off = PUBLISHED_CLOSES.flatMap((check) => {
      const week = RECORD_WEEKS.find((w) => w.round === check.round);
      const value = week?.[check.field];
      return value !== undefined &&
        Math.abs(value - check.published) <= HALF_STEP[check.field] + (check.printedStep ?? 0) + 1e-9
        ? []
        : [`round ${check.round} ${check.field}: record ${value} against published ${check.published}`];
    });
    expect(off).toEqual([]);
  });

  it('each field says what is still unchecked, and the checks cover every field and 20 closes', () => {
    expect(Object.keys(UNCHECKED_CLOSES).sort()).toEqual([...RECORD_FIELDS].sort());
    expect(new Set(PUBLISHED_CLOSES.map((check) => check.field)).size).toBe(RECORD_FIELDS.length);
    expect(PUBLISHED_CLOSES.length).toBeGreaterThanOrEqual(20);
  });
});
