import { type BotProfile, LEVELS, type Level, PERSONALITIES, type Personality } from '../bots/types.ts';
import type { GameState } from '../game/state.ts';
import { type PerRole, perRole, ROLE_IDS } from '../roles.ts';
import type { HeadlessRun } from './headless.ts';
import { type GameTalk, summarizeTalk, type TalkSummary, talkOfGame } from './talk.ts';

/**
 * What a batch of headless games says about balance: per-role scores, per-personality and per-level
 * means, how often deals are signed and broken, how often central banks step in, where markets end.
 * Everything here is a function of the games alone, so the same games give the same summary.
 */

export const FINAL_MARKET_FIELDS = [
  'yield10y',
  'mortgageRate',
  'usdJpy',
  'usEquity',
  'japanEquity',
  'panic',
] as const;
type FinalMarketField = (typeof FINAL_MARKET_FIELDS)[number];

/** The few numbers of one game a summary needs: games are summarised as they finish, not kept. */
export interface GameOutcome {
  profiles: PerRole<BotProfile>;
  scores: PerRole<number>;
  proposals: number;
  dealsSigned: number;
  dealsBreached: number;
  breaches: number;
  backstops: number;
  finalMarket: Record<FinalMarketField, number>;
  refusedCommands: number;
  talk: GameTalk;
}

export interface Statistics {
  mean: number;
  sd: number;
  min: number;
  max: number;
}

export interface SimulationSummary {
  games: number;
  seed: number;
  scores: PerRole<Statistics>;
  /** Mean score by personality (over every role it played, and per role), by level, and by both. */
  byProfile: {
    personality: Record<Personality, { mean: number; games: number; byRole: PerRole<number> }>;
    level: Record<Level, { mean: number; byRole: PerRole<number> }>;
    personalityLevel: Record<string, number>;
  };
  deals: { proposed: number; signed: number; breached: number; breaches: number; signedPerGame: number };
  backstops: { total: number; perGame: number; gamesWithBackstop: number };
  finalMarket: Record<FinalMarketField, Statistics>;
  /** Bot commands the engine refused (should be 0). */
  refusedCommands: number;
  /** How much the bots talk (shared/sim/talk.ts). */
  talk: TalkSummary;
}

export function outcomeOf(state: GameState, profiles: PerRole<BotProfile>, refusedCommands = 0): GameOutcome {
  const last = state.marketPath[state.marketPath.length - 1];
  const market = state.market;
  return {
    profiles,
    scores: perRole((role) => state.scores[role].total),
    proposals: Object.keys(state.proposals).length,
    dealsSigned: state.deals.length,
    dealsBreached: state.deals.filter((deal) => deal.status === 'breached').length,
    breaches: state.breaches.length,
    backstops: state.reports.filter((report) => report.backstop).length,
    finalMarket: {
      yield10y: market.yield10y,
      mortgageRate: market.mortgageRate,
      usdJpy: market.usdJpy,
      usEquity: market.usEquity,
      japanEquity: market.japanEquity,
      panic: last?.panic ?? market.panic,
    },
    refusedCommands,
    talk: talkOfGame(state),
  };
}

export function outcomeOfRun(run: HeadlessRun): GameOutcome {
  return outcomeOf(run.state, run.profiles, run.refused);
}

/** Rounded for a stable, readable JSON: three decimals say all a balance report needs. */
const tidy = (value: number) => Math.round(value * 1000) / 1000;

export function statistics(values: readonly number[]): Statistics {
  if (values.length === 0) return { mean: 0, sd: 0, min: 0, max: 0 };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return {
    mean: tidy(mean),
    sd: tidy(Math.sqrt(variance)),
    min: tidy(Math.min(...values)),
    max: tidy(Math.max(...values)),
  };
}

const meanOf = (values: readonly number[]) =>
  values.length === 0 ? 0 : tidy(values.reduce((sum, value) => sum + value, 0) / values.length);

function scoresWhere(games: readonly GameOutcome[], keep: (profile: BotProfile) => boolean) {
  const byRole = perRole((role) =>
    games.filter((game) => keep(game.profiles[role])).map((game) => game.scores[role]),
  );
  return { all: ROLE_IDS.flatMap((role) => byRole[role]), byRole };
}

/** The summary of a batch of games; `seed` is the run's seed, reported as is. */
export function summarize(games: readonly GameOutcome[], seed = 0): SimulationSummary {
  const personality = Object.fromEntries(
    PERSONALITIES.map((name) => {
      const scores = scoresWhere(games, (profile) => profile.personality === name);
      return [
        name,
        {
          mean: meanOf(scores.all),
          games: scores.all.length,
          byRole: perRole((role) => meanOf(scores.byRole[role])),
        },
      ];
    }),
  ) as SimulationSummary['byProfile']['personality'];
  const level = Object.fromEntries(
    LEVELS.map((name) => {
      const scores = scoresWhere(games, (profile) => profile.level === name);
      return [name, { mean: meanOf(scores.all), byRole: perRole((role) => meanOf(scores.byRole[role])) }];
    }),
  ) as SimulationSummary['byProfile']['level'];
  const personalityLevel = Object.fromEntries(
    PERSONALITIES.flatMap((name) =>
      LEVELS.map((grade) => [
        `${name}:${grade}`,
        meanOf(scoresWhere(games, (profile) => profile.personality === name && profile.level === grade).all),
      ]),
    ),
  );
  const total = (pick: (game: GameOutcome) => number) => games.reduce((sum, game) => sum + pick(game), 0);
  const count = Math.max(1, games.length);
  return {
    games: games.length,
    seed,
    scores: perRole((role) => statistics(games.map((game) => game.scores[role]))),
    byProfile: { personality, level, personalityLevel },
    deals: {
      proposed: total((game) => game.proposals),
      signed: total((game) => game.dealsSigned),
      breached: total((game) => game.dealsBreached),
      breaches: total((game) => game.breaches),
      signedPerGame: tidy(total((game) => game.dealsSigned) / count),
    },
    backstops: {
      total: total((game) => game.backstops),
      perGame: tidy(total((game) => game.backstops) / count),
      gamesWithBackstop: games.filter((game) => game.backstops > 0).length,
    },
    finalMarket: Object.fromEntries(
      FINAL_MARKET_FIELDS.map((field) => [field, statistics(games.map((game) => game.finalMarket[field]))]),
    ) as Record<FinalMarketField, Statistics>,
    refusedCommands: total((game) => game.refusedCommands),
    talk: summarizeTalk(games.map((game) => game.talk)),
  };
}
