import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { BotProfile } from '../shared/bots/types.ts';
import { type PerRole, ROLE_IDS } from '../shared/roles.ts';
import { type BatchOptions, playBatch } from '../shared/sim/batch.ts';
import { parseProfile } from '../shared/sim/profiles.ts';
import { type GameOutcome, summarize } from '../shared/sim/summary.ts';

/**
 * npm run simulate -- --games N --seed S [--rounds R] [--tokyo hawk:hard] [--whiteHouse dove] … [--binding]
 * Plays N bot-versus-bot games headless and prints one JSON summary. The same arguments print the same
 * JSON apart from the timing fields (gamesPerSecond, elapsedMs). Games are split across one worker
 * per core (--workers to choose), and since game i always plays the same way and outcomes are summarised
 * in game order, the split never changes the figures.
 */
const USAGE =
  'usage: npm run simulate -- --games N --seed S [--rounds R] [--binding] [--<role> personality[:easy|hard]]\n' +
  `  roles: ${ROLE_IDS.join(', ')}; personalities: hawk, dove, titForTat, opportunist\n` +
  '  --workers W: threads to play on (default: one per core)';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function wholeNumber(
  text: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    fail(`--${name} must be a whole number ${min}–${max}`);
  return value;
}

const { values } = parseArgs({
  options: {
    games: { type: 'string' },
    seed: { type: 'string' },
    rounds: { type: 'string' },
    binding: { type: 'boolean', default: false },
    workers: { type: 'string' },
    help: { type: 'boolean', default: false },
    ...Object.fromEntries(ROLE_IDS.map((role) => [role, { type: 'string' as const }])),
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const games = wholeNumber(values.games as string | undefined, 'games', 100, 1, 10_000_000);
const seed = wholeNumber(values.seed as string | undefined, 'seed', 1, 0, 2 ** 32 - 1);
const rounds =
  values.rounds === undefined ? undefined : wholeNumber(values.rounds as string, 'rounds', 6, 1, 20);
const fixed: Partial<PerRole<BotProfile>> = {};
for (const role of ROLE_IDS) {
  const text = (values as Record<string, unknown>)[role];
  if (typeof text !== 'string') continue;
  const profile = parseProfile(text);
  if (!profile) fail(`--${role}: unknown profile "${text}"`);
  fixed[role] = profile;
}

const options: BatchOptions = {
  games,
  seed,
  fixed,
  bindingDeals: values.binding === true,
  ...(rounds ? { rounds } : {}),
};
const workers = wholeNumber(values.workers as string | undefined, 'workers', availableParallelism(), 1, 64);

const TSX_API = import.meta.resolve('tsx/esm/api');
const WORKER = new URL('./simulate-worker.ts', import.meta.url).href;

/** Plays the batch on `count` threads; each plays every count-th game. */
function playOnWorkers(count: number): Promise<{ index: number; outcome: GameOutcome }[][]> {
  if (count <= 1) return Promise.resolve([playBatch(options)]);
  const shares = Array.from({ length: count }, (_, first) => {
    return new Promise<{ index: number; outcome: GameOutcome }[]>((resolve, reject) => {
      // A worker does not inherit the tsx loader: it registers tsx and then imports the TypeScript worker.
      const bootstrap = `import(${JSON.stringify(TSX_API)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER)}, ${JSON.stringify(import.meta.url)}))`;
      const worker = new Worker(bootstrap, { eval: true, workerData: { ...options, first, stride: count } });
      worker.once('message', (results) => {
        resolve(results);
        void worker.terminate();
      });
      worker.once('error', reject);
    });
  });
  return Promise.all(shares);
}

const started = performance.now();
const used = Math.min(workers, games);
const results = (await playOnWorkers(used)).flat().sort((a, b) => a.index - b.index);
const summary = summarize(
  results.map((result) => result.outcome),
  seed,
);
const elapsedMs = performance.now() - started;
process.stdout.write(
  `${JSON.stringify(
    {
      ...summary,
      gamesPerSecond: Math.round((games / elapsedMs) * 1000 * 10) / 10,
      elapsedMs: Math.round(elapsedMs),
    },
    null,
    2,
  )}\n`,
);
