import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { BotProfile } from '../shared/bots/types.ts';
import { type PerRole, ROLE_IDS } from '../shared/roles.ts';
import type { BatchOptions, PlayedGame } from '../shared/sim/batch.ts';
import { parseProfile } from '../shared/sim/profiles.ts';
import { commandLine } from './cli.ts';
import { withThreadCpu } from './thread-cpu.ts';

/**
 * npm run simulate -- --games N --seed S [--rounds R] [--tokyo hawk:hard] [--whiteHouse dove] … [--binding]
 * Plays N bot-versus-bot games headless and prints one JSON summary. The same arguments print the same
 * JSON apart from the timing fields (gamesPerSecond; gamesPerCpuSecond, per core; elapsedMs). Games are
 * played on one thread per core (--workers to choose): this one and helper workers, each taking the next
 * few games as it comes free. Since
 * game i always plays the same way and outcomes are summarised in game order, the split never changes the
 * figures.
 */
const USAGE =
  'usage: npm run simulate -- --games N --seed S [--rounds R] [--binding] [--<role> personality[:easy|hard]]\n' +
  `  roles: ${ROLE_IDS.join(', ')}; personalities: hawk, dove, titForTat, opportunist\n` +
  '  --workers W: threads to play on (default: one per core)';

const cli = commandLine(USAGE);
// Typed where it is declared, so the compiler knows code after a failure is not reached.
const fail: (message: string) => never = cli.fail;
const { wholeNumber } = cli;

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

/** Games a thread claims at a time: enough to make claiming free, few enough that threads end together. */
const CHUNK = 8;

/** What a thread played, and the CPU time of its own that the games took (null where unknown). */
interface ThreadResults {
  played: PlayedGame[];
  cpuMs: number | null;
}

interface Helper {
  results: Promise<ThreadResults>;
  /** Ends a helper that has taken no game (its results are then never awaited). */
  stop(): void;
}

/** A helper thread that takes games from `counter` until none are left. */
function startHelper(counter: Int32Array): Helper {
  let stopped = false;
  // A worker does not inherit the tsx loader: it registers tsx and then imports the TypeScript worker.
  const bootstrap = `import(${JSON.stringify(TSX_API)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER)}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { options, counter, chunk: CHUNK } });
  const results = new Promise<ThreadResults>((resolve, reject) => {
    worker.once('message', (played: ThreadResults) => {
      resolve(played);
      void worker.terminate();
    });
    worker.once('error', reject);
    // The games it claimed would be lost: a helper that stops without answering fails the run.
    worker.once('exit', (code) => {
      if (!stopped) reject(new Error(`a simulation worker stopped (exit code ${code})`));
    });
  });
  // Handled here so that a helper failing while this thread is still loading is not an unhandled
  // rejection; awaiting `results` still fails the run.
  results.catch(() => {});
  return {
    results,
    stop() {
      stopped = true;
      void worker.terminate();
    },
  };
}

const threads = Math.min(workers, games);
const counter = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
// Helpers start loading first: they load tsx and the game while this thread loads the game below.
const helpers = Array.from({ length: threads - 1 }, () => startHelper(counter));
// Only now the game itself (the static imports above are what parsing the arguments needs).
const { playBatch, playTakenGames } = await import('../shared/sim/batch.ts');
const { summarize } = await import('../shared/sim/summary.ts');

/**
 * Plays the batch on this thread and the helpers. A helper needs about half a second to load before its
 * first game; this thread starts at once, so that time is spent playing rather than waiting, and the
 * shared counter leaves the helpers only what is left when they are ready. A batch this thread finishes
 * alone does not wait for helpers still loading.
 */
async function playOnThreads(): Promise<ThreadResults[]> {
  if (helpers.length === 0) {
    const { result: played, cpuMs } = withThreadCpu(() => playBatch(options));
    return [{ played, cpuMs }];
  }
  const { result: played, cpuMs } = withThreadCpu(() => playTakenGames(options, counter, CHUNK));
  // The counter is spent, so a helper cannot take a game from now on: if this thread played them all,
  // no helper holds one.
  if (played.length === options.games) {
    for (const helper of helpers) helper.stop();
    return [{ played, cpuMs }];
  }
  return [{ played, cpuMs }, ...(await Promise.all(helpers.map((helper) => helper.results)))];
}

const started = performance.now();
const cpuBefore = process.cpuUsage();
const byThread = await playOnThreads();
const cpu = process.cpuUsage(cpuBefore);
const results = byThread.flatMap((thread) => thread.played).sort((a, b) => a.index - b.index);
// CPU time inside the games alone, every thread's own; unknown if any thread could not say.
const playingCpuMs = byThread.every((thread) => thread.cpuMs !== null)
  ? byThread.reduce((sum, thread) => sum + (thread.cpuMs ?? 0), 0)
  : null;
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
      // Per core: games per CPU-second of every thread (helpers' loading included), so a busy machine
      // that gives the threads less time does not read as a slower simulator.
      gamesPerCpuSecond: Math.round((games / ((cpu.user + cpu.system) / 1e6)) * 10) / 10,
      // Per core on the games alone: each thread's own CPU time while it played (Linux; null elsewhere).
      // No loading, but no collector threads either: the figure above is the whole process's.
      gamesPerCpuSecondPlaying:
        playingCpuMs === null || playingCpuMs <= 0
          ? null
          : Math.round((games / (playingCpuMs / 1000)) * 10) / 10,
      elapsedMs: Math.round(elapsedMs),
    },
    null,
    2,
  )}\n`,
);
