import { pathToFileURL } from 'node:url';
import { runBaseline } from './load-baseline.ts';
import { endAndLeave } from './load-fleet.ts';
import type { MemoryFigures } from './load-protocol.ts';
import { playRun } from './load-run.ts';
import { ServerProcess } from './load-server-process.ts';
import type { RunFigures } from './load-stats.ts';

export { type LatencyFigures, percentiles, type RunFigures } from './load-stats.ts';

/**
 * The load benchmark: `games` tables of four socket.io clients (websocket, 127.0.0.1) playing for
 * `durationSeconds`, each player making one move every `moveEverySeconds` — public statements, private
 * messages, proposals and signatures while the table talks, its sheet in decide — on short phases (news
 * 3 s, negotiate 20 s, decide 10 s, the market ticking every 2 s) so every phase comes round. The server
 * runs in a child process (bench/load-server.ts) so its CPU, memory and event loop are its own; then
 * the same clients drive plain Socket.IO relaying each move as a same-sized broadcast, the baseline.
 *
 * This file runs the whole benchmark and reports it; the players are in load-fleet.ts (their moves in
 * load-moves.ts), one measured run in load-run.ts, the baseline in load-baseline.ts.
 */
export interface LoadOptions {
  games: number;
  durationSeconds: number;
  moveEverySeconds: number;
  /** Run the plain Socket.IO baseline after the real server. */
  baseline: boolean;
  /** Write a CPU profile of the server process into bench/profiles. */
  profile: boolean;
  /** Wait (up to three minutes after the run) until Socket.IO's recovery buffer has expired, and measure memory again. */
  waitForRecoveryWindow: boolean;
  /** The server's store: `memory` (default) or `sqlite` (what `npm start` uses, in a temporary folder). */
  store?: 'memory' | 'sqlite';
  log?: (line: string) => void;
}

export type KeptMemory = MemoryFigures & { recoveryPackets: number };

export interface LoadReport {
  store: 'memory' | 'sqlite';
  games: number;
  sockets: number;
  durationSeconds: number;
  moveEverySeconds: number;
  leverage: RunFigures;
  memory: {
    baseline: MemoryFigures;
    peak: MemoryFigures;
    /** After the games ended and every socket left, games still held (as for a debrief), after GC. */
    afterGamesEnd: KeptMemory;
    /** After the games were let go (as the idle sweep does), after GC: recovery still holds recent broadcasts. */
    afterRelease: KeptMemory;
    /** Once Socket.IO's two-minute recovery buffer has let go of the last broadcasts too (full runs only). */
    afterRecoveryWindow: KeptMemory | null;
  };
  baseline: RunFigures | null;
  /** Leverage ÷ plain Socket.IO (`cpuPerMove`: server CPU time per move made, whatever the moves made). */
  ratio: { p50: number; p99: number; serverCpu: number; cpuPerMove: number } | null;
}

function perMove(figures: RunFigures): string {
  const { serverCpuMs, updates, writeCalls, writeBytes } = figures.perMove;
  const writes =
    writeCalls === null || writeBytes === null
      ? ''
      : `, ${writeCalls.toFixed(2)} write calls (${writeBytes.toFixed(0)} B)`;
  return `server CPU ${serverCpuMs.toFixed(2)} ms and ${updates.toFixed(2)} updates${writes} per move, ${figures.errors.total} errors`;
}

