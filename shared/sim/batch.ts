import type { BotProfile } from '../bots/types.ts';
import type { PerRole } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import { runHeadlessGame } from './headless.ts';
import { defaultProfiles, gameSeed } from './profiles.ts';
import { type GameOutcome, outcomeOfRun, type SimulationSummary, summarize } from './summary.ts';

export interface BatchOptions {
  games: number;
  seed: number;
  rounds?: number;
  /** Roles played by one fixed profile; the others follow the default mix. */
  fixed?: Partial<PerRole<BotProfile>>;
  bindingDeals?: boolean;
  scenario?: Scenario;
  /** Play only games first, first + stride, … (to split a batch across workers); all by default. */
  first?: number;
  stride?: number;
}

export interface PlayedGame {
  index: number;
  outcome: GameOutcome;
}

/** Game `index` of a batch: it always plays the same way, whichever thread plays it and in what order. */
export function playGameOf(options: BatchOptions, index: number): PlayedGame {
  const run = runHeadlessGame({
    seed: gameSeed(options.seed, index),
    profiles: defaultProfiles(index, options.fixed),
    ...(options.rounds ? { rounds: options.rounds } : {}),
    ...(options.bindingDeals ? { bindingDeals: true } : {}),
    ...(options.scenario ? { scenario: options.scenario } : {}),
  });
  return { index, outcome: outcomeOfRun(run) };
}

/** The outcomes of games `first`, `first + stride`, … of a batch. */
export function playBatch(options: BatchOptions): PlayedGame[] {
  const results: PlayedGame[] = [];
  const stride = options.stride ?? 1;
  for (let index = options.first ?? 0; index < options.games; index += stride) {
    results.push(playGameOf(options, index));
  }
  return results;
}

/**
 * Games taken from a counter that several threads share (element 0 of an Int32Array over a
 * SharedArrayBuffer): each take claims the next `chunk` games, until none are left. A thread that starts
 * late or runs slow simply takes fewer, so no thread waits on another's fixed share.
 */
export function playTakenGames(options: BatchOptions, counter: Int32Array, chunk: number): PlayedGame[] {
  const results: PlayedGame[] = [];
  for (;;) {
    const first = Atomics.add(counter, 0, chunk);
    if (first >= options.games) return results;
    const end = Math.min(first + chunk, options.games);
    for (let index = first; index < end; index++) results.push(playGameOf(options, index));
  }
}

/** Plays a whole batch in one thread and summarises it. */
export function simulateGames(options: BatchOptions): SimulationSummary {
  const outcomes = playBatch(options).map((result) => result.outcome);
  return summarize(outcomes, options.seed);
}
