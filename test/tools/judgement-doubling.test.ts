import { describe, expect, it } from 'vitest';
import { PARAM_SOURCES } from '../../shared/market/index.ts';
import { judgementParams, runJudgementDoubling } from '../../tools/judgement-doubling.ts';
import { CALIBRATION_CHECKS } from '../shared/market/calibration-checks.ts';
import { SCENARIO } from '../shared/market/fixture.ts';

describe('what doubling a [judgement] parameter changes (npm run test:mutants -- --judgement)', () => {
  it('doubles exactly the [judgement] parameters', () => {
    const names = judgementParams();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => PARAM_SOURCES[name] === 'judgement')).toBe(true);
    expect(names).not.toContain('flowBpPer100Bn');
  });

  it('reads the checks a doubled parameter fails and the role means over the same paired games', () => {
    const report = runJudgementDoubling(SCENARIO, {
      games: 2,
      backtestSeeds: 0,
      checks: CALIBRATION_CHECKS,
      only: ['beliefPerUnexplainedBp', 'callBluffCredibility', 'privateWordShare'],
    });
    const [report100, bluff, discount] = report.rows;
    expect(report.base.failedChecks).toEqual([]);
    // Evidence of selling that moves belief twice as much (in the price and in the report) makes a $100bn
    // sale move the 10y out of its range.
    expect(report100?.value).toBeCloseTo(2 * SCENARIO.model.beliefPerUnexplainedBp, 12);
    expect(report100?.failedChecks.some((name) => name.startsWith('$100bn official sale'))).toBe(true);
    // Bots never call a bluff in these games: doubling the credibility below which it works changes no score at all.
    expect(bluff?.failedChecks).toEqual([]);
    expect(bluff?.roleMeans).toEqual(report.base.roleMeans);
    expect(bluff?.roleChangeSe).toEqual({ tokyo: 0, whiteHouse: 0, investors: 0, usBusiness: 0 });
    // A discount above 1 is no parameter the schema takes: reported, not run.
    expect(discount?.refused).toMatch(/<=1/);
    for (const scores of Object.values(report.base.roleScores)) expect(scores).toHaveLength(2);
  });
});