/** How long Socket.IO keeps broadcasts for connection-state recovery (server/app.ts), and its sweep period. */
const RECOVERY_WINDOW_MS = 2 * 60_000;
const RECOVERY_SWEEP_MS = 60_000;

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const log = options.log ?? (() => {});
  log(
    `load: ${options.games} games × 4 sockets, ${options.durationSeconds} s, a move per player every ${options.moveEverySeconds} s`,
  );
  const leverageServer = await ServerProcess.start(
    ['--mode', 'leverage', '--store', options.store ?? 'memory'],
    options.profile,
  );
  try {
    const baseline = leverageServer.startMemory;
    const leverage = await playRun(leverageServer, options, null);
    const lastBroadcastAt = performance.now();
    await endAndLeave(leverage.players, false);
    const ended = await leverageServer.ask({ type: 'memory', release: false }, 'memory');
    const released = await leverageServer.ask({ type: 'memory', release: true }, 'memory');
    log(
      `  leverage: p50 ${leverage.figures.moveToUpdate.p50Ms.toFixed(1)} ms, p99 ${leverage.figures.moveToUpdate.p99Ms.toFixed(1)} ms; ` +
        `heap ${baseline.heapUsedMb.toFixed(0)} → ${leverage.figures.server.peak.heapUsedMb.toFixed(0)} → ${released.memory.heapUsedMb.toFixed(0)} MB ` +
        `(${released.recoveryPackets} broadcasts kept for recovery); ${perMove(leverage.figures)}`,
    );

    let relay: RunFigures | null = null;
    if (options.baseline) {
      log('  baseline: plain Socket.IO relaying the same moves as same-sized broadcasts');
      relay = await runBaseline(options, leverage.figures);
      log(
        `  baseline: p50 ${relay.moveToUpdate.p50Ms.toFixed(1)} ms, p99 ${relay.moveToUpdate.p99Ms.toFixed(1)} ms; ${perMove(relay)}; ` +
          `CPU per move ${(leverage.figures.perMove.serverCpuMs / relay.perMove.serverCpuMs).toFixed(2)}× the baseline's`,
      );
    }

    // The recovery buffer lets go of a broadcast two minutes after it was sent, at its next sweep.
    let afterRecoveryWindow: (MemoryFigures & { recoveryPackets: number }) | null = null;
    if (options.waitForRecoveryWindow) {
      const wait = RECOVERY_WINDOW_MS + RECOVERY_SWEEP_MS + 5_000 - (performance.now() - lastBroadcastAt);
      if (wait > 0) {
        log(`  waiting ${(wait / 1000).toFixed(0)} s for the recovery window to pass`);
        await new Promise((done) => setTimeout(done, wait));
      }
      const expired = await leverageServer.ask({ type: 'memory', release: true }, 'memory');
      afterRecoveryWindow = { ...expired.memory, recoveryPackets: expired.recoveryPackets };
    }
    return {
      store: options.store ?? 'memory',
      games: options.games,
      sockets: options.games * 4,
      durationSeconds: options.durationSeconds,
      moveEverySeconds: options.moveEverySeconds,
      leverage: leverage.figures,
      memory: {
        baseline,
        peak: leverage.figures.server.peak,
        afterGamesEnd: { ...ended.memory, recoveryPackets: ended.recoveryPackets },
        afterRelease: { ...released.memory, recoveryPackets: released.recoveryPackets },
        afterRecoveryWindow,
      },
      baseline: relay,
      ratio: relay
        ? {
            p50: leverage.figures.moveToUpdate.p50Ms / relay.moveToUpdate.p50Ms,
            p99: leverage.figures.moveToUpdate.p99Ms / relay.moveToUpdate.p99Ms,
            serverCpu: leverage.figures.server.cpuPercent / relay.server.cpuPercent,
            cpuPerMove: leverage.figures.perMove.serverCpuMs / relay.perMove.serverCpuMs,
          }
        : null,
    };
  } finally {
    await leverageServer.stop().catch(() => undefined);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  // `--games N`, `--seconds N`: a reduced run (a profile on a busy machine) without the rest of the suite.
  const numberAfter = (flag: string) => {
    const at = process.argv.indexOf(flag);
    return at < 0 ? null : Number(process.argv[at + 1]);
  };
  runLoad({
    games: numberAfter('--games') ?? (quick ? 50 : 250),
    durationSeconds: numberAfter('--seconds') ?? (quick ? 30 : 60),
    moveEverySeconds: 5,
    baseline: !process.argv.includes('--no-baseline'),
    profile: process.argv.includes('--profile'),
    // `--no-recovery-wait`: leaves out the memory figures after the recovery window (a CPU or latency comparison).
    waitForRecoveryWindow: !quick && !process.argv.includes('--no-recovery-wait'),
    store: process.argv.includes('--sqlite') ? 'sqlite' : 'memory',
    log: (line) => console.error(line),
  })
    .then((report) => {
      console.log(JSON.stringify(report, null, 2));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
