import { parentPort, workerData } from 'node:worker_threads';
import { type BatchOptions, playTakenGames } from '../shared/sim/batch.ts';

/** A helper thread of a simulation batch: it takes games from the shared counter until none are left. */
const { options, counter, chunk } = workerData as {
  options: BatchOptions;
  counter: Int32Array;
  chunk: number;
};
parentPort?.postMessage(playTakenGames(options, counter, chunk));
