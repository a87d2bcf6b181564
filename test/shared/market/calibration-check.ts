import { withEquityTrend } from '../../../shared/market/index.ts';
import type { MoveSet } from '../../../shared/protocol/moves.ts';
import type { Scenario, Shock } from '../../../shared/scenario/schema.ts';
import { type Game, newGame, playRound, whiteHouseMove } from './fixture.ts';

/**
 * What every calibration check is built from: the check's shape (a function of a scenario that lists what it
 * found out of range), the findings it collects, the seeds it runs on, and the episodes' shared moves (the
 * 2 April shock, a panic or yield shock, rounds played on). The checks themselves are in calibration-checks.ts
 * (calibration.md's episodes) and published-figure-checks.ts (the figures that pin the other sourced
 * parameters).
 */
export const SEEDS = [1, 2, 3, 42, 777, 2025, 31337, 90210];

export interface CalibrationCheck {
  /** The episode (calibration.md) and what is asserted. */
  name: string;
  /** What is out of range, one line each; empty when the check passes. */
  failures(scenario: Scenario): string[];
}

/** Collects the out-of-range findings of one check, each named with what was measured. */
export class Findings {
  readonly list: string[] = [];

  within(what: string, value: number, min: number, max: number): void {
    if (!(value >= min && value <= max)) this.list.push(`${what}: ${value.toFixed(2)} not in ${min}..${max}`);
  }

  above(what: string, value: number, min: number): void {
    if (!(value > min)) this.list.push(`${what}: ${value.toFixed(2)} not above ${min}`);
  }

  below(what: string, value: number, max: number): void {
    if (!(value < max)) this.list.push(`${what}: ${value.toFixed(2)} not below ${max}`);
  }

  atMost(what: string, value: number, max: number): void {
    if (!(value <= max)) this.list.push(`${what}: ${value.toFixed(2)} above ${max}`);
  }

  near(what: string, value: number, expected: number, tolerance: number): void {
    if (!(Math.abs(value - expected) <= tolerance)) {
      this.list.push(`${what}: ${value.toFixed(4)} not within ${tolerance} of ${expected}`);
    }
  }

  holds(what: string, condition: boolean): void {
    if (!condition) this.list.push(what);
  }
}

export function check(name: string, body: (scenario: Scenario, found: Findings) => void): CalibrationCheck {
  return {
    name,
    failures(scenario) {
      const found = new Findings();
      try {
        body(scenario, found);
      } catch (error) {
        // A scenario that breaks the model (a mutant out of its range) fails the check, it does not stop the run.
        found.list.push(`threw: ${error instanceof Error ? error.message : String(error)}`);
      }
      return found.list;
    },
  };
}

export function playRounds(game: Game, rounds: number, moves: Partial<MoveSet> = {}): Game {
  let played = game;
  for (let round = 0; round < rounds; round++) played = playRound(played, moves);
  return played;
}

/**
 * How far a stock index wanders over `weeks` quiet weeks: the sample standard deviation (n − 1) of 200 games'
 * log moves in %, each game with its own background trend, nobody acting. Read against a published
 * volatility by the checks that pin the trend and noise parameters (six weeks for the trend, one for the week's
 * noise).
 */
export function quietWeeksSdPct(
  scenario: Scenario,
  index: 'usEquity' | 'japanEquity',
  weeks: number,
): number {
  const movesPct: number[] = [];
  for (let seed = 1; seed <= 200; seed++) {
    const game = newGame(scenario, seed);
    const start = { ...game, market: withEquityTrend(game.market, seed, scenario.model) };
    const end = playRounds(start, weeks);
    movesPct.push(Math.log(end.market[index] / start.market[index]) * 100);
  }
  const mean = movesPct.reduce((sum, move) => sum + move, 0) / movesPct.length;
  return Math.sqrt(movesPct.reduce((sum, move) => sum + (move - mean) ** 2, 0) / (movesPct.length - 1));
}

export function shockById(scenario: Scenario, id: string): Shock {
  const shock = scenario.shocks.find((candidate) => candidate.id === id);
  if (!shock) throw new Error(`no shock ${id} in the scenario`);
  return shock;
}

export function panicShock(points: number): Shock {
  return {
    id: 'panic',
    kind: 'politics',
    title: { en: 'Panic' },
    description: { en: 'Markets panic.' },
    effect: { panic: points },
    scheduledRounds: [],
  };
}

export const YIELD_JUMP: Shock = {
  id: 'yield-jump',
  kind: 'data',
  title: { en: 'Yields jump' },
  description: { en: 'A bond sell-off.' },
  effect: { yieldBp: 50 },
  scheduledRounds: [],
};

/** The 2 April 2025 round from the 2024 duties: 24% on Japanese goods, 25% on its cars. */
export const aprilShock = (before: Game, scenario: Scenario): Game =>
  playRound(before, { whiteHouse: whiteHouseMove({ tariffPct: 24, autoTariffPct: 25 }, scenario) });

export const headlineKeys = (game: Game, index: number) =>
  game.results[index]?.headlines.map((headline) => headline.key) ?? [];
