import { unboundedMortgageSpreadBp } from '../shared/market/economy.ts';
import {
  type ModelParams,
  ModelParamsSchema,
  PARAM_SOURCES,
  type ParamBasis,
  sourcedParams,
} from '../shared/market/index.ts';
import type { Scenario } from '../shared/scenario/schema.ts';
import { BACKTEST_PASS_SHARE } from '../shared/sim/backtest/record-2025.ts';
import { runBacktest } from '../shared/sim/backtest/run.ts';
import { CALIBRATION_CHECKS, type CalibrationCheck } from '../test/shared/market/calibration-checks.ts';

/**
 * The mutation check: do the calibration tests notice when a sourced parameter is wrong? Each mutant is the
 * scenario with one parameter scaled (×0.5, ×2); it is killed when at least one check fails against it and
 * survives when every check still passes, which means no test pins that parameter. A mutant the params schema
 * refuses (a share above 1, a bound past its limit) cannot be configured, so it is reported apart and not
 * counted. A version of a bound that no state of the game can meet, at the default value and at the version's
 * alike, is the default model itself (an equivalent mutant: every game plays the same), so it is listed as
 * unreached and not counted either (UNREACHED_BOUNDS). Everything runs in this process: the checks are plain
 * functions of a scenario.
 */
export const FACTORS = [0.5, 2] as const;

export type MutantStatus = 'killed' | 'survived' | 'refused' | 'unreached';

/**
 * A clamp's bound and how far the clamped quantity can go in any state the scenario's game reaches, read from
 * the model's own rule at the bounds of what drives it. A version whose bound lies beyond that reach, as the
 * default's does, can change no game. test/tools/mutation-check.test.ts drives the game to the reach and
 * holds the default's bound beyond it, so a model change that lets the bound bind brings its versions back
 * into the count.
 */
export interface UnreachedBound {
  parameter: keyof ModelParams;
  side: 'floor' | 'cap';
  reach(scenario: Scenario): number;
}

export const UNREACHED_BOUNDS: readonly UnreachedBound[] = [
  {
    // The spread moves with panic against its start (one round late), and panic never falls below `panicMin`:
    // from the default's 225bp at a VIX of 21.5 the spread narrows to 217.8bp at most, far above the calm 170.
    parameter: 'mortgageSpreadCalmBp',
    side: 'floor',
    reach: (scenario) =>
      unboundedMortgageSpreadBp(
        scenario.startingMarket.mortgageSpreadBp,
        scenario.model.panicMin,
        scenario.startingMarket.panic,
        scenario.model,
      ),
  },
];

/** Whether `value` for the bound's parameter lies beyond every state the scenario reaches. */
export function outOfReach(bound: UnreachedBound, value: number, scenario: Scenario): boolean {
  const reach = bound.reach(scenario);
  return bound.side === 'floor' ? value < reach : value > reach;
}

export interface Mutant {
  parameter: keyof ModelParams;
  factor: number;
  value: number;
  status: MutantStatus;
  /** Names of the checks that failed (killed), or the schema's complaint (refused). */
  failedChecks: string[];
}

export interface MutationReport {
  mutants: Mutant[];
  /** Mutants run against the checks (refused and unreached ones excluded). */
  tested: number;
  killed: number;
  refused: number;
  unreached: number;
  /** killed / tested, 0–1. */
  killedShare: number;
}

export function runMutants(
  base: Scenario,
  parameters: readonly (keyof ModelParams)[] = sourcedParams(),
  checks: readonly CalibrationCheck[] = CALIBRATION_CHECKS,
  factors: readonly number[] = FACTORS,
): MutationReport {
  const mutants: Mutant[] = [];
  for (const parameter of parameters) {
    for (const factor of factors) {
      const value = base.model[parameter] * factor;
      const parsed = ModelParamsSchema.safeParse({ ...base.model, [parameter]: value });
      if (!parsed.success) {
        const reason = parsed.error.issues.map((issue) => issue.message).join('; ');
        mutants.push({ parameter, factor, value, status: 'refused', failedChecks: [reason] });
        continue;
      }
      const scenario: Scenario = { ...base, model: parsed.data };
      const bound = UNREACHED_BOUNDS.find((each) => each.parameter === parameter);
      if (bound && outOfReach(bound, base.model[parameter], base) && outOfReach(bound, value, scenario)) {
        mutants.push({ parameter, factor, value, status: 'unreached', failedChecks: [] });
        continue;
      }
      const failedChecks = checks
        .filter((check) => check.failures(scenario).length > 0)
        .map((check) => check.name);
      mutants.push({
        parameter,
        factor,
        value,
        status: failedChecks.length > 0 ? 'killed' : 'survived',
        failedChecks,
      });
    }
  }
  const refused = mutants.filter((mutant) => mutant.status === 'refused').length;
  const unreached = mutants.filter((mutant) => mutant.status === 'unreached').length;
  const killed = mutants.filter((mutant) => mutant.status === 'killed').length;
  const tested = mutants.length - refused - unreached;
  return { mutants, tested, killed, refused, unreached, killedShare: tested === 0 ? 0 : killed / tested };
}

