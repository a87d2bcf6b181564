import { parentPort, workerData } from 'node:worker_threads';
import { type BatchOptions, playTakenGames } from '../shared/sim/batch.ts';
import { withThreadCpu } from './thread-cpu.ts';

/**
 * A helper thread of a simulation batch: it takes games from the shared counter until none are left, and
 * says how much of its own CPU time the games took (its loading not included).
 */
const { options, counter, chunk } = workerData as {
  options: BatchOptions;
  counter: Int32Array;
  chunk: number;
};
const { result: played, cpuMs } = withThreadCpu(() => playTakenGames(options, counter, chunk));
parentPort?.postMessage({ played, cpuMs });
