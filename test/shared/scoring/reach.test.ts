import { describe, expect, it } from 'vitest';
import { initialBooks, initialMarket } from '../../../shared/market/initial.ts';
import type { Books } from '../../../shared/market/types.ts';
import { DEFAULT_SCORING } from '../../../shared/scenario/default-scoring.ts';
import { metricReach } from '../../../shared/scoring/reach.ts';
import { isPinnedScore, mapToScore, REACH_SCORE_GAP, scoreCardFor } from '../../../shared/scoring/score.ts';
import { policyNamed } from '../../../shared/sim/strategies/index.ts';
import { playRow } from '../../../shared/sim/strategies/rows.ts';
import { SCENARIO } from '../market/fixture.ts';

/**
 * The fund's scores reach as far as legal play can (issue 8): a 2× bet in one market is judged as the
 * gamble it was, badly or well, but it still reads, instead of sitting at 0 or 100 in half the games.
 */

const mapping = { shape: 'higherIsBetter' as const, target: 2, scale: 8.5 };

/** A fund's book after six rounds in which a legal book could have lost or gained 8% a round against a flat benchmark. */
function stormyBook(fundValue: number, activeVariance: number): Books {
  const books = initialBooks(SCENARIO);
  return {
    ...books,
    investors: {
      fundValue,
      benchmarkValue: 100,
      lastReturnPct: 0,
      activeVariance,
      legalRange: Array.from({ length: 6 }, () => ({ lowPct: -8, highPct: 8, benchmarkPct: 0 })),
    },
  };
}

describe("the fund's reach", () => {
  it('reads the worst and best value added legal play could reach from the round-by-round range', () => {
    const reach = metricReach('fundValueAddedPct', stormyBook(100, 0), SCENARIO);
    // Each round the worst is −8 points charged 0.1 × 64: compounded over six rounds, less 0.1 × 6 × 64.
    expect(reach?.low).toBeCloseTo((0.92 ** 6 - 1) * 100 - 0.1 * 6 * 64, 9);
    // The best is 5 points a round (where 1 − 2λa = 0), charged 0.1 × 25.
    expect(reach?.high).toBeCloseTo((1.05 ** 6 - 1) * 100 - 0.1 * 6 * 25, 9);
    const returns = metricReach('fundReturnPct', stormyBook(100, 0), SCENARIO);
    expect(returns?.low).toBeCloseTo((0.92 ** 6 - 1) * 100, 9);
    expect(returns?.high).toBeCloseTo((1.08 ** 6 - 1) * 100, 9);
    // Outcomes the model knows no bound for have no reach: their tails stay as they were.
    expect(metricReach('usdJpyDistancePct', stormyBook(100, 0), SCENARIO)).toBeNull();
  });

  it('the worst legal value added reads 1 point, not 0, and a worse bet still reads lower than a bad one', () => {
    const reach = metricReach('fundValueAddedPct', stormyBook(100, 0), SCENARIO)!;
    expect(mapToScore(reach.low!, mapping, reach)).toBeCloseTo(REACH_SCORE_GAP, 6);
    // Without the reach, a score sits at 0 from about −15.6 points down: −40 and −70 read the same.
    expect(isPinnedScore(mapToScore(-40, mapping))).toBe(true);
    const bad = mapToScore(-40, mapping, reach);
    const worse = mapToScore(-70, mapping, reach);
    expect(isPinnedScore(bad)).toBe(false);
    expect(bad).toBeGreaterThan(worse + 0.5);
    expect(worse).toBeGreaterThan(REACH_SCORE_GAP);
    // Play near the line is charged as before: the tail starts at 20 points with the line's own slope.
    const atBend = mapToScore(2 - 0.6 * 8.5, mapping, reach);
    expect(atBend).toBeCloseTo(20, 9);
    const step = 1e-4;
    expect(atBend - mapToScore(2 - 0.6 * 8.5 - step, mapping, reach)).toBeCloseTo((50 / 8.5) * step, 6);
  });

  it('a fund that stays near the benchmark in calm markets keeps the old e-fold tail', () => {
    const calm = stormyBook(99, 30);
    calm.investors.legalRange = calm.investors.legalRange.map(() => ({
      lowPct: -0.5,
      highPct: 0.5,
      benchmarkPct: 0,
    }));
    const reach = metricReach('fundValueAddedPct', calm, SCENARIO)!;
    expect(mapToScore(-5, mapping, reach)).toBeCloseTo(mapToScore(-5, mapping), 12);
  });

  it('scores the component on the card with its reach', () => {
    const market = initialMarket(SCENARIO);
    const card = scoreCardFor('investors', market, stormyBook(70, 900), SCENARIO);
    const valueAdded = card.components.find((part) => part.id === 'valueAdded')!;
    // −30 points behind and 900 %² of active variance: −120 points of value added, far past the line.
    expect(valueAdded.value).toBeCloseTo(-120, 9);
    expect(isPinnedScore(valueAdded.score)).toBe(false);
    expect(valueAdded.score).toBeLessThan(5);
  });

  it('2× in one market never pins a component at 0 or 100 in the audit’s games, and still scores badly', () => {
    for (const name of ['yenMax', 'japanEquitiesMax', 'flipFlop']) {
      const records = playRow({ games: 6, seed: 1 }, 'investors', {
        policy: policyNamed('investors', name),
      });
      for (const record of records) {
        for (const [id, score] of Object.entries(record.components)) {
          expect(isPinnedScore(score), `${name} game ${record.index}: ${id} ${score}`).toBe(false);
        }
      }
      const mean = records.reduce((sum, record) => sum + record.scores.investors, 0) / records.length;
      expect(mean, name).toBeLessThan(50);
    }
  });
});

describe("the tariff's reach (Tokyo's relief)", () => {
  const relief = DEFAULT_SCORING.tokyo.find((rule) => rule.id === 'tariffRelief')!;
  const books = initialBooks(SCENARIO);

  it('spans the tariffs the White House may set: none to 50% on headline and autos alike', () => {
    expect(metricReach('effectiveTariffPct', books, SCENARIO)).toEqual({ low: 0, high: 50 });
  });

  it('reads the highest legal tariff 1 point and a 40% tariff above it, not 0', () => {
    const reach = metricReach('effectiveTariffPct', books, SCENARIO);
    const at = (tariffPct: number) => mapToScore(tariffPct, relief.mapping, reach);
    expect(at(50)).toBeCloseTo(REACH_SCORE_GAP, 6);
    // The e-fold tail read a 40% tariff 0.4 and 50% 0.03 with the line centred on 12%: both pinned at 0.
    expect(isPinnedScore(mapToScore(40, relief.mapping))).toBe(true);
    expect(at(40)).toBeGreaterThan(1.5);
    expect(at(40)).toBeGreaterThan(at(50) + 0.5);
    // Inside the line (20–80 points) the tariff reads as before: the reach bends only the tail.
    for (const tariffPct of [5, 12, 18])
      expect(at(tariffPct)).toBeCloseTo(mapToScore(tariffPct, relief.mapping), 12);
  });
});
