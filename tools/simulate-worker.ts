import { parentPort, workerData } from 'node:worker_threads';
import { type BatchOptions, playBatch } from '../shared/sim/batch.ts';

/** One share of a simulation batch, played on its own core: games first, first + stride, … */
parentPort?.postMessage(playBatch(workerData as BatchOptions));
