import { describe, expect, it } from 'vitest';
import { aboveFloor } from '../../../shared/market/books.ts';
import { DEFAULT_MODEL_PARAMS } from '../../../shared/market/params.ts';
import { isPinnedScore } from '../../../shared/scoring/score.ts';
import { policyNamed } from '../../../shared/sim/strategies/index.ts';
import { playRow, type SeatRecord } from '../../../shared/sim/strategies/rows.ts';

/**
 * Issue 8, the White House: toughness has a market price. Held constant, a higher tariff must not score
 * better (prices in the shops, stocks and approval outweigh what the hawks and the deficit give), holding
 * 50% or flip-flopping 0/50% scores below 35, and no component of the score is pinned at 0 or 100.
 */

// 64 games, so that one game in the sample is 1.6%, inside the 3% the pinned-component test allows: at 16 one
// game was 6.25%, and since session 14's research-note discount one flip-flop game of the first 16 ends with the
// stocks component at 0.496, a hair under the 0.5 that counts as pinned (the 256-game audit: 0.4% of games).
const GAMES = 64;
const rows = new Map<string, SeatRecord[]>();
function row(name: string): SeatRecord[] {
  let records = rows.get(name);
  if (!records) {
    records = playRow({ games: GAMES, seed: 1 }, 'whiteHouse', { policy: policyNamed('whiteHouse', name) });
    rows.set(name, records);
  }
  return records;
}
const mean = (name: string) =>
  row(name).reduce((sum, record) => sum + record.scores.whiteHouse, 0) / row(name).length;

describe('the White House pays for toughness', () => {
  // Session 3 wanted 0% ≥ 15% ≥ 24% held; since issue 8's dilemma pass a cut for nothing is a retreat the
  // base holds against the White House (climbDownPenaltyPerPp), so no constant tariff beats holding the
  // first day's without a deal, and 50% still scores worst.
  // 64 games (the audit, session 8, each effect counted once): 24% held 34.3, 0% 33.0, 15% 31.8, 50% 26.5.
  it('gains nothing by cutting for nothing: 15% or 0% held score within a point of 24% held, all > 50%', () => {
    const zero = mean('tariffZero');
    const fifteen = mean('tariff15');
    const held = mean('doNothing');
    const max = mean('tariffMax');
    expect(fifteen).toBeLessThan(held + 1);
    expect(zero).toBeLessThan(held + 1);
    expect(Math.min(zero, fifteen)).toBeGreaterThan(max + 3);
  });

  it('scores holding 50% or flip-flopping 0/50% below 35', () => {
    expect(mean('tariffMax')).toBeLessThan(35);
    expect(mean('flipFlop')).toBeLessThan(35);
    expect(mean('flipFlop')).toBeLessThan(mean('tariffMax'));
  });

  it('pins no component at 0 or 100 in more than 3% of games at either end of the tariff', () => {
    for (const name of ['tariffMax', 'tariffZero', 'flipFlop', 'escalate']) {
      const counts = new Map<string, number>();
      for (const record of row(name)) {
        for (const [id, score] of Object.entries(record.components)) {
          if (isPinnedScore(score)) counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      }
      const worst = Math.max(0, ...counts.values()) / GAMES;
      expect(worst, `${name}: ${[...counts].join(', ')}`).toBeLessThanOrEqual(0.03);
    }
  });
});

describe('approval has a partisan floor', () => {
  const params = DEFAULT_MODEL_PARAMS;

  it('sinks ever slower towards approvalMin and never below it, still ranking a worse economy lower', () => {
    const bad = aboveFloor(params.approvalMin - 5, params);
    const worse = aboveFloor(params.approvalMin - 20, params);
    expect(worse).toBeGreaterThan(params.approvalMin);
    expect(worse).toBeLessThan(bad);
    expect(bad).toBeLessThan(params.approvalMin + 1);
  });

  it('is the raw sum well above the floor and stops at the scale’s 100%', () => {
    expect(Math.abs(aboveFloor(45, params) - 45)).toBeLessThan(0.1);
    expect(aboveFloor(params.approvalMin, params)).toBeCloseTo(
      params.approvalMin + params.approvalFloorSoftness * Math.LN2,
      6,
    );
    expect(aboveFloor(99, params)).toBeCloseTo(99, 6);
    expect(aboveFloor(200, params)).toBe(100);
  });
});
