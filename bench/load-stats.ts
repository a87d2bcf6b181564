import type { ServerWindow } from './load-protocol.ts';

/** What the load benchmark measures: latency percentiles, and the tally every player of a run adds to. */

export interface LatencyFigures {
  samples: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface RunFigures {
  /** Move to the sender's own copy of the update it caused. */
  moveToUpdate: LatencyFigures;
  /** Move to its acknowledgement. */
  moveToAck: LatencyFigures;
  moves: Record<string, number>;
  server: ServerWindow;
  client: { eventLoopP99Ms: number; cpuPercent: number };
  errors: { refused: Record<string, number>; disconnects: number; missingUpdates: number; total: number };
  /** Mean size of the update a move caused, as JSON. */
  updateBytes: number;
  /**
   * Per move made: the server's CPU time, and the updates every socket received (the move's own and its
   * table's, market ticks and phase changes included). The cost of a move beside the transport's.
   */
  perMove: { serverCpuMs: number; updates: number; writeCalls: number | null; writeBytes: number | null };
}

export function percentiles(values: number[]): LatencyFigures {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length === 0
      ? Number.NaN
      : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return {
    samples: sorted.length,
    p50Ms: at(50),
    p90Ms: at(90),
    p99Ms: at(99),
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}

/** Everything one run counts, over all players. */
export class Tally {
  readonly updateMs: number[] = [];
  readonly ackMs: number[] = [];
  readonly moves: Record<string, number> = {};
  readonly refused: Record<string, number> = {};
  disconnects = 0;
  missingUpdates = 0;
  updateBytes = 0;
  sizeSamples = 0;
  /** Updates received by every socket while measuring. */
  updatesReceived = 0;
  measuring = false;

  /** A move made while measuring, by kind. */
  countMove(kind: string): void {
    this.moves[kind] = (this.moves[kind] ?? 0) + 1;
  }

  /** A move refused (or never answered), by kind and reason. */
  countRefusal(kind: string, code: string): void {
    const key = `${kind} ${code}`;
    this.refused[key] = (this.refused[key] ?? 0) + 1;
  }

  /** An update that answered a move; its size is sampled, since measuring every one would cost the clients more than it tells. */
  recordUpdate(ms: number, message: unknown | null): void {
    this.updateMs.push(ms);
    // A move answered by a resync's snapshot has no update of its own to measure.
    if (message !== null && this.updateMs.length % 8 === 0) {
      this.updateBytes += JSON.stringify(message).length;
      this.sizeSamples++;
    }
  }

  /** The counts of the run as figures, with the server's and the clients' own measurements. */
  figures(server: ServerWindow, client: RunFigures['client']): RunFigures {
    const refusedTotal = Object.values(this.refused).reduce((sum, count) => sum + count, 0);
    const moves = Object.values(this.moves).reduce((sum, count) => sum + count, 0);
    const serverCpuMs = (server.cpuPercent / 100) * server.elapsedMs;
    return {
      moveToUpdate: percentiles(this.updateMs),
      moveToAck: percentiles(this.ackMs),
      moves: this.moves,
      server,
      client,
      errors: {
        refused: this.refused,
        disconnects: this.disconnects,
        missingUpdates: this.missingUpdates,
        total: refusedTotal + this.disconnects + this.missingUpdates,
      },
      updateBytes: this.sizeSamples > 0 ? Math.round(this.updateBytes / this.sizeSamples) : 0,
      perMove: {
        serverCpuMs: moves > 0 ? serverCpuMs / moves : Number.NaN,
        updates: moves > 0 ? this.updatesReceived / moves : Number.NaN,
        writeCalls: server.writes && moves > 0 ? server.writes.calls / moves : null,
        writeBytes: server.writes && moves > 0 ? server.writes.bytes / moves : null,
      },
    };
  }
}
