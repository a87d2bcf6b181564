import { describe, expect, it } from 'vitest';
import { createGameConfig } from '../../../shared/game/engine.ts';
import { initialGameState } from '../../../shared/game/initial.ts';
import { playerViewFor } from '../../../shared/game/player-view.ts';
import { equityTrendOf } from '../../../shared/market/trend.ts';
import { BACKTEST_SCENARIO } from '../../../shared/sim/backtest/inputs-2025.ts';
import { playHeadlessGame } from '../../../shared/sim/headless.ts';
import { newGame, playRound, SCENARIO } from './fixture.ts';

const params = SCENARIO.model;

describe('the background trend of stocks', () => {
  it("is drawn once per game from its seed, with the parameters' spread and a zero mean", () => {
    expect(equityTrendOf(7, params)).toEqual(equityTrendOf(7, params));
    expect(equityTrendOf(7, params)).not.toEqual(equityTrendOf(8, params));
    const draws = Array.from({ length: 4000 }, (_, seed) => equityTrendOf(seed, params));
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const sd = (values: number[]) => {
      const centre = mean(values);
      return Math.sqrt(mean(values.map((value) => (value - centre) ** 2)));
    };
    const us = draws.map((draw) => draw.us);
    const japan = draws.map((draw) => draw.japan);
    expect(Math.abs(mean(us))).toBeLessThan(0.05);
    expect(sd(us)).toBeCloseTo(params.usEquityTrendSdPctPerRound, 1);
    expect(sd(japan)).toBeCloseTo(params.japanEquityTrendSdPctPerRound, 1);
    // Six rounds of it: realised six-week S&P 500 returns spread about 5.4% (one sd).
    expect(6 * sd(us)).toBeGreaterThan(5);
    expect(6 * sd(us)).toBeLessThan(5.8);
  });

  it('lands on both stock markets at every resolution, and on nothing else', () => {
    const game = newGame(SCENARIO, 3);
    const trend = { us: 1.5, japan: -2 };
    const trending = {
      ...game,
      market: { ...game.market, internals: { ...game.market.internals, equityTrendPct: trend } },
    };
    const flat = playRound(game);
    const moved = playRound(trending);
    expect(Math.log(moved.market.usEquity / flat.market.usEquity) * 100).toBeCloseTo(trend.us, 9);
    expect(Math.log(moved.market.japanEquity / flat.market.japanEquity) * 100).toBeCloseTo(trend.japan, 9);
    expect(moved.market.yield10y).toBe(flat.market.yield10y);
    expect(moved.market.usdJpy).toBe(flat.market.usdJpy);
  });

  it('is set in a new game from its seed and shown to no seat', () => {
    const config = createGameConfig({ gameId: 'g', seed: 42 });
    const state = initialGameState(config, 0);
    expect(state.market.internals.equityTrendPct).toEqual(equityTrendOf(42, config.scenario.model));
    const view = playerViewFor(
      { ...state, phase: 'lobby' } as Parameters<typeof playerViewFor>[0],
      'investors',
    );
    expect(JSON.stringify(view)).not.toContain('equityTrend');
  });

  it('spreads the end of otherwise identical games, but not the 2025 record, which replays its own trend', () => {
    const ends = [1, 2, 3, 4].map((seed) => playHeadlessGame({ seed }).market.internals.equityTrendPct?.us);
    expect(new Set(ends).size).toBe(4);
    const record = BACKTEST_SCENARIO.model;
    // A zero spread times a negative draw is −0, which moves nothing: compare the sizes.
    const trend = equityTrendOf(1, record);
    expect([Math.abs(trend.us), Math.abs(trend.japan)]).toEqual([0, 0]);
  });
});
