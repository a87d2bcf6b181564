import { describe, expect, it } from 'vitest';
import { PERSONALITIES } from '../../../shared/bots/types.ts';
import { profileLabel } from '../../../shared/sim/profiles.ts';
import { personalityWinShares } from '../../../shared/sim/strategies/figures.ts';
import { BOT_PROFILES, playRow, type SeatRecord } from '../../../shared/sim/strategies/rows.ts';

/**
 * Issue 8, the White House's temperaments: no personality beats the others in more than 60% of paired
 * matchups. Until session 9 the base paid a tough tone 1 approval point (`approvalToughTone`), too little
 * against what the hawk's tariff costs in prices and stocks: tit-for-tat won 67.8% of paired matchups at 64
 * games and the hawk 19%; at 2.5 points, 53% and 51%. Played at the audit's 64 games: 16 games put tit-for-tat
 * at 61.5% once the easy Tokyo became a beginner whose threats go unbacked (tokyo-beginner.ts), 59.1% at 32
 * and 56.6% at 64, the sample's noise and not the White House's balance.
 */

const GAMES = 64;
const rows = new Map<string, SeatRecord[]>(
  BOT_PROFILES.map((profile) => [
    profileLabel(profile),
    playRow({ games: GAMES, seed: 1 }, 'whiteHouse', { profile }),
  ]),
);
const shares = personalityWinShares(rows, 'whiteHouse');

describe('the White House personalities', () => {
  it('none wins more than 60% of paired matchups, and the hawk wins at least a third', () => {
    for (const personality of PERSONALITIES) {
      expect(shares[personality], `${personality}: ${JSON.stringify(shares)}`).toBeLessThanOrEqual(0.6);
    }
    expect(shares.hawk).toBeGreaterThan(1 / 3);
  });
});
