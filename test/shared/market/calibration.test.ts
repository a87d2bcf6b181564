import { describe, expect, it } from 'vitest';
import { applyShock, reactToStatement, tickMarket } from '../../../shared/market/index.ts';
import { createRng } from '../../../shared/rng.ts';
import type { Shock } from '../../../shared/scenario/schema.ts';
import {
  bp,
  newGame,
  pctChange,
  playRound,
  preShockScenario,
  SCENARIO,
  tokyoMove,
  whiteHouseMove,
  withParams,
} from './fixture.ts';

/**
 * The episodes of calibration.md, replayed through the model. Each runs on several seeds so that a range
 * holds for the model, not for one lucky draw of the week's noise.
 */
const SEEDS = [1, 2, 3, 42, 777, 2025, 31337, 90210];

function shockById(id: string): Shock {
  const shock = SCENARIO.shocks.find((candidate) => candidate.id === id);
  if (!shock) throw new Error(`no shock ${id} in the scenario`);
  return shock;
}

describe('April 2025 tariff shock: 10% → 24% headline, 25% autos', () => {
  it.each(SEEDS)(
    'US stocks −5 to −12%, Nikkei −5 to −10%, USD/JPY −2 to −4%, panic up, yields fall (seed %i)',
    (seed) => {
      const scenario = preShockScenario();
      const before = newGame(scenario, seed);
      const after = playRound(before, {
        whiteHouse: whiteHouseMove({ tariffPct: 24, autoTariffPct: 25 }, scenario),
      });
      const start = before.market;
      const end = after.market;
      expect(end.effectiveTariffPct).toBeCloseTo(24.35, 1);
      expect(pctChange(start.usEquity, end.usEquity)).toBeGreaterThanOrEqual(-12);
      expect(pctChange(start.usEquity, end.usEquity)).toBeLessThanOrEqual(-5);
      expect(pctChange(start.japanEquity, end.japanEquity)).toBeGreaterThanOrEqual(-10);
      expect(pctChange(start.japanEquity, end.japanEquity)).toBeLessThanOrEqual(-5);
      expect(pctChange(start.usdJpy, end.usdJpy)).toBeGreaterThanOrEqual(-4);
      expect(pctChange(start.usdJpy, end.usdJpy)).toBeLessThanOrEqual(-2);
      expect(end.panic - start.panic).toBeGreaterThan(12);
      // Flight to quality: a tariff shock alone lowers the 10y (4.13% → ~3.95% on 4 April 2025).
      expect(bp(start.yield10y, end.yield10y)).toBeLessThan(0);
      expect(after.results[0]?.headlines.map((headline) => headline.key)).toContain('news.tariffChange');
    },
  );

  it.each(SEEDS)('a pause afterwards is a political backstop: US stocks +4 to +10% (seed %i)', (seed) => {
    const scenario = preShockScenario();
    const shocked = playRound(newGame(scenario, seed), {
      whiteHouse: whiteHouseMove({ tariffPct: 24, autoTariffPct: 25 }, scenario),
    });
    const paused = playRound(shocked, {
      whiteHouse: whiteHouseMove({ tariffPct: 24, autoTariffPct: 25, pause: true }, scenario),
    });
    expect(paused.market.effectiveTariffPct).toBeCloseTo(10, 6);
    const rally = pctChange(shocked.market.usEquity, paused.market.usEquity);
    expect(rally).toBeGreaterThanOrEqual(4);
    expect(rally).toBeLessThanOrEqual(10);
    expect(paused.market.panic).toBeLessThan(shocked.market.panic);
  });
});

