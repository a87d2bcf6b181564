import { describe, expect, it } from 'vitest';
import { initialBooks, initialMarket } from '../../../shared/market/initial.ts';
import type { Books } from '../../../shared/market/types.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { isPinnedScore, mappingAt, scoreCardFor } from '../../../shared/scoring/score.ts';
import { runHeadlessGame } from '../../../shared/sim/headless.ts';

/**
 * US businesses are judged mostly on what they did with the tariff (profit against a peer that kept the
 * starting sheet in the same market), so a business's own play, not the table it sits at, decides its score.
 */
const scenario = DEFAULT_SCENARIO;
const market = initialMarket(scenario);

function cardWith(business: Partial<Books['usBusiness']>, gameRounds = scenario.rounds) {
  const books = initialBooks(scenario);
  return scoreCardFor(
    'usBusiness',
    market,
    { ...books, usBusiness: { ...books.usBusiness, ...business } },
    scenario,
    1,
    gameRounds,
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

  it('reads the same edge each week alike in a four-, six- and eight-round game', () => {
    // $0.1bn above the peer each week: a total that grows with the game.
    const edgeOf = (rounds: number) =>
      cardWith(
        { profitBn: -2.4, peerProfitBn: -2.4 - 0.1 * rounds, roundsBooked: rounds },
        rounds,
      ).components.find((part) => part.id === 'edge')!.score;
    expect(edgeOf(6)).toBeGreaterThan(60);
    for (const rounds of [4, 8]) expect(edgeOf(rounds), `${rounds} rounds`).toBeCloseTo(edgeOf(6), 6);
  });

  it('stretches the edge’s target and scale with the rounds played, not profit against the no-tariff path', () => {
    const edge = scenario.scoring.usBusiness.find((rule) => rule.id === 'edge')!;
    const eight = mappingAt(edge, scenario, 1, 8);
    expect(eight.target).toBeCloseTo((edge.mapping.target * 8) / 6, 9);
    expect(eight.scale).toBeCloseTo((edge.mapping.scale * 8) / 6, 9);
    // Halfway through an eight-round game the target is four rounds' worth, as in a six-round one.
    expect(mappingAt(edge, scenario, 0.5, 8).target).toBeCloseTo((edge.mapping.target * 4) / 6, 9);
    expect(mappingAt(edge, scenario, 1, 6)).toEqual(edge.mapping);
    // The tariff's cost is mostly paid before the standoff settles: a longer game does not multiply it.
    const profit = scenario.scoring.usBusiness.find((rule) => rule.id === 'profit')!;
    expect(mappingAt(profit, scenario, 1, 8)).toEqual(profit.mapping);
  });

  it('scores a four-round game against four rounds’ targets in the engine', () => {
    const { state } = runHeadlessGame({ seed: 7, rounds: 4 });
    const { market: end, books } = state;
    const card = state.scores.usBusiness;
    expect(card.total).toBeCloseTo(scoreCardFor('usBusiness', end, books, scenario, 1, 4).total, 9);
    expect(card.total).not.toBeCloseTo(scoreCardFor('usBusiness', end, books, scenario, 1, 6).total, 3);
  });
});
