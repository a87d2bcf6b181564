import { type ModelParams, ModelParamsSchema, sourcedParams } from '../shared/market/index.ts';
import type { Scenario } from '../shared/scenario/schema.ts';
import { runBacktest } from '../shared/sim/backtest/run.ts';
import { CALIBRATION_CHECKS, type CalibrationCheck } from '../test/shared/market/calibration-checks.ts';

/**
 * The mutation check: do the calibration tests notice when a sourced parameter is wrong? Each mutant is the
 * scenario with one parameter scaled (×0.5, ×2); it is killed when at least one check fails against it and
 * survives when every check still passes, which means no test pins that parameter. A mutant the params schema
 * refuses (a share above 1, a bound past its limit) cannot be configured, so it is reported apart and not
 * counted. Everything runs in this process: the checks are plain functions of a scenario.
 */
export const FACTORS = [0.5, 2] as const;

export type MutantStatus = 'killed' | 'survived' | 'refused';

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
  /** Mutants run against the checks (refused ones excluded). */
  tested: number;
  killed: number;
  refused: number;
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
  const killed = mutants.filter((mutant) => mutant.status === 'killed').length;
  const tested = mutants.length - refused;
  return { mutants, tested, killed, refused, killedShare: tested === 0 ? 0 : killed / tested };
}

export interface BacktestCheck {
  check: CalibrationCheck;
  /** Labels of the backtest targets the default model meets (a mutant that misses one is killed) and misses. */
  metByDefault: string[];
  missedByDefault: string[];
}

/**
 * The 2025 backtest as one more check: a version fails it when it misses a target the default model meets.
 * Targets the default already misses cannot tell versions apart, so they are left out (and listed).
 */
export function backtestCheck(seeds: number, seed = 1): BacktestCheck {
  const baseline = runBacktest({ seeds, seed });
  const met = new Set(baseline.targets.filter((target) => target.pass).map((target) => target.id));
  const check: CalibrationCheck = {
    name: `2025 backtest on ${seeds} seeds: a target the default model meets`,
    failures(scenario) {
      try {
        const result = runBacktest({ seeds, seed, model: scenario.model });
        return result.targets
          .filter((target) => met.has(target.id) && !target.pass)
          .map((target) => `${target.label}: ${Math.round(target.shareInRange * 100)}% of seeds in range`);
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

/** The last line of the human report, e.g. `killed 40 of 66 (60.6%)`. */
export function summaryLine(report: MutationReport): string {
  return `killed ${report.killed} of ${report.tested} (${(report.killedShare * 100).toFixed(1)}%)`;
}
