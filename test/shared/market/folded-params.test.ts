import { describe, expect, it } from 'vitest';
import { checkBackstop } from '../../../shared/market/backstop.ts';
import { reactToDeal } from '../../../shared/market/deal-reaction.ts';
import { reactToStatement, resolveRound } from '../../../shared/market/index.ts';
import { credibilityScale } from '../../../shared/market/transmission.ts';
import type { MarketState } from '../../../shared/market/types.ts';
import { createRng } from '../../../shared/rng.ts';
import { perRole } from '../../../shared/roles.ts';
import { newGame, playRound, SCENARIO, standingMoves, tokyoMove } from './fixture.ts';

/**
 * Session 6 folded [judgement] parameters into rules stated once (docs/market-model.md, "Parameters"): each
 * test pins the folded rule's numbers, which the parameters it replaced gave differently.
 */
const params = SCENARIO.model;

function withInternals(market: MarketState, changes: Partial<MarketState['internals']>): MarketState {
  return { ...market, internals: { ...market.internals, ...changes } };
}

function withTokyoCredibility(market: MarketState, tokyo: number): MarketState {
  return { ...market, credibility: { ...market.credibility, tokyo } };
}

describe('folded parameters', () => {
  it("words' premium and policy chaos keep the share of a round that panic keeps (the VIX's April 2025 fade)", () => {
    const game = newGame();
    const stirred = { ...game, market: withInternals(game.market, { signalYieldBp: 10, policyChaos: 0.5 }) };
    const after = playRound(stirred).market.internals;
    expect(after.signalYieldBp).toBeCloseTo(10 * params.panicRetentionPerRound, 9);
    expect(after.policyChaos).toBeCloseTo(0.5 * params.panicRetentionPerRound, 9);
    expect(params.panicRetentionPerRound).toBeCloseTo(0.41, 2);
  });

  it('a bluff call that works takes back what a denial at zero credibility does, scaled by the caller', () => {
    const threatened = reactToStatement(
      withTokyoCredibility(newGame().market, 30),
      'tokyo',
      'threat',
      params,
    ).market;
    const called = reactToStatement(threatened, 'whiteHouse', 'callBluff', params).market;
    const reversal = params.denialReversalMin * credibilityScale(threatened.credibility.whiteHouse, params);
    expect(called.internals.signalYieldBp).toBeCloseTo(
      threatened.internals.signalYieldBp * (1 - reversal),
      9,
    );
    const gap = threatened.sellingBelief - params.beliefPrior;
    expect(gap).toBeGreaterThan(0);
    expect(called.sellingBelief - params.beliefPrior).toBeCloseTo(gap * (1 - reversal), 9);
  });

  it('a bluff call on a credible Tokyo is one hawkish step more: panic + stancePanic × the caller’s scale', () => {
    const market = withTokyoCredibility(newGame().market, 80);
    const called = reactToStatement(market, 'whiteHouse', 'callBluff', params).market;
    const hawkish = reactToStatement(market, 'whiteHouse', 'hawkish', params).market;
    const scale = credibilityScale(market.credibility.whiteHouse, params);
    expect(called.panic - market.panic).toBeCloseTo(params.stancePanic * scale, 9);
    expect(called.panic).toBeCloseTo(hawkish.panic, 9);
  });

  it('a backstop undoes the rise beyond its trigger bp for bp, and the yield panic beyond its trigger adds', () => {
    const market = newGame().market;
    const rising = (riseBp: number, panic: number) =>
      checkBackstop(
        { ...market, yield10y: market.internals.roundStartYield10y + riseBp / 100, panic },
        panic,
        5,
        params,
      );
    // A $150bn-sized jump: 80bp in a round, panic calm. 20 + (80 − 50) = 50bp.
    const jump = rising(80, 30);
    expect(jump.fire).toBe(true);
    expect(jump.sizeBp).toBeCloseTo(params.backstopMinBp + 80 - params.backstopRiseTriggerBp, 9);
    expect(jump.sizeBp).toBeCloseTo(50, 9);
    // A failing market: panic 70 while the 10y creeps up 10bp. 20 + 0.75 × 10 = 27.5bp.
    const failing = rising(10, 70);
    expect(failing.fire).toBe(true);
    expect(failing.sizeBp).toBeCloseTo(params.backstopMinBp + params.sellAmericaBpPerPanicPt * 10, 9);
    // Never more than the largest operation on record.
    expect(rising(200, 80).sizeBp).toBe(params.backstopMaxBp);
  });

  it('a public White House breach takes back the approval a deal in force earns', () => {
    const game = newGame();
    const resolveWith = (breaches: number) =>
      resolveRound(
        game.market,
        game.books,
        {
          round: 1,
          moves: standingMoves(),
          dealsInForce: 0,
          dealsWithTokyo: 0,
          breachesByRole: { ...perRole(() => 0), whiteHouse: breaches },
        },
        createRng(7),
        SCENARIO,
      ).books.whiteHouse.approval;
    // approvalPerDeal (1.5), a little less where approval sinks ever slower towards its floor; until
    // session 6 a breach cost its own 2 points.
    const lost = resolveWith(0) - resolveWith(1);
    expect(lost).toBeGreaterThan(0.9 * params.approvalPerDeal);
    expect(lost).toBeLessThanOrEqual(params.approvalPerDeal);
  });

  it('a signed promise of no net sales is read as a clean holdings report', () => {
    const suspicious = { ...newGame().market, sellingBelief: 0.6 };
    const signed = reactToDeal(suspicious, [{ kind: 'noNetSales', role: 'tokyo' }], params);
    const gap = 0.6 - params.beliefPrior;
    expect(signed.sellingBelief).toBeCloseTo(0.6 - params.reportNoSalesBeliefCut * gap, 9);
  });

  it('the line that carries a threat out also breaks a denial: a skipped month of auctions, not $15bn', () => {
    const reportAfterDenial = (salesBn: number) => {
      let game = newGame(SCENARIO, 12);
      game = { ...game, market: reactToStatement(game.market, 'tokyo', 'denial', params).market };
      game = playRound(game, { tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: salesBn }) });
      for (let round = 1; round <= 3; round++) game = playRound(game);
      return game.results.flatMap((result) => result.headlines.map((headline) => headline.key));
    };
    expect(params.skipAuctionsBn).toBe(20);
    expect(reportAfterDenial(15)).not.toContain('news.denialContradicted');
    expect(reportAfterDenial(params.skipAuctionsBn)).toContain('news.denialContradicted');
  });
});
