import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO } from '../shared/scenario/japan-2025.ts';
import { ScenarioSchema } from '../shared/scenario/schema.ts';
import { CALIBRATION_CHECKS } from '../test/shared/market/calibration-checks.ts';
import { backtestCheck, killedBy, type Mutant, runMutants, summaryLine } from './mutation-check.ts';

/**
 * npm run test:mutants [-- --json] [--backtest-seeds N]
 * Scales each sourced model parameter (PARAM_SOURCES) by ×0.5 and ×2 and runs the calibration checks, and the
 * 2025 backtest on N seeds (20 by default; 0 leaves it out), against each version: a table of killed and
 * surviving versions, the calibration checks' own figure, then `killed K of N (P%)`. --json prints one object
 * for machines: { mutants: [{ parameter, factor, value, status, failedChecks }], tested, killed, refused,
 * killedShare, killedByCalibration, backtest: { seeds, metByDefault, missedByDefault } | null }.
 */
const USAGE =
  'usage: npm run test:mutants [-- --json] [--backtest-seeds N (20; 0 to leave the backtest out)]';
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'backtest-seeds': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const backtestSeeds = Number(values['backtest-seeds'] ?? 20);
if (!Number.isInteger(backtestSeeds) || backtestSeeds < 0 || backtestSeeds > 1000) {
  process.stderr.write(`--backtest-seeds must be a whole number 0–1000\n${USAGE}\n`);
  process.exit(2);
}

const backtest = backtestSeeds > 0 ? backtestCheck(backtestSeeds) : null;
const checks = backtest ? [...CALIBRATION_CHECKS, backtest.check] : CALIBRATION_CHECKS;
const report = runMutants(ScenarioSchema.parse(DEFAULT_SCENARIO), undefined, checks);
const killedByCalibration = killedBy(
  report,
  CALIBRATION_CHECKS.map((check) => check.name),
);

function row(mutant: Mutant): string {
  const what = `${mutant.parameter} ×${mutant.factor}`.padEnd(36);
  const value = String(Number(mutant.value.toPrecision(6))).padStart(10);
  const why =
    mutant.status === 'killed' ? `${mutant.failedChecks.length} check(s): ${mutant.failedChecks[0]}` : '';
  const detail = mutant.status === 'refused' ? `schema: ${mutant.failedChecks[0]}` : why;
  return `${what} ${value}  ${mutant.status.padEnd(8)}  ${detail}`;
}

if (values.json) {
  const backtestSummary = backtest
    ? { seeds: backtestSeeds, metByDefault: backtest.metByDefault, missedByDefault: backtest.missedByDefault }
    : null;
  process.stdout.write(
    `${JSON.stringify({ ...report, killedByCalibration, backtest: backtestSummary }, null, 2)}\n`,
  );
} else {
  const lines = [
    `${'parameter ×factor'.padEnd(36)} ${'value'.padStart(10)}  status    failed`,
    ...report.mutants.map(row),
  ];
  const survivors = report.mutants.filter((mutant) => mutant.status === 'survived');
  lines.push(
    '',
    `survived (${survivors.length}): ${survivors.map((m) => `${m.parameter} ×${m.factor}`).join(', ')}`,
  );
  if (report.refused > 0) lines.push(`refused by the params schema, not counted: ${report.refused}`);
  if (backtest) {
    lines.push(
      `backtest targets the default model misses on ${backtestSeeds} seeds (cannot kill): ${backtest.missedByDefault.join('; ') || 'none'}`,
    );
  }
  lines.push(`calibration checks alone: killed ${killedByCalibration} of ${report.tested}`);
  lines.push(summaryLine(report));
  process.stdout.write(`${lines.join('\n')}\n`);
}
