import { LEVELS, PERSONALITIES, type Personality } from '../../bots/types.ts';
import type { RoleId } from '../../roles.ts';
import { isPinnedScore } from '../../scoring/score.ts';
import type { SeatRecord } from './rows.ts';

/** The statistics the audit prints: means, pinned components, paired wins and the factorial's variance shares. */

export const round3 = (value: number) => Math.round(value * 1000) / 1000;

export function meanOf(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Per component, the share of games in which it sat at 0 or 100. */
export function pinnedByComponent(records: readonly SeatRecord[]): Record<string, number> {
  const ids = new Set(records.flatMap((record) => Object.keys(record.components)));
  return Object.fromEntries(
    [...ids].map((id) => {
      const pinned = records.filter((record) => isPinnedScore(record.components[id] ?? 50)).length;
      return [id, round3(pinned / Math.max(1, records.length))];
    }),
  );
}

/** The worst component's share of pinned games: the figure the "at most 3%" target reads. */
export function pinnedShareOf(records: readonly SeatRecord[]): number {
  return Math.max(0, ...Object.values(pinnedByComponent(records)));
}

/** Share of paired games in which row `a` scored more than row `b` for `role` (ties count half). */
export function pairedWinShare(a: readonly SeatRecord[], b: readonly SeatRecord[], role: RoleId): number {
  const games = Math.min(a.length, b.length);
  let wins = 0;
  for (let index = 0; index < games; index++) {
    const difference = a[index]!.scores[role] - b[index]!.scores[role];
    wins += difference > 0 ? 1 : difference === 0 ? 0.5 : 0;
  }
  return games === 0 ? 0 : wins / games;
}

/**
 * How often each personality beats each other personality of its role on the same game at the same
 * level. The balance target: none above 60%.
 */
export function personalityWinShares(
  bots: ReadonlyMap<string, readonly SeatRecord[]>,
  role: RoleId,
): Record<Personality, number> {
  return Object.fromEntries(
    PERSONALITIES.map((personality) => {
      const shares = PERSONALITIES.filter((other) => other !== personality).flatMap((other) =>
        LEVELS.map((level) =>
          pairedWinShare(
            bots.get(`${personality}:${level}`) ?? [],
            bots.get(`${other}:${level}`) ?? [],
            role,
          ),
        ),
      );
      return [personality, round3(meanOf(shares))];
    }),
  ) as Record<Personality, number>;
}

export interface VarianceShares {
  /** Between the seat's own policies. */
  ownPolicy: number;
  /** Between the other seats' bots. */
  othersMix: number;
  /** Between seeds with the same others' mix. */
  seed: number;
  /** What is left: how much a policy's result depends on whom and what it meets. */
  interaction: number;
}

/**
 * A factorial tournament's variance, split by sums of squares: own policy × game, where a game is the
 * others' mix and a seed. Every row plays the same games, so the design is balanced and the parts add up.
 */
export function varianceShares(rows: readonly (readonly SeatRecord[])[], role: RoleId): VarianceShares {
  const all = rows.flat();
  const grand = meanOf(all.map((record) => record.scores[role]));
  const total = all.reduce((sum, record) => sum + (record.scores[role] - grand) ** 2, 0);
  const between = (key: (record: SeatRecord) => string) => {
    const groups = new Map<string, number[]>();
    for (const record of all) {
      const list = groups.get(key(record)) ?? [];
      list.push(record.scores[role]);
      groups.set(key(record), list);
    }
    let sum = 0;
    for (const values of groups.values()) sum += values.length * (meanOf(values) - grand) ** 2;
    return sum;
  };
  const rowOf = new Map<SeatRecord, number>();
  rows.forEach((row, index) => {
    for (const record of row) rowOf.set(record, index);
  });
  const own = between((record) => String(rowOf.get(record)));
  const games = between((record) => String(record.index));
  const others = between((record) => record.others);
  const share = (part: number) => (total > 0 ? round3(part / total) : 0);
  return {
    ownPolicy: share(own),
    othersMix: share(others),
    seed: share(games - others),
    interaction: share(total - own - games),
  };
}
