import { type ModelParams, ModelParamsSchema, PARAM_SOURCES } from '../shared/market/index.ts';
import { type PerRole, perRole, ROLE_IDS } from '../shared/roles.ts';
import type { Scenario } from '../shared/scenario/schema.ts';
import { runBacktest } from '../shared/sim/backtest/run.ts';
import { runHeadlessGame } from '../shared/sim/headless.ts';
import { gameSeed } from '../shared/sim/profiles.ts';
import type { CalibrationCheck } from '../test/shared/market/calibration-checks.ts';

/**
 * "What doubling it changes" (issue 8, item 6): each [judgement] parameter, which no published figure pins,
 * is doubled in turn and the same figures are read off the default model and the doubled one: the 2025
 * backtest targets met, the calibration checks failed, and each role's mean score over the same paired bot
 * games (the default mix). A parameter whose doubling moves nothing is a candidate for removal; one that
 * moves the role means by points is where the game's balance rests on a guess.
 */
export interface JudgementFigures {
  /** Backtest targets met, of all targets. */
  backtestMet: number;
  backtestTargets: number;
  /** Labels of targets met by the default model and missed here (or the reverse, marked "+"). */
  backtestChanged: string[];
  /** Names of the calibration checks that fail. */
  failedChecks: string[];
  /** Each role's mean score over the bot games. */
  roleMeans: PerRole<number>;
  /** Each role's score in each game, in game order (the same seeds and bots for every version). */
  roleScores: PerRole<number[]>;
}

export interface JudgementRow extends JudgementFigures {
  parameter: keyof ModelParams;
  value: number;
  /**
   * Standard error of each role's mean change over the paired games: a change within about two of these is
   * the games' own spread (a doubled parameter sends a game down another path), not the parameter's effect.
   */
  roleChangeSe: PerRole<number>;
  /** The schema refuses the doubled value (a share above 1, a bound past its limit): nothing was run. */
  refused?: string;
}

export interface JudgementReport {
  games: number;
  backtestSeeds: number;
  factor: number;
  base: JudgementFigures;
  rows: JudgementRow[];
}

export interface JudgementOptions {
  games: number;
  backtestSeeds: number;
  seed?: number;
  factor?: number;
  checks: readonly CalibrationCheck[];
  /** Only these parameters (all [judgement] ones if omitted). */
  only?: readonly (keyof ModelParams)[];
  /** Called after each parameter, for progress on stderr. */
  progress?: (done: number, total: number) => void;
}

export function judgementParams(): (keyof ModelParams)[] {
  return (Object.keys(PARAM_SOURCES) as (keyof ModelParams)[]).filter(
    (name) => PARAM_SOURCES[name] === 'judgement',
  );
}

function figuresOf(
  scenario: Scenario,
  options: JudgementOptions,
  met?: ReadonlySet<string>,
): JudgementFigures {
  const seed = options.seed ?? 1;
  const backtest =
    options.backtestSeeds > 0
      ? runBacktest({ seeds: options.backtestSeeds, seed, model: scenario.model })
      : null;
  const targets = backtest?.targets ?? [];
  const roleScores = perRole((): number[] => []);
  for (let index = 0; index < options.games; index++) {
    const run = runHeadlessGame({ seed: gameSeed(seed, index), scenario });
    for (const role of ROLE_IDS) roleScores[role].push(run.state.scores[role].total);
  }
  return {
    backtestMet: targets.filter((target) => target.pass).length,
    backtestTargets: targets.length,
    backtestChanged: met
      ? targets
          .filter((target) => target.pass !== met.has(target.id))
          .map((target) => `${target.pass ? '+' : '−'}${target.label}`)
      : [],
    failedChecks: options.checks
      .filter((check) => check.failures(scenario).length > 0)
      .map((check) => check.name),
    roleMeans: perRole((role) => mean(roleScores[role])),
    roleScores,
  };
}

function mean(values: readonly number[]): number {
  return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}

/** Standard error of the mean of paired differences `after − before`. */
function pairedSe(before: readonly number[], after: readonly number[]): number {
  const changes = after.map((value, index) => value - (before[index] ?? 0));
  if (changes.length < 2) return 0;
  const average = mean(changes);
  const variance = changes.reduce((sum, change) => sum + (change - average) ** 2, 0) / (changes.length - 1);
  return Math.sqrt(variance / changes.length);
}

export function runJudgementDoubling(base: Scenario, options: JudgementOptions): JudgementReport {
  const factor = options.factor ?? 2;
  const seed = options.seed ?? 1;
  const parameters = options.only ?? judgementParams();
  const baseline =
    options.backtestSeeds > 0 ? runBacktest({ seeds: options.backtestSeeds, seed, model: base.model }) : null;
  const met = new Set((baseline?.targets ?? []).filter((target) => target.pass).map((target) => target.id));
  const baseFigures = figuresOf(base, options);
  const rows: JudgementRow[] = [];
  for (const [done, parameter] of parameters.entries()) {
    const value = base.model[parameter] * factor;
    const parsed = ModelParamsSchema.safeParse({ ...base.model, [parameter]: value });
    if (parsed.success) {
      const figures = figuresOf({ ...base, model: parsed.data }, options, met);
      const roleChangeSe = perRole((role) =>
        pairedSe(baseFigures.roleScores[role], figures.roleScores[role]),
      );
      rows.push({ parameter, value, roleChangeSe, ...figures });
    } else {
      const refused = parsed.error.issues.map((issue) => issue.message).join('; ');
      const roleChangeSe = perRole(() => 0);
      rows.push({
        parameter,
        value,
        refused,
        roleChangeSe,
        ...baseFigures,
        backtestChanged: [],
        failedChecks: [],
      });
    }
    options.progress?.(done + 1, parameters.length);
  }
  return { games: options.games, backtestSeeds: options.backtestSeeds, factor, base: baseFigures, rows };
}
