import { describe, expect, it } from 'vitest';
import { reactToStatement } from '../../../shared/market/index.ts';
import { newGame, playRound, SCENARIO, tokyoMove } from './fixture.ts';

const START = SCENARIO.startingMarket.tokyoHoldingsBn;
const LAG = SCENARIO.holdingsReportLagRounds;

describe("Tokyo's holdings: actual versus the lagged official report", () => {
  it('the report changes only when the lag has passed, and then with a headline', () => {
    expect(LAG).toBe(2);
    let game = playRound(newGame(SCENARIO, 8), {
      tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 60 }),
    });
    // The actual holdings fall at once; the public figure does not.
    expect(game.market.tokyoHoldingsBn).toBe(START - 60);
    expect(game.market.reportedHoldingsBn).toBe(START);
    expect(game.market.reportedAsOfRound).toBe(0);
    game = playRound(game);
    expect(game.market.reportedHoldingsBn).toBe(START);
    expect(game.market.reportedAsOfRound).toBe(0);
    game = playRound(game);
    expect(game.market.reportedHoldingsBn).toBe(START - 60);
    expect(game.market.reportedAsOfRound).toBe(1);
    const report = game.results[2]?.headlines.find((headline) => headline.key === 'news.holdingsReport');
    expect(report?.params).toEqual({ asOfRound: 1, holdingsBn: START - 60, changeBn: '-60' });
  });

  it('with no sales the report says so, and the belief that Tokyo sells relaxes', () => {
    let game = newGame(SCENARIO, 4);
    game = { ...game, market: reactToStatement(game.market, 'tokyo', 'threat', SCENARIO.model).market };
    for (let round = 0; round < 3; round++) game = playRound(game);
    const keys = game.results[2]?.headlines.map((headline) => headline.key);
    expect(keys).toContain('news.holdingsReportUnchanged');
    expect(game.market.reportedHoldingsBn).toBe(START);
    expect(game.market.sellingBelief).toBeLessThan(0.2);
  });

  it('a revealed sale raises the belief that Tokyo is selling', () => {
    let game = playRound(newGame(SCENARIO, 9), {
      tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 150 }),
    });
    game = playRound(game);
    const beliefBeforeReport = game.market.sellingBelief;
    game = playRound(game);
    expect(game.market.sellingBelief).toBeGreaterThan(beliefBeforeReport);
  });

  it('with a lag of zero the report is immediate', () => {
    const scenario = { ...SCENARIO, holdingsReportLagRounds: 0 };
    const game = playRound(newGame(scenario, 3), {
      tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 40 }, scenario),
    });
    expect(game.market.reportedHoldingsBn).toBe(START - 40);
    expect(game.market.reportedAsOfRound).toBe(1);
  });

  it('buying yen sells reserves: as secret as a sale, no headline names it and the report reveals it', () => {
    const bought = playRound(newGame(SCENARIO, 5), { tokyo: tokyoMove({ yenIntervention: 'buyYen' }) });
    const none = playRound(newGame(SCENARIO, 5));
    expect(bought.market.tokyoHoldingsBn).toBe(START - SCENARIO.model.yenInterventionBn);
    expect(bought.market.internals.salesByRound).toEqual([SCENARIO.model.yenInterventionBn]);
    // The round's news reads the same whether Tokyo intervened or not, but for the yen's jump, which the
    // table sees: its headline says no public news explains it and names neither Tokyo nor a sale.
    const keys = (game: typeof bought) => game.results[0]?.headlines.map((headline) => headline.key);
    const yenJump = 'news.yenStronger.unexplained';
    expect(keys(bought)?.filter((key) => key !== yenJump)).toEqual(keys(none));
    const jump = bought.results[0]?.headlines.find((headline) => headline.key === yenJump);
    expect(Object.keys(jump?.params ?? {})).toEqual(['pct']);
    expect(bought.market.usdJpy).toBeLessThan(none.market.usdJpy);
    const revealed = playRound(playRound(bought));
    const report = revealed.results[2]?.headlines.find((headline) => headline.key === 'news.holdingsReport');
    expect(report?.params).toEqual({
      asOfRound: 1,
      holdingsBn: START - SCENARIO.model.yenInterventionBn,
      changeBn: `-${SCENARIO.model.yenInterventionBn}`,
    });
  });

  it('a denial contradicted by the report costs Tokyo credibility; one confirmed earns a little', () => {
    let liar = newGame(SCENARIO, 6);
    liar = { ...liar, market: reactToStatement(liar.market, 'tokyo', 'denial', SCENARIO.model).market };
    liar = playRound(liar, { tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 80 }) });
    liar = playRound(playRound(liar));
    expect(liar.results[2]?.headlines.map((headline) => headline.key)).toContain('news.denialContradicted');
    expect(liar.market.credibility.tokyo).toBeLessThan(SCENARIO.startingMarket.credibility - 10);

    let honest = newGame(SCENARIO, 6);
    honest = { ...honest, market: reactToStatement(honest.market, 'tokyo', 'denial', SCENARIO.model).market };
    for (let round = 0; round < 3; round++) honest = playRound(honest);
    expect(honest.market.credibility.tokyo).toBeGreaterThanOrEqual(SCENARIO.startingMarket.credibility);
  });
});
