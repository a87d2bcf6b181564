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

/** The edge component's score after a six-round game that ended `edgeBn` above the peer. */
const edgeScore = (edgeBn: number) =>
  cardWith({ profitBn: edgeBn, peerProfitBn: 0, roundsBooked: 6 }).components.find(
    (part) => part.id === 'edge',
  )!.score;

describe('US business scoring', () => {
  it('weighs the edge over the peer at four fifths of the score', () => {
    const weights = Object.fromEntries(scenario.scoring.usBusiness.map((rule) => [rule.id, rule.weight]));
    expect(weights.edge).toBeCloseTo(0.8, 9);
    // Sales volume and borrowing cost are in the edge (margin × volume, the hedged rate): not read twice.
    expect(Object.keys(weights).sort()).toEqual(['edge', 'profit']);
  });

  it('reads 50 on the edge at what a middling business earns over the peer, below 50 for matching it', () => {
    const middling = scenario.scoring.usBusiness.find((rule) => rule.id === 'edge')!.mapping.target;
    expect(middling).toBeGreaterThan(0);
    expect(edgeScore(middling)).toBeCloseTo(50, 6);
    expect(edgeScore(0)).toBeLessThan(47);
  });

  it('reads what good play gains, $0.3bn over the peer, at least 8 points of the total', () => {
    const even = cardWith({ profitBn: -3, peerProfitBn: -3, roundsBooked: 6 }).total;
    const ahead = cardWith({ profitBn: -2.7, peerProfitBn: -3, roundsBooked: 6 }).total;
    expect(ahead - even).toBeGreaterThanOrEqual(8);
  });

  it('stretches the edge to what a whole game of spending can lose, pinning neither that nor a $2bn loss', () => {
    // Six rounds of the maximum lobbying ($500m) and a full supply-chain shift (five steps of $0.5bn): $5.5bn.
    const reckless = edgeScore(-5.5);
    const bad = edgeScore(-2);
    expect(isPinnedScore(reckless)).toBe(false);
    expect(reckless).toBeLessThan(1.5);
    expect(isPinnedScore(bad)).toBe(false);
    expect(bad - reckless).toBeGreaterThan(3);
  });
});
