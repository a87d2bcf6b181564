import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type ClassroomReport, measureClassroom } from './classroom.ts';
import { runClusterBench } from './cluster.ts';
import { measureEngine } from './engine.ts';
import { measureLatency } from './latency.ts';
import { type LoadReport, runLoad } from './load.ts';
import type { SimulatorReport } from './simulator.ts';

/**
 * `npm run bench [-- --quick] [-- --skip-load] [-- --profile] [-- --sqlite] [-- --sockets 5000]`: the benchmark suite. Simulator throughput
 * (headless bot games), the engine alone, move-to-broadcast latency for one table, and the load run
 * (250 tables, 1,000 sockets, 60 s, with plain Socket.IO as the baseline; `--quick`: 50 tables for 30 s,
 * long enough to reach the first decide phase; `--sockets n`: n / 4 tables instead), and a class session of 30 tables of 4 with its console open
 * (`--skip-class` leaves it out; `--quick`: one round instead of two).
 * Prints a table, then everything as one JSON line.
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'skip-load': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    sqlite: { type: 'boolean', default: false },
    'sim-games': { type: 'string' },
    'skip-class': { type: 'boolean', default: false },
    /** `--cluster N`: the load run again against N nodes on Redis and PostgreSQL (bench/cluster.ts). */
    cluster: { type: 'string' },
    /** `--sockets N`: the load run with N / 4 tables on one node (e.g. 5000: 1,250). */
    sockets: { type: 'string' },
  },
});
const quick = values.quick ?? false;
const here = dirname(fileURLToPath(import.meta.url));

/** The simulator part (simulator.ts), when this checkout has the simulator. */
async function measureSimulator(games: number, budgetMs: number): Promise<SimulatorReport | null> {
  if (!existsSync(join(here, '..', 'shared', 'sim', 'headless.ts'))) return null;
  const simulator = await import('./simulator.ts');
  return simulator.measureSimulator(games, budgetMs);
}

/** `--sockets n`: a table seats four players. */
function tablesFor(sockets: string | undefined): number | null {
  if (sockets === undefined) return null;
  const count = Number(sockets);
  if (!Number.isInteger(count) || count < 4)
    throw new Error(`--sockets wants a whole number of at least 4, not ${sockets}`);
  return Math.floor(count / 4);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const fixed = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);