describe('a $100bn official sale by Tokyo', () => {
  it.each(SEEDS)(
    'lifts the 10y 20–60bp in the round, about half fades over three rounds of holding (seed %i)',
    (seed) => {
      // The same seed without the sale is the counterfactual: the difference is the sale's effect alone.
      let selling = playRound(newGame(SCENARIO, seed), {
        tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 100 }),
      });
      let holding = playRound(newGame(SCENARIO, seed));
      const roundMove = bp(SCENARIO.startingMarket.yield10y, selling.market.yield10y);
      const jump = bp(holding.market.yield10y, selling.market.yield10y);
      expect(roundMove).toBeGreaterThanOrEqual(20);
      expect(roundMove).toBeLessThanOrEqual(60);
      expect(jump).toBeGreaterThanOrEqual(20);
      expect(jump).toBeLessThanOrEqual(60);
      expect(selling.results[0]?.backstop).toBe(false);
      for (let round = 0; round < 3; round++) {
        selling = playRound(selling);
        holding = playRound(holding);
      }
      const lasting = bp(holding.market.yield10y, selling.market.yield10y);
      expect(lasting).toBeGreaterThanOrEqual(5);
      expect(lasting).toBeLessThanOrEqual(30);
      expect((jump - lasting) / jump).toBeGreaterThanOrEqual(0.4);
    },
  );
});

describe('a rumour, then a denial', () => {
  it('a Tokyo hint lifts the 10y 3–10bp; its denial takes back at least half', () => {
    const market = newGame().market;
    const hinted = reactToStatement(market, 'tokyo', 'hint', SCENARIO.model);
    const rise = bp(market.yield10y, hinted.market.yield10y);
    expect(hinted.headline?.key).toBe('news.signal.hint');
    expect(rise).toBeGreaterThanOrEqual(3);
    expect(rise).toBeLessThanOrEqual(10);
    expect(hinted.market.sellingBelief).toBeGreaterThan(market.sellingBelief);
    const denied = reactToStatement(hinted.market, 'tokyo', 'denial', SCENARIO.model).market;
    const left = bp(market.yield10y, denied.yield10y);
    expect(left).toBeLessThanOrEqual(0.5 * rise);
  });

  it('the same holds with a minute of market ticks between hint and denial', () => {
    const rng = createRng(99);
    const market = newGame().market;
    let hinted = reactToStatement(market, 'tokyo', 'hint', SCENARIO.model).market;
    for (let tick = 0; tick < 30; tick++) hinted = tickMarket(hinted, 2, rng, SCENARIO.model);
    const signalBefore = hinted.internals.signalYieldBp;
    const denied = reactToStatement(hinted, 'tokyo', 'denial', SCENARIO.model).market;
    expect(signalBefore).toBeGreaterThan(3);
    expect(denied.internals.signalYieldBp).toBeLessThanOrEqual(0.5 * signalBefore);
  });

  it("the scenario's rumour shock (China, Jan 2018: +5bp) then its denial", () => {
    const market = newGame().market;
    const rumour = applyShock(market, shockById('sale-rumour'), SCENARIO.model);
    const rise = bp(market.yield10y, rumour.market.yield10y);
    expect(rumour.headline.key).toBe('news.shock');
    expect(rise).toBeGreaterThanOrEqual(3);
    expect(rise).toBeLessThanOrEqual(10);
    const denied = applyShock(rumour.market, shockById('rumour-denied'), SCENARIO.model).market;
    expect(bp(market.yield10y, denied.yield10y)).toBeLessThanOrEqual(0.5 * rise);
  });

  it('a credible threat moves more than a hint: +10 to +25bp', () => {
    const market = newGame().market;
    const threatened = reactToStatement(market, 'tokyo', 'threat', SCENARIO.model).market;
    const rise = bp(market.yield10y, threatened.yield10y);
    expect(rise).toBeGreaterThanOrEqual(10);
    expect(rise).toBeLessThanOrEqual(25);
  });
});

function panicShock(points: number): Shock {
  return {
    id: 'panic',
    kind: 'politics',
    title: { en: 'Panic' },
    description: { en: 'Markets panic.' },
    effect: { panic: points },
    scheduledRounds: [],
  };
}

