import { describe, expect, it } from 'vitest';
import { reactToStatement, tickMarket } from '../../../shared/market/index.ts';
import type { Headline } from '../../../shared/market/types.ts';
import { createRng } from '../../../shared/rng.ts';
import {
  type Game,
  newGame,
  playRound,
  quietScenario,
  SCENARIO,
  tokyoMove,
  whiteHouseMove,
} from './fixture.ts';

/** The round's yen headline, if it has one. */
function yenHeadline(game: Game, round = game.results.length): Headline | undefined {
  return game.results[round - 1]?.headlines.find((headline) => headline.key.startsWith('news.yen'));
}

/** The round report's own line on the yen: its move, %, as the report rounds it. */
function reportedYenPct(game: Game, round = game.results.length): number {
  const line = game.results[round - 1]?.headlines.find((headline) => headline.key === 'report.usdJpyMove');
  return Number(line?.params?.changePct);
}

describe('a large yen move is news, with the cause that did most of it', () => {
  it('a week of ordinary news moves the yen less than 1%: no headline', () => {
    const game = playRound(newGame(SCENARIO, 5));
    expect(Math.abs(reportedYenPct(game))).toBeLessThan(1);
    expect(yenHeadline(game)).toBeUndefined();
  });

  it('an intervention is secret: the yen jumps and no public news explains it', () => {
    const game = playRound(newGame(SCENARIO, 5), { tokyo: tokyoMove({ yenIntervention: 'buyYen' }) });
    expect(reportedYenPct(game)).toBeLessThan(-1);
    expect(yenHeadline(game)).toEqual({
      key: 'news.yenStronger.unexplained',
      params: { pct: Math.abs(reportedYenPct(game)) },
    });
  });

  it('a tariff shock sends money to the yen as a haven, and the headline names the panic it read', () => {
    const game = playRound(newGame(quietScenario(), 5), {
      whiteHouse: whiteHouseMove({ tariffPct: 50, autoTariffPct: 50 }),
    });
    expect(yenHeadline(game)).toEqual({
      key: 'news.yenStronger.panic',
      params: { pct: Math.abs(reportedYenPct(game)), panic: Math.round(game.market.panic) },
    });
  });

  it('a tariff raised and cut back in consecutive weeks is erratic policy: the dollar falls on it', () => {
    const scenario = quietScenario();
    let game = playRound(newGame(scenario, 5), { whiteHouse: whiteHouseMove({ tariffPct: 40 }, scenario) });
    game = playRound(game, { whiteHouse: whiteHouseMove({ tariffPct: 10, autoTariffPct: 10 }, scenario) });
    expect(yenHeadline(game)?.key).toBe('news.yenStronger.policyChaos');
    expect(yenHeadline(game)?.params).toEqual({ pct: Math.abs(reportedYenPct(game)) });
  });

  it('a believed threat while people talk: the dollar falls as markets price Japanese selling', () => {
    const scenario = quietScenario();
    let game = newGame(scenario, 5);
    let market = game.market;
    for (let threat = 0; threat < 3; threat++)
      market = reactToStatement(market, 'tokyo', 'threat', scenario.model).market;
    game = playRound({ ...game, market });
    expect(yenHeadline(game)).toEqual({
      key: 'news.yenStronger.sellingBelief',
      params: { pct: Math.abs(reportedYenPct(game)), belief: Math.round(game.market.sellingBelief * 100) },
    });
  });

  it('counts every move since the round began, talk and ticks included, and starts again each round', () => {
    let market = newGame(SCENARIO, 5).market;
    const rng = createRng(9);
    market = reactToStatement(market, 'tokyo', 'threat', SCENARIO.model).market;
    for (let tick = 0; tick < 3; tick++) market = tickMarket(market, 60, rng, SCENARIO.model);
    const moves = market.internals.roundYenMovesPct!;
    const total = Object.values(moves).reduce((sum, pct) => sum + pct, 0);
    expect(total).toBeCloseTo(Math.log(market.usdJpy / market.internals.roundStartUsdJpy) * 100, 9);
    expect(moves.sellingBelief).toBeLessThan(0);
    expect(moves.news).not.toBe(0);
    const next = playRound({ ...newGame(SCENARIO, 5), market });
    expect(Object.values(next.market.internals.roundYenMovesPct!)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
