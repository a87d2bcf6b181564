import { parseArgs } from 'node:util';
import { type BacktestResult, runBacktest } from '../shared/sim/backtest/run.ts';
import { commandLine } from './cli.ts';

/**
 * npm run backtest -- [--seeds N] [--seed S] [--game-noise] [--json]
 * Plays 2 April → 25 July 2025 through the engine as game inputs on N seeds (100 by default) and sets each
 * major move against its documented range (shared/sim/backtest/record-2025.ts): the share of seeds inside,
 * and a pass when at least 80% are. The week's news is driven as inputs, so the replay keeps only a share of
 * the game's noise (BACKTEST_NOISE_SHARE); --game-noise plays it with all of it. The same arguments print the
 * same figures; the time goes to stderr.
 */
const USAGE = 'usage: npm run backtest -- [--seeds N (100)] [--seed S (1)] [--game-noise] [--json]';

const { wholeNumber } = commandLine(USAGE);

const { values } = parseArgs({
  options: {
    seeds: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean', default: false },
    'game-noise': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const move = (value: number, unit: 'bp' | 'pct') =>
  `${value >= 0 ? '+' : ''}${value.toFixed(unit === 'bp' ? 0 : 1)}${unit === 'bp' ? 'bp' : '%'}`;

function report(result: BacktestResult): string {
  const lines = [
    `backtest 2 April → 25 July 2025: ${result.seeds} seeds from seed ${result.seed}, ${result.noiseShare} of the game's noise`,
    '',
  ];
  lines.push('week ending   10y rec/model    S&P rec/model    Nikkei rec/model   USD/JPY rec/model');
  for (const week of result.weeks) {
    const { record, model } = week;
    lines.push(
      `${week.weekEnding}  ${record.yield10y.toFixed(2)} ${model.yield10y.toFixed(2)}   ${String(Math.round(record.usEquity)).padStart(5)} ${String(Math.round(model.usEquity)).padStart(5)}   ${String(Math.round(record.japanEquity)).padStart(6)} ${String(Math.round(model.japanEquity)).padStart(6)}    ${record.usdJpy.toFixed(1)} ${model.usdJpy.toFixed(1)}`,
    );
  }
  lines.push('', 'targets (model mean [p10, p90] against the range; share of seeds inside):');
  for (const target of result.targets) {
    const { model, unit } = target;
    lines.push(
      `  [${target.pass ? 'pass' : 'FAIL'}] ${target.label}: ${move(model.mean, unit)} [${move(model.p10, unit)}, ${move(model.p90, unit)}] vs ${move(target.range[0], unit)}…${move(target.range[1], unit)} (record ${move(target.recorded, unit)}): ${(target.shareInRange * 100).toFixed(0)}%`,
    );
  }
  lines.push(
    '',
    `${result.passed} of ${result.targets.length} targets pass; a backstop fired in ${(result.backstopShare * 100).toFixed(0)}% of seeds`,
  );
  return `${lines.join('\n')}\n`;
}

const started = performance.now();
const result = runBacktest({
  seeds: wholeNumber(values.seeds, 'seeds', 100, 1, 100_000),
  seed: wholeNumber(values.seed, 'seed', 1, 0, 2 ** 32 - 1),
  ...(values['game-noise'] ? { noiseShare: 1 } : {}),
});
process.stderr.write(`backtest took ${Math.round(performance.now() - started)} ms\n`);
process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : report(result));