async function main(): Promise<void> {
  log(
    `leverage bench${quick ? ' (quick)' : ''}: node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model ?? 'cpu'}`,
  );
  log('simulator…');
  const simulator = await measureSimulator(
    Number(values['sim-games'] ?? (quick ? 200 : 1000)),
    quick ? 5_000 : 30_000,
  );
  log('engine…');
  const engine = measureEngine(quick ? 500 : 1500);
  log('latency (one table, one client at a time)…');
  const latency = await measureLatency({ games: 1, rounds: quick ? 2 : 6 });
  let classroom: ClassroomReport | null = null;
  if (!values['skip-class']) {
    log('class session (30 tables of 4, console open)…');
    classroom = await measureClassroom({ tables: 30, rounds: quick ? 1 : 2 });
  }
  let load: LoadReport | null = null;
  if (!values['skip-load']) {
    load = await runLoad({
      games: tablesFor(values.sockets) ?? (quick ? 50 : 250),
      durationSeconds: quick ? 30 : 60,
      moveEverySeconds: 5,
      baseline: true,
      profile: values.profile ?? false,
      waitForRecoveryWindow: !quick,
      store: values.sqlite ? 'sqlite' : 'memory',
      log,
    });
  }
  if (values.cluster)
    await runClusterBench({
      nodes: Number(values.cluster),
      games: quick ? 50 : 250,
      durationSeconds: quick ? 30 : 60,
      moveEverySeconds: 5,
      single: load?.leverage ?? null,
      log,
    });

  const rows: [string, string][] = [];
  const row = (name: string, value: string) => rows.push([name, value]);
  if (simulator) {
    row(
      'simulator (headless bot games, one thread)',
      `${fixed(simulator.gamesPerSecond)} games/s, ${fixed(simulator.gamesPerCpuSecond)} per CPU-second (${simulator.games} games)`,
    );
    row(
      "simulator: the server's path (XState, parsed), same games",
      `${fixed(simulator.machineGamesPerCpuSecond)} per CPU-second; fast path ${fixed(simulator.ratio, 2)}× as fast`,
    );
    row(
      "simulator: bots' decisions a game",
      `${fixed(simulator.decisionsPerGame)} (${fixed(simulator.quietDecisionsPerGame)} with nothing to do)`,
    );
  }
  row('engine: commands', `${fixed(engine.commandsPerSecond, 0)} /s`);
  row('engine: market ticks', `${fixed(engine.ticksPerSecond, 0)} /s`);
  row('engine: rounds resolved', `${fixed(engine.roundsPerSecond, 0)} /s`);
  row(
    "engine: one round's resolution p50 / max",
    `${fixed(engine.resolutionMs.p50, 2)} / ${fixed(engine.resolutionMs.max, 2)} ms (${engine.resolutionMs.samples} rounds)`,
  );
  row(
    'engine: broadcasts (5 views as JSON)',
    `${fixed(engine.broadcastsPerSecond, 0)} /s, ${engine.viewBytes} B a view`,
  );
  row(
    'latency, one table: p50 / p99',
    `${fixed(latency.p50Ms, 2)} / ${fixed(latency.p99Ms, 2)} ms (${latency.samples} moves)`,
  );
  if (classroom) {
    const figures = classroom.sheetToConsole;
    row(
      `class: ${classroom.people} people at ${classroom.tables} tables, sheet → console p50 / p99 / max`,
      `${fixed(figures.p50Ms)} / ${fixed(figures.p99Ms)} / ${fixed(figures.maxMs)} ms (${figures.samples} sheets, ${classroom.consoles} consoles, ${classroom.missing} missing; feed every ${classroom.consoleFeedMs} ms)`,
    );
  }
  if (load) {
    const { leverage, baseline, memory, ratio } = load;
    row(
      'load',
      `${load.games} games, ${load.sockets} sockets, ${load.durationSeconds} s, a move / player / ${load.moveEverySeconds} s, ${load.store} store`,
    );
    row(
      'load: moves made',
      `${leverage.moveToUpdate.samples} (${Object.entries(leverage.moves)
        .map(([kind, count]) => `${kind} ${count}`)
        .join(', ')})`,
    );
    row(
      'load: move → own update p50 / p99',
      `${fixed(leverage.moveToUpdate.p50Ms)} / ${fixed(leverage.moveToUpdate.p99Ms)} ms (max ${fixed(leverage.moveToUpdate.maxMs)})`,
    );
    row(
      'load: move → answer p50 / p99',
      `${fixed(leverage.moveToAck.p50Ms)} / ${fixed(leverage.moveToAck.p99Ms)} ms`,
    );
    row(
      'load: server event-loop delay p50 / p99 / max',
      `${fixed(leverage.server.eventLoopDelay.p50Ms)} / ${fixed(leverage.server.eventLoopDelay.p99Ms)} / ${fixed(leverage.server.eventLoopDelay.maxMs)} ms`,
    );
    const { gc } = leverage.server;
    if (gc)
      row(
        'load: server GC pauses: scavenges, full (count, sum, longest)',
        `${gc.scavenges.count}, ${fixed(gc.scavenges.totalMs)} ms, ${fixed(gc.scavenges.maxMs)} ms; ${gc.full.count}, ${fixed(gc.full.totalMs)} ms, ${fixed(gc.full.maxMs)} ms`,
      );
    row('load: server CPU', `${fixed(leverage.server.cpuPercent)} % of a core`);
    row(
      'load: clients CPU, event-loop p99',
      `${fixed(leverage.client.cpuPercent)} %, ${fixed(leverage.client.eventLoopP99Ms)} ms`,
    );
    row('load: update size (mean)', `${leverage.updateBytes} B`);
    row(
      'load: per move: server CPU, updates received, server write calls',
      `${fixed(leverage.perMove.serverCpuMs, 2)} ms, ${fixed(leverage.perMove.updates, 2)}, ${fixed(leverage.perMove.writeCalls, 2)}`,
    );
    row(
      'load: errors',
      `${leverage.errors.total} (refused ${JSON.stringify(leverage.errors.refused)}, disconnects ${leverage.errors.disconnects}, updates missing ${leverage.errors.missingUpdates})`,
    );
    const mb = (figures: { rssMb: number; heapUsedMb: number }) =>
      `${fixed(figures.heapUsedMb)} / ${fixed(figures.rssMb)}`;
    row('memory heap / RSS MB: baseline', mb(memory.baseline));
    row('memory: peak', mb(memory.peak));
    row(
      'memory: games ended, sockets gone (GC)',
      `${mb(memory.afterGamesEnd)} (${memory.afterGamesEnd.recoveryPackets} broadcasts kept for recovery)`,
    );
    row(
      'memory: games let go (GC)',
      `${mb(memory.afterRelease)} (${memory.afterRelease.recoveryPackets} broadcasts kept for recovery)`,
    );
    if (memory.afterRecoveryWindow)
      row(
        'memory: recovery window over (GC)',
        `${mb(memory.afterRecoveryWindow)} (${memory.afterRecoveryWindow.recoveryPackets} kept)`,
      );
    if (baseline && ratio) {
      row(
        'baseline (plain Socket.IO): p50 / p99',
        `${fixed(baseline.moveToUpdate.p50Ms)} / ${fixed(baseline.moveToUpdate.p99Ms)} ms`,
      );
      row(
        'baseline: event-loop p99, CPU',
        `${fixed(baseline.server.eventLoopDelay.p99Ms)} ms, ${fixed(baseline.server.cpuPercent)} %`,
      );
      row(
        'baseline: per move: server CPU, updates received, server write calls',
        `${fixed(baseline.perMove.serverCpuMs, 2)} ms, ${fixed(baseline.perMove.updates, 2)}, ${fixed(baseline.perMove.writeCalls, 2)}`,
      );
      row('baseline: errors', String(baseline.errors.total));
      row(
        'Leverage ÷ baseline: p50 / p99 / CPU / CPU per move',
        `${fixed(ratio.p50, 2)} / ${fixed(ratio.p99, 2)} / ${fixed(ratio.serverCpu, 2)} / ${fixed(ratio.cpuPerMove, 2)}`,
      );
    }
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  process.stdout.write(`${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n`);
  process.stdout.write(
    `${JSON.stringify({ benchmark: 'leverage', quick, node: process.version, cores: availableParallelism(), simulator, engine, latency, classroom, load })}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
