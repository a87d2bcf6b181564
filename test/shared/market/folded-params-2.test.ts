import { describe, expect, it } from 'vitest';
import { publishHoldingsReport } from '../../../shared/market/holdings-report.ts';
import { reactToStatement } from '../../../shared/market/statements.ts';
import { draftOf } from '../../../shared/market/transmission.ts';
import type { MarketState } from '../../../shared/market/types.ts';
import { newGame, SCENARIO } from './fixture.ts';

/**
 * Session 7 folded [judgement] parameters that stated one rule twice (docs/market-model.md, "Parameters"):
 * each test pins the folded rule with numbers the replaced parameters gave differently.
 */
const params = SCENARIO.model;

describe('folded parameters (session 7)', () => {
  it("cheap talk costs one size whoever talks: Tokyo's unproven repeated threat and a fund's note talking its whole book", () => {
    const start = newGame().market;
    // Tokyo threatens in round 1 and repeats it in round 2 before any report: the repeat is unproven talk.
    const threatened = reactToStatement(start, 'tokyo', 'threat', params).market;
    const nextRound: MarketState = {
      ...threatened,
      internals: { ...threatened.internals, currentRound: threatened.internals.currentRound + 1 },
    };
    const repeated = reactToStatement(nextRound, 'tokyo', 'threat', params).market;
    const tokyoCost = nextRound.credibility.tokyo - repeated.credibility.tokyo;
    // A fund at 200% US stocks publishing a bullish note talks its book at full stretch.
    const allIn: MarketState = {
      ...start,
      internals: { ...start.internals, investorWeights: [0, 0, 200, 0, 0] },
    };
    const noted = reactToStatement(allIn, 'investors', 'bullish', params).market;
    const fundCost = allIn.credibility.investors - noted.credibility.investors;
    // Until session 7: 4 points for Tokyo's repeat, 5 for the fund's note.
    expect(tokyoCost).toBe(4);
    expect(fundCost).toBe(tokyoCost);
    // Above the round's recovery, so talk without proof every round loses ground every round.
    expect(tokyoCost).toBeGreaterThan(params.credibilityRecoveryPerRound);
  });

  it('the report reads revealed sales as the price reads an unexplained move: $100bn as the bp it makes', () => {
    const market = newGame().market;
    const lag = SCENARIO.holdingsReportLagRounds;
    const draft = draftOf({ ...market, internals: { ...market.internals, salesByRound: [100] } });
    publishHoldingsReport(draft, 1 + lag, lag, params);
    const rise = draft.sellingBelief - market.sellingBelief;
    // What 36bp (flowBpPer100Bn, the Kansas City Fed's survey) of unexplained rise adds at 0.005 a bp: 0.18.
    // Until session 7 the report had its own 0.2.
    expect(rise).toBeCloseTo(params.beliefPerUnexplainedBp * params.flowBpPer100Bn, 9);
    expect(rise).toBeCloseTo(0.18, 9);
  });
});
