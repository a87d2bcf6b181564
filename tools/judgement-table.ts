import { ROLE_IDS } from '../shared/roles.ts';
import type { Scenario } from '../shared/scenario/schema.ts';
import { CALIBRATION_CHECKS } from '../test/shared/market/calibration-checks.ts';
import { type JudgementRow, runJudgementDoubling } from './judgement-doubling.ts';

/** The report of `npm run test:mutants -- --judgement`: a table, or with `json` one object for machines. */
export function judgementTable(base: Scenario, games: number, backtestSeeds: number, json: boolean): string {
  const started = Date.now();
  const report = runJudgementDoubling(base, {
    games,
    backtestSeeds,
    checks: CALIBRATION_CHECKS,
    progress: (done, total) => process.stderr.write(`\r${done}/${total}`),
  });
  process.stderr.write(`\ndone in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  if (json) return `${JSON.stringify(report, null, 2)}\n`;
  // A change beyond two standard errors of the paired differences is marked "*": the rest is the games' spread.
  const means = (row: Pick<JudgementRow, 'roleMeans'>, changeOf?: JudgementRow) =>
    ROLE_IDS.map((role) => {
      const value = row.roleMeans[role] - (changeOf ? report.base.roleMeans[role] : 0);
      const clear = changeOf && Math.abs(value) > 2 * changeOf.roleChangeSe[role] && value !== 0;
      return `${changeOf && value >= 0 ? '+' : ''}${value.toFixed(1)}${clear ? '*' : ' '}`.padStart(8);
    }).join('');
  const lines = [
    `each [judgement] parameter ×${report.factor}: backtest targets met on ${backtestSeeds} seeds, calibration checks failed, role means over ${games} paired bot games (change from the default model; * beyond two standard errors of the paired changes)`,
    `${'parameter'.padEnd(34)}${'×2 value'.padStart(10)}  backtest  checks${ROLE_IDS.map((role) => role.slice(0, 6).padStart(8)).join('')}  what moved`,
    `${'(default model)'.padEnd(34)}${''.padStart(10)}  ${`${report.base.backtestMet}/${report.base.backtestTargets}`.padStart(8)}  ${String(report.base.failedChecks.length).padStart(6)}${means(report.base)}`,
  ];
  for (const row of report.rows) {
    const value = String(Number(row.value.toPrecision(6))).padStart(10);
    if (row.refused) {
      lines.push(`${row.parameter.padEnd(34)}${value}  refused by the schema: ${row.refused}`);
      continue;
    }
    const moved = [...row.backtestChanged, ...row.failedChecks.map((name) => `fails: ${name.slice(0, 60)}`)];
    lines.push(
      `${row.parameter.padEnd(34)}${value}  ${`${row.backtestMet}/${row.backtestTargets}`.padStart(8)}  ${String(row.failedChecks.length).padStart(6)}${means(row, row)}  ${moved.join('; ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
