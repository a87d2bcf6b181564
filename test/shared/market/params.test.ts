import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MODEL_PARAMS,
  MARKET_HEADLINES_EN,
  ModelParamsSchema,
  PARAM_SOURCES,
  sourcedParams,
} from '../../../shared/market/index.ts';

const docs = readFileSync(new URL('../../../docs/market-model.md', import.meta.url), 'utf8');

describe('model parameters', () => {
  it('the defaults validate, and unknown or out-of-range parameters are refused', () => {
    expect(ModelParamsSchema.parse(DEFAULT_MODEL_PARAMS)).toEqual(DEFAULT_MODEL_PARAMS);
    expect(ModelParamsSchema.safeParse({ ...DEFAULT_MODEL_PARAMS, surprise: 1 }).success).toBe(false);
    expect(ModelParamsSchema.safeParse({ ...DEFAULT_MODEL_PARAMS, flowLastingShare: 1.5 }).success).toBe(
      false,
    );
    expect(ModelParamsSchema.safeParse({ ...DEFAULT_MODEL_PARAMS, flowBpPer100Bn: Number.NaN }).success).toBe(
      false,
    );
  });

  it('every parameter is documented in docs/market-model.md', () => {
    const missing = Object.keys(DEFAULT_MODEL_PARAMS).filter((name) => !docs.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('every parameter is marked sourced or [judgement], and the docs table says the same', () => {
    const names = Object.keys(ModelParamsSchema.shape).sort();
    expect(Object.keys(PARAM_SOURCES).sort()).toEqual(names);
    // The parameter tables: the first cell names the parameters of a row, the fourth gives the source.
    const rows = docs.split('\n').filter((line) => line.startsWith('| `'));
    const disagreeing = names.filter((name) => {
      const row = rows.find((line) => (line.split('|')[1] ?? '').includes(`\`${name}\``));
      const judged = (row?.split('|')[4] ?? '').includes('[judgement]');
      return (
        row === undefined || judged !== (PARAM_SOURCES[name as keyof typeof PARAM_SOURCES] === 'judgement')
      );
    });
    expect(disagreeing).toEqual([]);
    expect(sourcedParams()).toContain('flowBpPer100Bn');
    expect(sourcedParams()).not.toContain('beliefPrior');
  });

  it('the published anchors hold: autos are 52 of 148 $bn, the year-one trade elasticity is −0.76', () => {
    expect(DEFAULT_MODEL_PARAMS.autoImportShare).toBeCloseTo(52 / 148, 12);
    expect(DEFAULT_MODEL_PARAMS.tradeElasticity).toBe(-0.76);
    expect(DEFAULT_MODEL_PARAMS.backstopMinBp).toBe(20);
    expect(DEFAULT_MODEL_PARAMS.backstopMaxBp).toBe(60);
  });

  it('every English headline template is non-empty text', () => {
    for (const [key, template] of Object.entries(MARKET_HEADLINES_EN)) {
      expect(key).toMatch(/^(news|report)\.[a-zA-Z.]+$/);
      expect(template.trim().length).toBeGreaterThan(3);
    }
  });
});
