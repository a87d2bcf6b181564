import { type BotProfile, LEVELS, PERSONALITIES, type Personality } from '../../bots/types.ts';
import { createGameEngine } from '../../game/engine.ts';
import { type PerRole, perRole, ROLE_IDS, type RoleId } from '../../roles.ts';
import { type HeadlessRun, runHeadlessGame } from '../headless.ts';
import { defaultProfiles, gameSeed, profileLabel } from '../profiles.ts';
import type { NamedPolicy } from './index.ts';

/**
 * Rows of the strategy audit. A row is one way of playing one seat over the same paired games as every
 * other row: game i has the same seed and the same bots in the other seats (the default mix's place i),
 * so two rows differ by the seat's play alone, and their difference is not luck of the draw.
 */

export interface RowOptions {
  games: number;
  seed: number;
  rounds?: number;
}

/** What the audit keeps of one game: the seat's score and its parts, and who else sat at the table. */
export interface SeatRecord {
  index: number;
  scores: PerRole<number>;
  /** The seat's score components, each 0–100, by component id. */
  components: Record<string, number>;
  /** The other seats' bots, as one label: the "others' mix" of the factorial. */
  others: string;
  whiteHouse: Personality;
  /** Tokyo's net Treasury sales each round, $bn (negative: purchases). */
  tokyoNetSalesBn: number[];
  /** After each round: Tokyo's credibility and the effective tariff (only for traced rows). */
  path?: { credibility: number; tariffPct: number }[];
  /** The effective tariff before round 1 (only for traced rows). */
  startTariffPct?: number;
}

export interface Seat {
  /** A bot profile in the seat, or a scripted policy. */
  profile?: BotProfile;
  policy?: NamedPolicy;
  /** Keep the round-by-round path (replays each game: twice the cost). */
  trace?: boolean;
  /** Every seat's bot fixed (a uniform mix); the default mix's place i if omitted. */
  table?: (index: number) => PerRole<BotProfile>;
}

export function playRow(options: RowOptions, role: RoleId, seat: Seat): SeatRecord[] {
  const records: SeatRecord[] = [];
  for (let index = 0; index < options.games; index++) {
    const profiles =
      seat.table?.(index) ?? defaultProfiles(index, seat.profile ? { [role]: seat.profile } : {});
    const run = runHeadlessGame({
      seed: gameSeed(options.seed, index),
      profiles,
      ...(options.rounds ? { rounds: options.rounds } : {}),
      ...(seat.policy ? { players: { [role]: seat.policy.player } } : {}),
    });
    if (run.refused > 0 && !seat.policy) {
      throw new Error(`bots had commands refused in game ${index}: ${run.refusals.join('; ')}`);
    }
    const card = run.state.scores[role];
    records.push({
      index,
      scores: perRole((each) => run.state.scores[each].total),
      components: Object.fromEntries(card.components.map((part) => [part.id, part.score])),
      others: ROLE_IDS.filter((each) => each !== role)
        .map((each) => profileLabel(profiles[each]))
        .join(' '),
      whiteHouse: profiles.whiteHouse.personality,
      tokyoNetSalesBn: run.state.books.tokyo.netSalesBn,
      ...(seat.trace ? tracedPath(run) : {}),
    });
  }
  return records;
}

/** Replays a game's log to read the market after each round's resolution. */
function tracedPath(run: HeadlessRun): Pick<SeatRecord, 'path' | 'startTariffPct'> {
  const engine = createGameEngine(run.config, 0);
  const startTariffPct = engine.state.market.effectiveTariffPct;
  const path: NonNullable<SeatRecord['path']> = [];
  for (const event of run.log) {
    engine.replay(event);
    const state = engine.state;
    if (state.reports.length > path.length) {
      path.push({ credibility: state.market.credibility.tokyo, tariffPct: state.market.effectiveTariffPct });
    }
  }
  engine.stop();
  return { path, startTariffPct };
}

/** Every bot a seat can hold: four personalities at two levels. */
export const BOT_PROFILES: readonly BotProfile[] = PERSONALITIES.flatMap((personality) =>
  LEVELS.map((level) => ({ personality, level })),
);

/** Every seat the same personality; levels as the default mix deals them, so easy and hard still meet. */
export function uniformTable(personality: Personality): (index: number) => PerRole<BotProfile> {
  return (index) => perRole((role) => ({ personality, level: defaultProfiles(index)[role].level }));
}
