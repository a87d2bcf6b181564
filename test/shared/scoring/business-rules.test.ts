import { describe, expect, it } from 'vitest';
import { initialBooks, initialMarket } from '../../../shared/market/initial.ts';
import type { Books } from '../../../shared/market/types.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { isPinnedScore, scoreCardFor } from '../../../shared/scoring/score.ts';

/**
 * US businesses are judged mostly on what they did with the tariff (profit against a peer that kept the
 * starting sheet in the same market), so a business's own play, not the table it sits at, decides its score.
 */
const scenario = DEFAULT_SCENARIO;
const market = initialMarket(scenario);

function cardWith(business: Partial<Books['usBusiness']>) {
  const books = initialBooks(scenario);
  return scoreCardFor(
    'usBusiness',
    market,
    { ...books, usBusiness: { ...books.usBusiness, ...business } },
    scenario,
  );
}

const edgeOf = (profitBn: number) =>
  cardWith({ profitBn, peerProfitBn: 0 }).components.find((part) => part.id === 'edge')!;

describe('US business scoring', () => {
  it('weighs the edge over the peer at more than half of the score', () => {
    const weights = Object.fromEntries(scenario.scoring.usBusiness.map((rule) => [rule.id, rule.weight]));
    expect(weights.edge).toBeGreaterThan(0.5);
    expect(weights.profit! + weights.sales! + weights.borrowingCost!).toBeLessThan(0.5);
  });

  it('scores a business that did exactly what its peer did at 50 on the edge', () => {
    expect(edgeOf(0).score).toBeCloseTo(50, 6);
  });

  it('tells a reckless $6.5bn loss against the peer from a $3bn one, and pins neither', () => {
    const reckless = edgeOf(-6.5).score;
    const bad = edgeOf(-3).score;
    expect(isPinnedScore(reckless)).toBe(false);
    expect(isPinnedScore(bad)).toBe(false);
    expect(bad - reckless).toBeGreaterThan(3);
  });
});
