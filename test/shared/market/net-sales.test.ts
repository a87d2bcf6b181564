import { describe, expect, it } from 'vitest';
import { netTreasurySalesBn } from '../../../shared/market/index.ts';
import { newGame, playRound, SCENARIO, tokyoMove, withParams } from './fixture.ts';

const START = SCENARIO.startingMarket.tokyoHoldingsBn;
const PARAMS = SCENARIO.model;

describe("Tokyo's net Treasury sales: one definition", () => {
  it('counts the Treasury action, skipped auctions and yen intervention', () => {
    expect(netTreasurySalesBn(tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 100 }), PARAMS)).toBe(
      100,
    );
    expect(netTreasurySalesBn(tokyoMove({ treasuryAction: 'buy', treasuryAmountBn: 30 }), PARAMS)).toBe(-30);
    expect(netTreasurySalesBn(tokyoMove({ treasuryAction: 'hold', treasuryAmountBn: 150 }), PARAMS)).toBe(0);
    expect(netTreasurySalesBn(tokyoMove({ treasuryAction: 'skipAuctions' }), PARAMS)).toBe(20);
    expect(netTreasurySalesBn(tokyoMove({ treasuryAction: 'hold', yenIntervention: 'buyYen' }), PARAMS)).toBe(
      30,
    );
    expect(
      netTreasurySalesBn(
        tokyoMove({ treasuryAction: 'buy', treasuryAmountBn: 30, yenIntervention: 'buyYen' }),
        PARAMS,
      ),
    ).toBe(0);
    expect(
      netTreasurySalesBn(tokyoMove({ treasuryAction: 'hold', yenIntervention: 'sellYen' }), PARAMS),
    ).toBe(-30);
  });

  it('the model moves holdings by exactly that figure, whatever the scenario sets for skipped auctions', () => {
    const scenario = withParams({ skipAuctionsBn: 35, yenInterventionBn: 12 });
    const move = tokyoMove({ treasuryAction: 'skipAuctions', yenIntervention: 'buyYen' }, scenario);
    expect(netTreasurySalesBn(move, scenario.model)).toBe(47);
    const game = playRound(newGame(scenario, 5), { tokyo: move });
    expect(game.market.tokyoHoldingsBn).toBe(START - 47);
    expect(game.market.internals.salesByRound).toEqual([47]);
  });
});
