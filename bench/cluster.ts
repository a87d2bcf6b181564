import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng, seedToState } from '../shared/rng.ts';
import { ROLE_IDS } from '../shared/roles.ts';
import { ScratchPostgres } from '../test/durability/postgres.ts';
import { ScratchRedis } from '../test/durability/redis.ts';
import { serverNodeFlags } from '../tools/server-node-flags.ts';
import { connectAll, endAndLeave, Player, playFor, seatTables } from './load-fleet.ts';
import { type RunFigures, Tally } from './load-stats.ts';

/**
 * `npm run bench -- --cluster N`: the load run's fleet (bench/load-fleet.ts: tables of four socket.io
 * clients, the same moves at the same pace) against N nodes of the real server (bench/cluster-node.ts)
 * on one Redis and one PostgreSQL, both scratch servers on 127.0.0.1 started here. Every socket connects
 * to a node drawn at random, so most tables have players on several nodes: their moves are forwarded to
 * the game's node and their updates come back through the Redis adapter. Reports move → own update and
 * move → answer p50 / p99, moves per second and the nodes' CPU, beside the single node's figures from the
 * same run when it measured them.
 */
export interface ClusterOptions {
  nodes: number;
  games: number;
  durationSeconds: number;
  moveEverySeconds: number;
  /** The single node's figures from the same run (the load run), printed beside. */
  single: RunFigures | null;
  log?: (line: string) => void;
}

export interface ClusterReport {
  nodes: number;
  games: number;
  sockets: number;
  durationSeconds: number;
  movesPerSecond: number;
  /** CPU of all the nodes together, % of one core. */
  nodesCpuPercent: number;
  figures: RunFigures;
}

const here = dirname(fileURLToPath(import.meta.url));