describe('the central-bank backstop', () => {
  const noBackstop = withParams({ backstopRiseTriggerBp: 1000, backstopPanicTrigger: 200 });
  const bigSale = { tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 150 }) };

  it.each(SEEDS)(
    'fires when the 10y rises > 50bp in a round; −20 to −60bp over announcement and next round (seed %i)',
    (seed) => {
      let withBackstop = playRound(newGame(SCENARIO, seed), bigSale);
      let without = playRound(newGame(noBackstop, seed), bigSale);
      expect(bp(SCENARIO.startingMarket.yield10y, without.market.yield10y)).toBeGreaterThan(50);
      expect(withBackstop.results[0]?.backstop).toBe(true);
      expect(withBackstop.market.internals.backstops).toBe(1);
      expect(withBackstop.results[0]?.headlines.map((headline) => headline.key)).toContain('news.backstop');
      const announcement = bp(without.market.yield10y, withBackstop.market.yield10y);
      withBackstop = playRound(withBackstop);
      without = playRound(without);
      const total = bp(without.market.yield10y, withBackstop.market.yield10y);
      // A third to a half lands on the announcement, the rest a round later.
      expect(announcement).toBeLessThan(0);
      expect(Math.abs(announcement)).toBeLessThan(Math.abs(total));
      expect(total).toBeGreaterThanOrEqual(-60);
      expect(total).toBeLessThanOrEqual(-20);
      expect(withBackstop.results[1]?.backstop).toBe(false);
      expect(withBackstop.results[1]?.headlines.map((headline) => headline.key)).toContain(
        'news.backstopFollowThrough',
      );
    },
  );

  it.each(SEEDS)('fires when panic is above 45, not for a $50bn sale in calm markets (seed %i)', (seed) => {
    const panicky = newGame(SCENARIO, seed);
    const panicked = {
      ...panicky,
      market: applyShock(panicky.market, panicShock(26), SCENARIO.model).market,
    };
    expect(panicked.market.panic).toBeGreaterThan(45);
    expect(playRound(panicked).results[0]?.backstop).toBe(true);
    const nervous = { ...panicky, market: applyShock(panicky.market, panicShock(18), SCENARIO.model).market };
    expect(nervous.market.panic).toBeLessThan(45);
    expect(playRound(nervous).results[0]?.backstop).toBe(false);

    const small = playRound(newGame(SCENARIO, seed), {
      tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 50 }),
    });
    expect(bp(SCENARIO.startingMarket.yield10y, small.market.yield10y)).toBeLessThan(50);
    expect(small.market.panic).toBeLessThan(45);
    expect(small.results[0]?.backstop).toBe(false);
    expect(small.market.internals.backstops).toBe(0);
  });
});

describe("Japan's portfolio loss from a yield rise", () => {
  const yieldJump: Shock = {
    id: 'yield-jump',
    kind: 'data',
    title: { en: 'Yields jump' },
    description: { en: 'A bond sell-off.' },
    effect: { yieldBp: 50 },
    scheduledRounds: [],
  };

  it.each(SEEDS)('≈ −duration × Δy × holdings, within 15% (seed %i)', (seed) => {
    const game = newGame(SCENARIO, seed);
    const shocked = { ...game, market: applyShock(game.market, yieldJump, SCENARIO.model).market };
    const after = playRound(shocked);
    const deltaYield = (after.market.yield10y - game.market.yield10y) / 100;
    const expected =
      -SCENARIO.model.tokyoPortfolioDuration * deltaYield * SCENARIO.startingMarket.tokyoHoldingsBn;
    const pnl = after.books.tokyo.portfolioPnlBn;
    expect(deltaYield).toBeGreaterThan(0.003);
    expect(Math.abs(pnl - expected)).toBeLessThanOrEqual(0.15 * Math.abs(expected));
    expect(after.market.holdingsValueBn).toBeCloseTo(SCENARIO.startingMarket.tokyoHoldingsBn + pnl, 6);
  });

  it('+50bp on $1,131bn costs $30–45bn (calibration mapping 8)', () => {
    const market = newGame().market;
    const shocked = applyShock(market, yieldJump, SCENARIO.model).market;
    const loss = market.holdingsValueBn - shocked.holdingsValueBn;
    expect(bp(market.yield10y, shocked.yield10y)).toBeCloseTo(50, 6);
    expect(loss).toBeGreaterThanOrEqual(30);
    expect(loss).toBeLessThanOrEqual(45);
  });

  it("selling pushes yields up against the seller: Tokyo's remaining holdings lose value", () => {
    const after = playRound(newGame(SCENARIO, 7), {
      tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 100 }),
    });
    expect(after.market.tokyoHoldingsBn).toBe(SCENARIO.startingMarket.tokyoHoldingsBn - 100);
    expect(after.books.tokyo.portfolioPnlBn).toBeLessThan(-10);
    expect(after.books.tokyo.netSalesBn).toEqual([100]);
  });
});