export interface BacktestCheck {
  check: CalibrationCheck;
  /** Labels of the backtest targets the default model meets (a mutant that misses one is killed) and misses. */
  metByDefault: string[];
  missedByDefault: string[];
}

/**
 * The 2025 backtest as one more check: a version fails it when it misses a target the default model meets.
 * Targets the default already misses cannot tell versions apart, so they are left out (and listed). No central
 * bank stepped in between April and July 2025, so a version whose replay fires a backstop in more seeds than a
 * target may miss (1 − BACKTEST_PASS_SHARE) fails it too, when the default's replay does not: a backstop
 * that pulls a week back into its range is not the record.
 */
export function backtestCheck(seeds: number, seed = 1): BacktestCheck {
  const baseline = runBacktest({ seeds, seed });
  const met = new Set(baseline.targets.filter((target) => target.pass).map((target) => target.id));
  const backstopsAllowed = 1 - BACKTEST_PASS_SHARE;
  const calmByDefault = baseline.backstopShare <= backstopsAllowed;
  const check: CalibrationCheck = {
    name: `2025 backtest on ${seeds} seeds: a target the default model meets`,
    failures(scenario) {
      try {
        const result = runBacktest({ seeds, seed, model: scenario.model });
        const backstops =
          calmByDefault && result.backstopShare > backstopsAllowed
            ? [
                `a backstop fired in ${Math.round(result.backstopShare * 100)}% of seeds (none in the 2025 record)`,
              ]
            : [];
        return result.targets
          .filter((target) => met.has(target.id) && !target.pass)
          .map((target) => `${target.label}: ${Math.round(target.shareInRange * 100)}% of seeds in range`)
          .concat(backstops);
      } catch (error) {
        return [`threw: ${error instanceof Error ? error.message : String(error)}`];
      }
    },
  };
  return {
    check,
    metByDefault: baseline.targets.filter((target) => target.pass).map((target) => target.label),
    missedByDefault: baseline.targets.filter((target) => !target.pass).map((target) => target.label),
  };
}

/** Mutants killed by the given checks alone (e.g. the calibration checks without the backtest). */
export function killedBy(report: MutationReport, checkNames: readonly string[]): number {
  return report.mutants.filter((mutant) => mutant.failedChecks.some((name) => checkNames.includes(name)))
    .length;
}

/** How many of the model's parameters rest on judgement alone, against issue 8's "fewer than half". */
export interface JudgementCount {
  parameters: number;
  judgement: number;
  /** The most [judgement] parameters "fewer than half" allows. */
  atMost: number;
}

export function judgementCount(
  sources: { readonly [name: string]: ParamBasis } = PARAM_SOURCES,
): JudgementCount {
  const bases = Object.values(sources);
  const judgement = bases.filter((basis) => basis === 'judgement').length;
  return { parameters: bases.length, judgement, atMost: Math.ceil(bases.length / 2) - 1 };
}

/** The human report's line for it, e.g. `[judgement] parameters: 66 of 122 (fewer than half: at most 60, 6 over)`. */
export function judgementLine({ parameters, judgement, atMost }: JudgementCount): string {
  const standing = judgement <= atMost ? 'met' : `${judgement - atMost} over`;
  return `[judgement] parameters: ${judgement} of ${parameters} (fewer than half: at most ${atMost}, ${standing})`;
}

/** The last line of the human report, e.g. `killed 40 of 66 (60.6%)`. */
export function summaryLine(report: MutationReport): string {
  return `killed ${report.killed} of ${report.tested} (${(report.killedShare * 100).toFixed(1)}%)`;
}
