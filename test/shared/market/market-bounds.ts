import { expect } from 'vitest';
import {
  JAPAN_EQUITY_MAX,
  JAPAN_EQUITY_MIN,
  US_EQUITY_MAX,
  US_EQUITY_MIN,
  USD_JPY_MAX,
  USD_JPY_MIN,
  YIELD_MAX_PCT,
  YIELD_MIN_PCT,
} from '../../../shared/market/transmission.ts';
import type { MarketState } from '../../../shared/market/types.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { SCENARIO } from './fixture.ts';

const params = SCENARIO.model;

/** Every number of the state finite, and every index within the bounds docs/market-model.md gives. */
export function expectMarketInBounds(market: MarketState): void {
  const numbers = JSON.stringify(market, (_key, value) => {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`not finite: ${value}`);
    return value;
  });
  expect(numbers.length).toBeGreaterThan(0);
  expect(market.yield10y).toBeGreaterThanOrEqual(YIELD_MIN_PCT);
  expect(market.yield10y).toBeLessThanOrEqual(YIELD_MAX_PCT);
  expect(market.usdJpy).toBeGreaterThanOrEqual(USD_JPY_MIN);
  expect(market.usdJpy).toBeLessThanOrEqual(USD_JPY_MAX);
  expect(market.usEquity).toBeGreaterThanOrEqual(US_EQUITY_MIN);
  expect(market.usEquity).toBeLessThanOrEqual(US_EQUITY_MAX);
  expect(market.japanEquity).toBeGreaterThanOrEqual(JAPAN_EQUITY_MIN);
  expect(market.japanEquity).toBeLessThanOrEqual(JAPAN_EQUITY_MAX);
  expect(market.panic).toBeGreaterThanOrEqual(params.panicMin);
  expect(market.panic).toBeLessThanOrEqual(params.panicMax);
  expect(market.sellingBelief).toBeGreaterThanOrEqual(0);
  expect(market.sellingBelief).toBeLessThanOrEqual(1);
  expect(market.holdingsValueBn).toBeGreaterThan(0);
  for (const role of ROLE_IDS) {
    expect(market.credibility[role]).toBeGreaterThanOrEqual(0);
    expect(market.credibility[role]).toBeLessThanOrEqual(100);
  }
}
