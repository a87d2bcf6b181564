import { parseArgs } from 'node:util';
import { sourcedParams } from '../shared/market/index.ts';
import { DEFAULT_SCENARIO } from '../shared/scenario/japan-2025.ts';
import { ScenarioSchema } from '../shared/scenario/schema.ts';
import { CALIBRATION_CHECKS } from '../test/shared/market/calibration-checks.ts';
import { judgementTable } from './judgement-table.ts';
import {
  backtestCheck,
  judgementCount,
  judgementLine,
  killedBy,
  type Mutant,
  runMutants,
  summaryLine,
} from './mutation-check.ts';

/**
 * npm run test:mutants [-- --json] [--backtest-seeds N] [--param NAME ...]
 * Scales each sourced model parameter (PARAM_SOURCES) by ×0.5 and ×2 and runs the calibration checks, and the
 * 2025 backtest on N seeds (20 by default; 0 leaves it out), against each version: a table of killed and
 * surviving versions, how many parameters rest on judgement against issue 8's "fewer than half", the
 * calibration checks' own figure, then `killed K of N (P%)`. --json prints one object
 * for machines: { mutants: [{ parameter, factor, value, status, failedChecks }], tested, killed, refused,
 * unreached, killedShare, killedByCalibration, backtest: { seeds, metByDefault, missedByDefault } | null,
 * judgement: { parameters, judgement, atMost } };
 * status is killed, survived, refused (the params schema's) or unreached (mutation-check.ts, UNREACHED_BOUNDS).
 * --param NAME (repeatable) scales only the named sourced parameters: seconds instead of minutes while a new
 * check is written for one survivor.
 *
 * --judgement: "what doubling it changes" instead (judgement-doubling.ts): each [judgement] parameter ×2, with
 * the backtest targets met (--backtest-seeds, 6 by default), the calibration checks failed and each role's
 * mean over --games N paired bot games (4); --quick is --games 2 --backtest-seeds 3.
 */
const USAGE =
  'usage: npm run test:mutants [-- --json] [--backtest-seeds N (20; 0 to leave the backtest out)] [--param NAME ...]\n' +
  '       npm run test:mutants -- --judgement [--games N (4)] [--backtest-seeds N (6)] [--quick] [--json]';
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'backtest-seeds': { type: 'string' },
    judgement: { type: 'boolean', default: false },
    games: { type: 'string' },
    quick: { type: 'boolean', default: false },
    param: { type: 'string', multiple: true },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
function wholeNumber(name: string, text: string | undefined, fallback: number, max: number): number {
  const value = Number(text ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    process.stderr.write(`--${name} must be a whole number 0–${max}\n${USAGE}\n`);
    process.exit(2);
  }
  return value;
}
if (values.judgement) {
  const quick = values.quick;
  const games = wholeNumber('games', values.games, quick ? 2 : 4, 1000);
  const seeds = wholeNumber('backtest-seeds', values['backtest-seeds'], quick ? 3 : 6, 1000);
  process.stdout.write(judgementTable(ScenarioSchema.parse(DEFAULT_SCENARIO), games, seeds, values.json));
  process.exit(0);
}
if (values.games !== undefined || values.quick) {
  process.stderr.write(`--games and --quick go with --judgement\n${USAGE}\n`);
  process.exit(2);
}
const backtestSeeds = wholeNumber('backtest-seeds', values['backtest-seeds'], 20, 1000);
const sourced = sourcedParams();
const parameters = values.param ?? sourced;
const unknown = parameters.filter((name) => !sourced.some((known) => known === name));
if (unknown.length > 0) {
  process.stderr.write(`not a sourced parameter: ${unknown.join(', ')}\n${USAGE}\n`);
  process.exit(2);
}

const backtest = backtestSeeds > 0 ? backtestCheck(backtestSeeds) : null;
const checks = backtest ? [...CALIBRATION_CHECKS, backtest.check] : CALIBRATION_CHECKS;
const report = runMutants(
  ScenarioSchema.parse(DEFAULT_SCENARIO),
  sourced.filter((name) => parameters.includes(name)),
  checks,
);
const killedByCalibration = killedBy(
  report,
  CALIBRATION_CHECKS.map((check) => check.name),
);

function row(mutant: Mutant): string {
  const what = `${mutant.parameter} ×${mutant.factor}`.padEnd(36);
  const value = String(Number(mutant.value.toPrecision(6))).padStart(10);
  const why =
    mutant.status === 'killed' ? `${mutant.failedChecks.length} check(s): ${mutant.failedChecks[0]}` : '';
  const unreached = mutant.status === 'unreached' ? 'no state of the game meets the bound' : why;
  const detail = mutant.status === 'refused' ? `schema: ${mutant.failedChecks[0]}` : unreached;
  return `${what} ${value}  ${mutant.status.padEnd(8)}  ${detail}`;
}

if (values.json) {
  const backtestSummary = backtest
    ? { seeds: backtestSeeds, metByDefault: backtest.metByDefault, missedByDefault: backtest.missedByDefault }
    : null;
  process.stdout.write(
    `${JSON.stringify({ ...report, killedByCalibration, backtest: backtestSummary, judgement: judgementCount() }, null, 2)}\n`,
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
  if (report.unreached > 0) {
    lines.push(
      `unreached (a bound no state of the game meets, at the default and the version alike: the default model itself), not counted: ${report.unreached}`,
    );
  }
  if (backtest) {
    lines.push(
      `backtest targets the default model misses on ${backtestSeeds} seeds (cannot kill): ${backtest.missedByDefault.join('; ') || 'none'}`,
    );
  }
  lines.push(judgementLine(judgementCount()));
  lines.push(`calibration checks alone: killed ${killedByCalibration} of ${report.tested}`);
  lines.push(summaryLine(report));
  process.stdout.write(`${lines.join('\n')}\n`);
}
