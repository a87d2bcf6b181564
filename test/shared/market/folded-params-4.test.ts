import { describe, expect, it } from 'vitest';
import { aboveFloor } from '../../../shared/market/books.ts';
import { unboundedMortgageSpreadBp } from '../../../shared/market/economy.ts';
import { YIELD_MIN_PCT } from '../../../shared/market/transmission.ts';
import { MAX_LOBBYING_SPEND_M, TokyoMoveSchema } from '../../../shared/protocol/moves.ts';
import { newGame, playRound, quietScenario, SCENARIO, standingMoves } from './fixture.ts';

/**
 * Session 11 removed [judgement] parameters that no game of the default scenario could tell from their
 * absence, or that stated one rule twice (docs/market-model.md, "Parameters"): each test shows why with
 * the model's own bounds, or pins the folded rule.
 */
const params = SCENARIO.model;
const start = SCENARIO.startingMarket;

describe('removed parameters (session 11)', () => {
  it('approval never comes near the 75% that approvalMax capped it at: every driver at its bound gives 69.5%', () => {
    // The cheapest mortgage any state reaches: the 10y at its floor, the spread narrowed as far as panic's
    // own floor lets it (the mortgage spread moves with panic against its start).
    const narrowestSpreadBp = Math.max(
      params.mortgageSpreadCalmBp,
      unboundedMortgageSpreadBp(start.mortgageSpreadBp, params.panicMin, start.panic, params),
    );
    const cheapestMortgagePct = YIELD_MIN_PCT + narrowestSpreadBp / 100;
    const firstDayMortgagePct = start.yield10y + start.mortgageSpreadBp / 100;
    const largestPledgeBn = TokyoMoveSchema.shape.investmentPledgeBn.maxValue ?? Number.NaN;
    // Lobbying for tariffs every round at the most a business may spend: events kept at their steady state.
    const lobbyingPts = params.lobbyingApprovalPer100M * Math.sqrt(MAX_LOBBYING_SPEND_M / 100);
    const raw =
      start.approval +
      params.approvalPerMortgagePp * (firstDayMortgagePct - cheapestMortgagePct) +
      params.approvalPerDeal * params.approvalDealsCounted +
      (params.approvalPerPledge100Bn * largestPledgeBn) / 100 +
      lobbyingPts / params.newsFadePerRound;
    // The standing tone is hawkish, so no tone adds to it; a climb-down and a breach only take away.
    expect(SCENARIO.standingMoves.whiteHouse).toMatchObject({ stance: 'hawkish' });
    expect(narrowestSpreadBp).toBeCloseTo(217.8, 1);
    expect(largestPledgeBn).toBe(1000);
    expect(raw).toBeCloseTo(69.55, 2);
    expect(aboveFloor(raw, params)).toBeLessThan(75);
  });

  it('news fades at one pace: voters keep 70% of a one-off approval event a round, as the market keeps 70% of its suspicion', () => {
    // A quiet week (no noise, no trend), so nothing but the fade moves belief or approval.
    const quiet = quietScenario();
    const game = newGame(quiet);
    const suspicious = { ...game, market: { ...game.market, sellingBelief: 0.6 } };
    const faded = playRound(suspicious);
    const beliefKept = (faded.market.sellingBelief - params.beliefPrior) / (0.6 - params.beliefPrior);
    expect(beliefKept).toBeCloseTo(0.7, 2);

    // $400m of lobbying for tariffs is an approval event of 0.3 × √4 = 0.6 points; a round later 0.42 is left.
    const lobbying = {
      ...standingMoves(quiet).usBusiness,
      lobbyingDirection: 'forTariffs',
      lobbyingSpendM: 400,
    } as const;
    const lobbied = playRound(newGame(quiet), { usBusiness: lobbying });
    const after = playRound(lobbied);
    expect(lobbied.market.internals.approvalEventsPts).toBeCloseTo(0.6, 9);
    expect(after.market.internals.approvalEventsPts).toBeCloseTo(0.42, 9);
  });
});
