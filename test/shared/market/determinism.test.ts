import { describe, expect, it } from 'vitest';
import {
  applyShock,
  initialBooks,
  initialMarket,
  reactToStatement,
  resolveRound,
  tickMarket,
} from '../../../shared/market/index.ts';
import type { RoundResult } from '../../../shared/market/types.ts';
import { createRng } from '../../../shared/rng.ts';
import { perRole } from '../../../shared/roles.ts';
import { SCENARIO, standingMoves, tokyoMove, whiteHouseMove } from './fixture.ts';

/** A short game with ticks, statements, a shock and sealed moves, from one seed. */
function playScript(seed: number): { results: RoundResult[]; rngState: number } {
  const rng = createRng(seed);
  let market = initialMarket(SCENARIO);
  let books = initialBooks(SCENARIO);
  const results: RoundResult[] = [];
  const shock = SCENARIO.shocks[0];
  for (let round = 1; round <= 4; round++) {
    for (let tick = 0; tick < 20; tick++) market = tickMarket(market, 2, rng, SCENARIO.model);
    market = reactToStatement(market, 'tokyo', round % 2 === 1 ? 'hint' : 'denial', SCENARIO.model).market;
    if (round === 2 && shock) market = applyShock(market, shock, SCENARIO.model).market;
    const moves = {
      ...standingMoves(),
      tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 20 * round }),
      whiteHouse: whiteHouseMove({ tariffPct: 24 - 3 * round }),
    };
    const result = resolveRound(
      market,
      books,
      { round, moves, dealsInForce: 0, dealsWithTokyo: 0, breachesByRole: perRole(() => 0) },
      rng,
      SCENARIO,
    );
    results.push(result);
    market = result.market;
    books = result.books;
  }
  return { results, rngState: rng.state() };
}

describe('determinism', () => {
  it('the same seed and inputs give identical states, books and headlines', () => {
    const first = playScript(2025);
    const second = playScript(2025);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('a different seed gives a different path', () => {
    const first = playScript(2025);
    const other = playScript(2026);
    expect(other.results[3]?.market.yield10y).not.toBe(first.results[3]?.market.yield10y);
    expect(other.results[3]?.market.usEquity).not.toBe(first.results[3]?.market.usEquity);
  });

  it('never mutates its inputs', () => {
    const market = initialMarket(SCENARIO);
    const books = initialBooks(SCENARIO);
    const marketCopy = structuredClone(market);
    const booksCopy = structuredClone(books);
    const rng = createRng(5);
    tickMarket(market, 2, rng, SCENARIO.model);
    reactToStatement(market, 'tokyo', 'threat', SCENARIO.model);
    resolveRound(
      market,
      books,
      {
        round: 1,
        moves: standingMoves(),
        dealsInForce: 0,
        dealsWithTokyo: 0,
        breachesByRole: perRole(() => 0),
      },
      rng,
      SCENARIO,
    );
    expect(market).toEqual(marketCopy);
    expect(books).toEqual(booksCopy);
  });

  it('state is plain data: it survives a JSON round trip unchanged', () => {
    const { results } = playScript(11);
    const last = results[3]!;
    expect(JSON.parse(JSON.stringify(last.market))).toEqual(last.market);
    expect(JSON.parse(JSON.stringify(last.books))).toEqual(last.books);
  });
});
