import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO } from '../shared/scenario/japan-2025.ts';
import { ScenarioSchema } from '../shared/scenario/schema.ts';
import { type Mutant, runMutants, summaryLine } from './mutation-check.ts';

/**
 * npm run test:mutants [-- --json]
 * Scales each sourced model parameter (PARAM_SOURCES) by ×0.5 and ×2 and runs the calibration checks against
 * each version: a table of killed and surviving versions, then `killed K of N (P%)`. --json prints one object
 * for machines: { mutants: [{ parameter, factor, value, status, failedChecks }], tested, killed, refused, killedShare }.
 */
const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  strict: true,
});
if (values.help) {
  process.stdout.write('usage: npm run test:mutants [-- --json]\n');
  process.exit(0);
}

const report = runMutants(ScenarioSchema.parse(DEFAULT_SCENARIO));

function row(mutant: Mutant): string {
  const what = `${mutant.parameter} ×${mutant.factor}`.padEnd(36);
  const value = String(Number(mutant.value.toPrecision(6))).padStart(10);
  const why =
    mutant.status === 'killed' ? `${mutant.failedChecks.length} check(s): ${mutant.failedChecks[0]}` : '';
  const detail = mutant.status === 'refused' ? `schema: ${mutant.failedChecks[0]}` : why;
  return `${what} ${value}  ${mutant.status.padEnd(8)}  ${detail}`;
}

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
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
  lines.push(summaryLine(report));
  process.stdout.write(`${lines.join('\n')}\n`);
}
