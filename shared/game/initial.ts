import { initialBooks, initialMarket, marketPoint, withEquityTrend } from '../market/index.ts';
import type { MoveSet } from '../protocol/moves.ts';
import { seedToState } from '../rng.ts';
import { type PerRole, perRole, type SeatKind } from '../roles.ts';
import { DEFAULT_SCENARIO } from '../scenario/japan-2025.ts';
import type { Scenario } from '../scenario/schema.ts';
import { scoreCards } from '../scoring/score.ts';
import type { GameConfig, GameContext } from './state.ts';

export interface GameOptions {
  gameId: string;
  seed: number;
  scenario?: Scenario;
  rounds?: number;
  timers?: Partial<Scenario['timers']>;
  bindingDeals?: boolean;
  seats?: Partial<PerRole<SeatKind>>;
}

/** A whole configuration from a few choices; everything else comes from the scenario. */
export function createGameConfig(options: GameOptions): GameConfig {
  const scenario = options.scenario ?? DEFAULT_SCENARIO;
  return {
    gameId: options.gameId,
    seed: options.seed,
    scenario,
    rounds: options.rounds ?? scenario.rounds,
    timers: { ...scenario.timers, ...options.timers },
    bindingDeals: options.bindingDeals ?? false,
    seats: perRole((role) => options.seats?.[role] ?? 'bot'),
  };
}

// V8 gives a number field the representation of the first value stored in it, and a seed is any 32-bit
// unsigned number: a small integer below 2^31, a boxed double above. Were a process's first configs made
// with small seeds, the first large one would change every config's hidden class mid-batch, and every
// optimised function that reads a game's config would be thrown away and compiled again. This config,
// never used, makes the field a double from the start.
createGameConfig({ gameId: '', seed: 2 ** 32 - 1 });

export function initialGameState(config: GameConfig, createdAt: number): GameContext {
  const { scenario } = config;
  const market = withEquityTrend(initialMarket(scenario), config.seed, scenario.model);
  const books = initialBooks(scenario);
  return {
    config,
    round: 0,
    version: 0,
    phaseVersion: 0,
    seq: 0,
    deadline: null,
    pausedRemainingMs: null,
    paused: false,
    lastTickAt: createdAt,
    rngState: seedToState(config.seed),
    market,
    marketPath: [marketPoint(market, createdAt, 0)],
    books,
    standingMoves: scenario.standingMoves as MoveSet,
    submitted: {},
    statements: [],
    channels: {},
    proposals: {},
    deals: [],
    breaches: [],
    news: [],
    reports: [],
    scores: scoreCards(market, books, scenario, 0, config.rounds),
    botReasons: [],
    shocksFired: [],
    answers: [],
    timeRequests: [],
    extendedTime: [],
    seatControl: {},
    nextId: 1,
  };
}
