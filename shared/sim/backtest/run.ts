import type { ModelParams } from '../../market/params.ts';
import { perRole } from '../../roles.ts';
import { DEFAULT_SCENARIO } from '../../scenario/japan-2025.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { type HeadlessRun, runHeadlessGame } from '../headless.ts';
import { gameSeed } from '../profiles.ts';
import {
  BACKTEST_NOISE_SHARE,
  BACKTEST_ROUNDS,
  BACKTEST_SCENARIO,
  backtestScenario,
  PLAYERS_2025,
} from './inputs-2025.ts';
import {
  BACKTEST_PASS_SHARE,
  BACKTEST_TARGETS,
  type BacktestTarget,
  RECORD_FIELDS,
  RECORD_WEEKS,
  type RecordField,
} from './record-2025.ts';

/**
 * The backtest: 2 April → 25 July 2025 played through the engine as game inputs on many seeds, each major
 * move set against its documented range (record-2025.ts). Pure and deterministic: the same seeds give
 * the same figures.
 */

export interface BacktestOptions {
  seeds: number;
  seed: number;
  /** Model parameters in place of the scenario's (the mutation check scales one at a time). */
  model?: ModelParams;
  /** Share of the game's noise the replay keeps (BACKTEST_NOISE_SHARE unless given; 1 is the game's). */
  noiseShare?: number;
}

type Levels = Record<RecordField, number>;

export interface TargetResult {
  id: string;
  label: string;
  unit: 'bp' | 'pct';
  range: [number, number];
  recorded: number;
  /** The model's move over the seeds: mean and the 10th, 50th and 90th percentiles. */
  model: { mean: number; p10: number; p50: number; p90: number };
  shareInRange: number;
  pass: boolean;
  source: string;
}

export interface BacktestResult {
  seeds: number;
  seed: number;
  /** Share of the game's noise the replay kept. */
  noiseShare: number;
  targets: TargetResult[];
  passed: number;
  /** Week by week: the record and the model's mean level at the end of each round. */
  weeks: { round: number; weekEnding: string; record: Levels; model: Levels }[];
  /** Seeds in which a central-bank backstop fired. */
  backstopShare: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** One seed of 2025 played through the engine; every seat is a scripted player, so the profiles are labels. */
export function playRecordGame(seed: number, scenario: Scenario = BACKTEST_SCENARIO): HeadlessRun {
  const run = runHeadlessGame({
    seed,
    scenario,
    profiles: perRole(() => ({ personality: 'dove', level: 'easy' })),
    players: PLAYERS_2025,
  });
  if (run.refused > 0) throw new Error(`backtest inputs refused: ${run.refusals.join('; ')}`);
  return run;
}

/** Market levels at the end of each round, round 0 being the start. */
function levelsOf(seed: number, scenario: Scenario): { levels: Levels[]; backstop: boolean } {
  const run = playRecordGame(seed, scenario);
  const start = scenario.startingMarket;
  const levels: Levels[] = [
    {
      yield10y: start.yield10y,
      usEquity: start.usEquity,
      japanEquity: start.japanEquity,
      usdJpy: start.usdJpy,
    },
    ...run.state.reports.map((report) => ({
      yield10y: report.market.yield10y,
      usEquity: report.market.usEquity,
      japanEquity: report.market.japanEquity,
      usdJpy: report.market.usdJpy,
    })),
  ];
  if (levels.length !== BACKTEST_ROUNDS + 1) throw new Error(`backtest played ${levels.length - 1} rounds`);
  return { levels, backstop: run.state.reports.some((report) => report.backstop) };
}

export function moveOf(target: BacktestTarget, levels: readonly Levels[]): number {
  const from = levels[target.fromRound]![target.field];
  const to = levels[target.toRound]![target.field];
  return target.unit === 'bp' ? (to - from) * 100 : (to / from - 1) * 100;
}

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

export function runBacktest(options: BacktestOptions): BacktestResult {
  const noiseShare = options.noiseShare ?? BACKTEST_NOISE_SHARE;
  const scenario = backtestScenario(options.model ?? DEFAULT_SCENARIO.model, noiseShare);
  const runs = Array.from({ length: options.seeds }, (_, index) =>
    levelsOf(gameSeed(options.seed, index), scenario),
  );
  const targets = BACKTEST_TARGETS.map((target): TargetResult => {
    const moves = runs.map((run) => moveOf(target, run.levels));
    const sorted = [...moves].sort((a, b) => a - b);
    const inside = moves.filter((move) => move >= target.min && move <= target.max).length;
    const shareInRange = round2(inside / Math.max(1, moves.length));
    return {
      id: target.id,
      label: target.label,
      unit: target.unit,
      range: [target.min, target.max],
      recorded: target.recorded,
      model: {
        mean: round2(moves.reduce((sum, move) => sum + move, 0) / Math.max(1, moves.length)),
        p10: round2(percentile(sorted, 0.1)),
        p50: round2(percentile(sorted, 0.5)),
        p90: round2(percentile(sorted, 0.9)),
      },
      shareInRange,
      pass: shareInRange >= BACKTEST_PASS_SHARE,
      source: target.source,
    };
  });
  const weeks = RECORD_WEEKS.map((week) => ({
    round: week.round,
    weekEnding: week.weekEnding,
    record: Object.fromEntries(RECORD_FIELDS.map((field) => [field, week[field]])) as Levels,
    model: Object.fromEntries(
      RECORD_FIELDS.map((field) => [
        field,
        round2(runs.reduce((sum, run) => sum + run.levels[week.round]![field], 0) / Math.max(1, runs.length)),
      ]),
    ) as Levels,
  }));
  return {
    seeds: options.seeds,
    seed: options.seed,
    noiseShare,
    targets,
    passed: targets.filter((target) => target.pass).length,
    weeks,
    backstopShare: round2(runs.filter((run) => run.backstop).length / Math.max(1, runs.length)),
  };
}
