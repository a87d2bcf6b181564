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

/** The outcomes of games `first`, `first + stride`, … of a batch; game i always plays the same way. */
export function playBatch(options: BatchOptions): { index: number; outcome: GameOutcome }[] {
  const results: { index: number; outcome: GameOutcome }[] = [];
  const stride = options.stride ?? 1;
  for (let index = options.first ?? 0; index < options.games; index += stride) {
    const run = runHeadlessGame({
      seed: gameSeed(options.seed, index),
      profiles: defaultProfiles(index, options.fixed),
      ...(options.rounds ? { rounds: options.rounds } : {}),
      ...(options.bindingDeals ? { bindingDeals: true } : {}),
      ...(options.scenario ? { scenario: options.scenario } : {}),
    });
    results.push({ index, outcome: outcomeOfRun(run) });
  }
  return results;
}

/** Plays a whole batch in one thread and summarises it. */
export function simulateGames(options: BatchOptions): SimulationSummary {
  const outcomes = playBatch(options).map((result) => result.outcome);
  return summarize(outcomes, options.seed);
}
