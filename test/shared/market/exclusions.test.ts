import { describe, expect, it } from 'vitest';
import { exclusionShareAfter, tariffBurdenPct } from '../../../shared/market/economy.ts';
import type { UsBusinessMove } from '../../../shared/protocol/moves.ts';
import { type Game, newGame, playRound, SCENARIO, standingMoves, whiteHouseMove } from './fixture.ts';

/**
 * Lobbying wins product exclusions for the lobbyist's own imports (Section 301's process; GAO-21-506): a
 * private return that the peer, which kept the starting sheet, does not get. Before issue 8's business pass
 * lobbying only moved panic and approval, a public effect every business shared, so it never paid.
 */
const params = SCENARIO.model;

function business(changes: Partial<UsBusinessMove>): UsBusinessMove {
  return { ...standingMoves().usBusiness, ...changes };
}

function play(rounds: number, sheet: (round: number) => Partial<UsBusinessMove>, tariffPct = 24): Game {
  let game = newGame(SCENARIO, 21);
  const whiteHouse = whiteHouseMove({ tariffPct, autoTariffPct: tariffPct });
  for (let round = 1; round <= rounds; round++) {
    game = playRound(game, { whiteHouse, usBusiness: business(sheet(round)) });
  }
  return game;
}

const edgeOf = (game: Game) => game.books.usBusiness.profitBn - game.books.usBusiness.peerProfitBn;

describe('lobbying wins exclusions for the business’s own imports', () => {
  it('a round’s $100m wins exclusionSharePer100M of its imports, with √ returns, never past the cap', () => {
    const against = business({ lobbyingSpendM: 100, lobbyingDirection: 'againstTariffs' });
    expect(params.exclusionSharePer100M).toBe(0.05);
    expect(exclusionShareAfter(0, against, 24, params)).toBeCloseTo(0.05, 12);
    const four = business({ lobbyingSpendM: 400 });
    // Four times the money wins twice the share.
    expect(exclusionShareAfter(0, four, 24, params)).toBeCloseTo(0.1, 12);
    const two = business({ lobbyingSpendM: 200 });
    expect(exclusionShareAfter(0.05, two, 24, params)).toBeCloseTo(0.1, 12);
  });

  it('wins nothing for tariffs, nor against the uncontested 10% baseline, nor for no money', () => {
    expect(
      exclusionShareAfter(
        0.02,
        business({ lobbyingSpendM: 300, lobbyingDirection: 'forTariffs' }),
        24,
        params,
      ),
    ).toBe(0.02);
    expect(exclusionShareAfter(0, business({ lobbyingSpendM: 300 }), 10, params)).toBe(0);
    expect(exclusionShareAfter(0.04, business({ lobbyingSpendM: 0 }), 24, params)).toBe(0.04);
  });

  it('excluded imports escape the tariff the business pays: burden × (1 − excluded)', () => {
    const market = newGame().market;
    expect(tariffBurdenPct(market, 0.1)).toBeCloseTo(market.effectiveTariffPct * 0.9, 12);
  });

  it('the book keeps what was won; the exclusions spare the bill from the round after', () => {
    const once = play(1, () => ({ lobbyingSpendM: 100 }));
    expect(once.books.usBusiness.exclusionShare).toBeCloseTo(0.05, 12);
    // Round 1 pays the spend and has no exclusion yet: its edge is the spend and the pressure's nudge.
    expect(edgeOf(once)).toBeLessThan(-0.05);
    const later = play(4, (round) => ({ lobbyingSpendM: round === 1 ? 100 : 0 }));
    expect(later.books.usBusiness.exclusionShare).toBeCloseTo(0.05, 12);
    // Three rounds of a 5% exclusion at 24% earn the $100m back and more.
    expect(edgeOf(later)).toBeGreaterThan(0.1);
  });

  it('the maximum wastes money: $500m a round reaches the cap at once and then buys nothing', () => {
    const measured = play(6, (round) => ({ lobbyingSpendM: round <= 2 ? 100 : 0 }));
    const maximum = play(6, () => ({ lobbyingSpendM: 500 }));
    expect(maximum.books.usBusiness.exclusionShare).toBeCloseTo(params.exclusionMaxShare, 12);
    expect(edgeOf(measured)).toBeGreaterThan(0);
    expect(edgeOf(maximum)).toBeLessThan(edgeOf(measured) - 1.5);
  });

  it('an exclusion is worth what the tariff is: at the 50% tariff it pays more than at 24%', () => {
    const sheet = (round: number) => ({ lobbyingSpendM: round === 1 ? 200 : 0 });
    const high = play(6, sheet, 50);
    const low = play(6, sheet, 24);
    expect(edgeOf(high)).toBeGreaterThan(edgeOf(low) + 0.2);
  });
});
