import { describe, expect, it } from 'vitest';
import { initialMarket, tickMarket } from '../../../shared/market/index.ts';
import type { MarketState } from '../../../shared/market/types.ts';
import { createRng } from '../../../shared/rng.ts';
import { SCENARIO } from './fixture.ts';

function run(market: MarketState, ticks: number, dtSeconds: number, seed: number): MarketState {
  const rng = createRng(seed);
  let next = market;
  for (let tick = 0; tick < ticks; tick++) next = tickMarket(next, dtSeconds, rng, SCENARIO.model);
  return next;
}

function standardDeviation(values: number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
}

describe('ticks while people negotiate', () => {
  const start = initialMarket(SCENARIO);

  it('90 ticks of 2 s and 6 ticks of 30 s give the same volatility (within 15%)', () => {
    const paths = 600;
    const fine: MarketState[] = [];
    const coarse: MarketState[] = [];
    for (let path = 0; path < paths; path++) {
      fine.push(run(start, 90, 2, 1000 + path));
      coarse.push(run(start, 6, 30, 5000 + path));
    }
    const yieldSd = (states: MarketState[]) => standardDeviation(states.map((state) => state.yield10y * 100));
    const stockSd = (states: MarketState[]) =>
      standardDeviation(states.map((state) => Math.log(state.usEquity)));
    const yenSd = (states: MarketState[]) => standardDeviation(states.map((state) => Math.log(state.usdJpy)));
    for (const measure of [yieldSd, stockSd, yenSd]) {
      const ratio = measure(fine) / measure(coarse);
      expect(ratio).toBeGreaterThan(0.85);
      expect(ratio).toBeLessThan(1.15);
    }
    // Three minutes of talk move the 10y by a few bp, not tens.
    expect(yieldSd(fine)).toBeGreaterThan(1);
    expect(yieldSd(fine)).toBeLessThan(5);
  });

  it('signal effects and panic decay by elapsed time, not by tick count', () => {
    const excited: MarketState = {
      ...start,
      panic: 40,
      internals: { ...start.internals, signalYieldBp: 10 },
    };
    const fine = run(excited, 90, 2, 1);
    const coarse = run(excited, 6, 30, 2);
    const expectedSignal = 10 * 0.5 ** (180 / SCENARIO.model.talkHalfLifeSeconds);
    expect(fine.internals.signalYieldBp).toBeCloseTo(expectedSignal, 9);
    expect(coarse.internals.signalYieldBp).toBeCloseTo(expectedSignal, 9);
    expect(fine.panic).toBeLessThan(40);
    expect(coarse.panic).toBeLessThan(40);
    expect(Math.abs(fine.panic - coarse.panic)).toBeLessThan(3);
  });

  it("each series' tick noise is the tick share of its round noise: doubling the round's doubles the tick's", () => {
    const paths = 400;
    const model = SCENARIO.model;
    const louder = { ...model, yieldNoiseBpPerRound: 2 * model.yieldNoiseBpPerRound };
    const minute = (params: typeof model, seed: number) => {
      let next = start;
      const rng = createRng(seed);
      for (let tick = 0; tick < 30; tick++) next = tickMarket(next, 2, rng, params);
      return (next.yield10y - start.yield10y) * 100;
    };
    const quiet = standardDeviation(Array.from({ length: paths }, (_, path) => minute(model, 9000 + path)));
    const loud = standardDeviation(Array.from({ length: paths }, (_, path) => minute(louder, 9000 + path)));
    // One minute of ticks: 4bp × 0.35 = 1.4bp, and twice that with the round noise doubled (same draws).
    const expected = model.yieldNoiseBpPerRound * model.tickNoiseSharePerSqrtMinute;
    expect(quiet).toBeGreaterThan(0.85 * expected);
    expect(quiet).toBeLessThan(1.15 * expected);
    expect(loud / quiet).toBeCloseTo(2, 1);
  });

  it('a tick of zero or invalid length changes nothing', () => {
    const rng = createRng(3);
    expect(tickMarket(start, 0, rng, SCENARIO.model)).toBe(start);
    expect(tickMarket(start, Number.NaN, rng, SCENARIO.model)).toBe(start);
  });

  it("marks Japan's portfolio to market on every tick", () => {
    const moved = run(start, 30, 2, 77);
    const deltaYield = (moved.yield10y - start.yield10y) / 100;
    const expected = start.holdingsValueBn * Math.exp(-SCENARIO.model.tokyoPortfolioDuration * deltaYield);
    expect(moved.holdingsValueBn).toBeCloseTo(expected, 6);
  });
});