/** A node's CPU time so far (user + system), in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

function startNode(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    [...serverNodeFlags(), '--import', 'tsx', join(here, 'cluster-node.ts')],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  process.once('exit', () => child.kill('SIGKILL'));
  return new Promise((ready, fail) => {
    child.once('exit', (code) => fail(new Error(`cluster node exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const port = /serving on (\d+)/.exec(String(chunk))?.[1];
      if (port) ready({ child, port: Number(port) });
    });
  });
}

async function stopNode(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function runClusterBench(options: ClusterOptions): Promise<ClusterReport> {
  const log = options.log ?? (() => {});
  if (!Number.isInteger(options.nodes) || options.nodes < 1 || options.nodes > 8)
    throw new Error(`--cluster takes a number of nodes from 1 to 8, not ${options.nodes}`);
  log(
    `cluster: ${options.nodes} nodes, Redis and PostgreSQL, ${options.games} games × 4 sockets at random nodes`,
  );
  const [redis, postgres] = await Promise.all([ScratchRedis.start(), ScratchPostgres.start()]);
  const nodes: ChildProcess[] = [];
  try {
    const databaseUrl = postgres.url();
    const started = await Promise.all(
      Array.from({ length: options.nodes }, (_, index) =>
        startNode({
          LEVERAGE_DATABASE_URL: databaseUrl,
          LEVERAGE_REDIS_URL: redis.url(),
          LEVERAGE_NODE_ID: `bench-${index + 1}`,
          // Longer than the default: on a shared benchmark machine a node's renewal can be held up for
          // seconds, and a take-over would be measured instead of the steady state.
          LEVERAGE_LEASE_MS: '10000',
        }),
      ),
    );
    nodes.push(...started.map((node) => node.child));
    // Each socket's node drawn at random (seeded): tables mix nodes, as behind a load balancer.
    const rng = createRng(seedToState('leverage cluster bench'));
    const count = options.games * 4;
    const perNode = started.map(() => 0);
    const order = Array.from({ length: count }, () => Math.floor(rng.next() * started.length));
    for (const node of order) perNode[node]!++;
    const byNode = await Promise.all(started.map((node, index) => connectAll(node.port, perNode[index]!)));
    const sockets = order.map((node) => byNode[node]!.shift()!);
    const tally = new Tally();
    const players = sockets.map((socket, index) => new Player(socket, ROLE_IDS[index % 4]!, tally, false));
    await seatTables(players, options.games, false);
    log(
      `  ${sockets.length} sockets (${perNode.join(' / ')} a node); playing for ${options.durationSeconds} s`,
    );

    const cpuBefore = nodes.map((node) => cpuMs(node.pid!));
    const startedAt = performance.now();
    await playFor(players, tally, options.moveEverySeconds, options.durationSeconds);
    const elapsedMs = performance.now() - startedAt;
    const nodesCpuPercent =
      (nodes.reduce((sum, node, index) => sum + cpuMs(node.pid!) - cpuBefore[index]!, 0) / elapsedMs) * 100;
    const figures = tally.figures(
      {
        elapsedMs,
        cpuPercent: nodesCpuPercent,
        // Measured inside a node only; the nodes here are plain child processes.
        eventLoopDelay: { p50Ms: Number.NaN, p99Ms: Number.NaN, maxMs: Number.NaN, meanMs: Number.NaN },
        gc: null,
        peak: { rssMb: Number.NaN, heapUsedMb: Number.NaN },
        writes: null,
      },
      { eventLoopP99Ms: Number.NaN, cpuPercent: Number.NaN },
    );
    await endAndLeave(players, false);
    const moves = Object.values(figures.moves).reduce((sum, moved) => sum + moved, 0);
    const report: ClusterReport = {
      nodes: options.nodes,
      games: options.games,
      sockets: count,
      durationSeconds: options.durationSeconds,
      movesPerSecond: moves / (elapsedMs / 1000),
      nodesCpuPercent,
      figures,
    };
    printBeside(report, options.single, options.durationSeconds);
    return report;
  } finally {
    await Promise.all(nodes.map(stopNode));
    await Promise.all([redis.stop(), postgres.stop()]);
  }
}

/** The cluster's figures beside the single node's (when the same run measured it), then one JSON line. */
function printBeside(report: ClusterReport, single: RunFigures | null, seconds: number): void {
  const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
  const { figures } = report;
  const singleMoves = single
    ? Object.values(single.moves).reduce((sum, moved) => sum + moved, 0)
    : Number.NaN;
  const rows: [string, string, string][] = [
    [
      'move → own update p50 / p99',
      `${fixed(figures.moveToUpdate.p50Ms)} / ${fixed(figures.moveToUpdate.p99Ms)} ms`,
      single ? `${fixed(single.moveToUpdate.p50Ms)} / ${fixed(single.moveToUpdate.p99Ms)} ms` : '–',
    ],
    [
      'move → answer p50 / p99',
      `${fixed(figures.moveToAck.p50Ms)} / ${fixed(figures.moveToAck.p99Ms)} ms`,
      single ? `${fixed(single.moveToAck.p50Ms)} / ${fixed(single.moveToAck.p99Ms)} ms` : '–',
    ],
    ['moves per second', fixed(report.movesPerSecond), fixed(singleMoves / seconds)],
    [
      'server CPU (all nodes)',
      `${fixed(report.nodesCpuPercent)} % of a core`,
      single ? `${fixed(single.server.cpuPercent)} %` : '–',
    ],
    ['errors', String(figures.errors.total), single ? String(single.errors.total) : '–'],
  ];
  console.log(
    `\ncluster (${report.nodes} nodes, ${report.sockets} sockets)`.padEnd(44) +
      'cluster'.padEnd(28) +
      'one node',
  );
  for (const [name, cluster, one] of rows) console.log(`  ${name.padEnd(40)}${cluster.padEnd(28)}${one}`);
  console.log(
    JSON.stringify({
      benchmark: 'leverage-cluster',
      nodes: report.nodes,
      games: report.games,
      p50: figures.moveToUpdate.p50Ms,
      p99: figures.moveToUpdate.p99Ms,
      movesPerSecond: report.movesPerSecond,
      single: single ? { p50: single.moveToUpdate.p50Ms, p99: single.moveToUpdate.p99Ms } : null,
    }),
  );
}
