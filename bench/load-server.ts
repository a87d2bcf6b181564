import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  constants,
  type IntervalHistogram,
  monitorEventLoopDelay,
  PerformanceObserver,
} from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Server } from 'socket.io';
import { createLeverageServer } from '../server/app.ts';
import type { GameStore } from '../server/store/game-store.ts';
import { MemoryGameStore } from '../server/store/memory-store.ts';
import { SqliteGameStore } from '../server/store/sqlite-store.ts';
import { TRANSPORT_OPTIONS } from '../server/transport.ts';
import { ONE_ADDRESS_FOR_ALL } from './bench-limits.ts';
import type { GcPauses, ServerReply, ServerRequest, ServerWindow } from './load-protocol.ts';

/**
 * The server side of the load benchmark, in its own process so that its CPU, memory and event loop are
 * measured apart from the clients'. `--mode leverage` runs the real server (memory store, no bots: every
 * seat is a client); `--mode relay` runs plain Socket.IO that answers each move and broadcasts a payload
 * of `--payload-bytes` to the game's room, the baseline. The parent talks to it over IPC.
 *
 * Start with --expose-gc so memory can be measured after a forced collection.
 */
const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'leverage' },
    /** `memory` (the default here) or `sqlite`, the store `npm start` uses, in a fresh temporary folder. */
    store: { type: 'string', default: 'memory' },
    'payload-bytes': { type: 'string', default: '2000' },
  },
});

const send = (reply: ServerReply) => process.send?.(reply);
const gc = (globalThis as { gc?: () => void }).gc;

function memory() {
  const usage = process.memoryUsage();
  return { rssMb: usage.rss / 2 ** 20, heapUsedMb: usage.heapUsed / 2 ** 20 };
}

/** The kernel's count of this process's write calls and bytes so far (Linux); null elsewhere. */
function writesSoFar(): { calls: number; bytes: number } | null {
  try {
    const io = readFileSync('/proc/self/io', 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(io)?.[1] ?? Number.NaN);
    return { calls: field('syscw'), bytes: field('wchar') };
  } catch {
    return null;
  }
}

/** The histogram's timer fires every RESOLUTION_MS and records the whole interval; the delay is the excess. */
const RESOLUTION_MS = 10;

const noPauses = (): GcPauses => ({ count: 0, totalMs: 0, maxMs: 0 });

function addPause(pauses: GcPauses, ms: number): void {
  pauses.count++;
  pauses.totalMs += ms;
  pauses.maxMs = Math.max(pauses.maxMs, ms);
}

/** Event-loop delay, CPU, garbage-collection pauses and peak memory over a measuring window. */
class Window {
  private readonly delay: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private cpu = process.cpuUsage();
  private startedAt = performance.now();
  private peak = memory();
  private readonly writes = writesSoFar();
  private readonly sampler: NodeJS.Timeout;
  private readonly gc = { scavenges: noPauses(), full: noPauses() };
  private readonly collections = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // A collection's kind is in its `detail` (Node 16 on), which the entry type of these typings leaves out.
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) addPause(this.gc.scavenges, entry.duration);
      else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) addPause(this.gc.full, entry.duration);
    }
  });

  constructor() {
    this.delay.enable();
    this.collections.observe({ entryTypes: ['gc'] });
    this.sampler = setInterval(() => {
      const now = memory();
      this.peak = {
        rssMb: Math.max(this.peak.rssMb, now.rssMb),
        heapUsedMb: Math.max(this.peak.heapUsedMb, now.heapUsedMb),
      };
    }, 250);
  }

  end(): ServerWindow {
    clearInterval(this.sampler);
    this.delay.disable();
    this.collections.disconnect();
    const cpu = process.cpuUsage(this.cpu);
    const writesNow = writesSoFar();
    const elapsedMs = performance.now() - this.startedAt;
    const ms = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
    return {
      elapsedMs,
      cpuPercent: ((cpu.user + cpu.system) / 1000 / elapsedMs) * 100,
      eventLoopDelay: {
        p50Ms: ms(this.delay.percentile(50)),
        p99Ms: ms(this.delay.percentile(99)),
        maxMs: ms(this.delay.max),
        meanMs: ms(this.delay.mean),
      },
      gc: this.gc,
      peak: this.peak,
      writes:
        this.writes && writesNow
          ? { calls: writesNow.calls - this.writes.calls, bytes: writesNow.bytes - this.writes.bytes }
          : null,
    };
  }
}

/** Broadcasts the single node's recovery adapter keeps (recovery-adapter.ts); none under another adapter. */
function packetsKept(adapter: unknown): number {
  return (adapter as { keptBroadcasts?: number }).keptBroadcasts ?? 0;
}

async function collected() {
  for (let pass = 0; pass < 3; pass++) {
    gc?.();
    await new Promise((done) => setTimeout(done, 100));
  }
  return memory();
}

interface Running {
  port: number;
  /** Broadcasts Socket.IO keeps for connection-state recovery (two minutes of them). */
  recoveryPackets(): number;
  games(): number;
  connections(): number;
  /** Lets every game go, as the idle sweep would, and forgets them in the store. */
  release(): Promise<void>;
  close(): Promise<void>;
}

async function storeFor(kind: string | undefined): Promise<{ store: GameStore; cleanUp(): Promise<void> }> {
  if (kind !== 'sqlite') return { store: new MemoryGameStore(), cleanUp: async () => {} };
  const dataDir = await mkdtemp(join(tmpdir(), 'leverage-bench-'));
  return {
    store: new SqliteGameStore({ dataDir }),
    cleanUp: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function startLeverage(): Promise<Running> {
  const { store, cleanUp } = await storeFor(values.store);
  const server = await createLeverageServer({
    port: 0,
    host: '127.0.0.1',
    store,
    // Every seat is a client; no bot is asked to think.
    bots: () => [],
    ...ONE_ADDRESS_FOR_ALL,
    logger: { info: () => {}, error: (...args: unknown[]) => console.error(...args) },
  });
  return {
    port: server.port,
    recoveryPackets: () => packetsKept(server.io.of('/').adapter),
    games: () => server.registry.size,
    connections: () => server.io.of('/').sockets.size,
    async release() {
      const games = [...server.registry.games()];
      for (const game of games) await game.settled();
      for (const game of games) {
        server.registry.remove(game.id);
        await store.delete(game.id);
      }
    },
    async close() {
      await server.close();
      await store.close();
      await cleanUp();
    },
  };
}

/**
 * Plain Socket.IO: a room per game, every move answered and broadcast to the room as one same-sized payload,
 * keeping two minutes of broadcasts for reconnecting sockets as the server does (until session 8 it kept
 * none, so the ratios also charged the game for the recovery buffer).
 */
async function startRelay(payloadBytes: number): Promise<Running> {
  const io = new Server({
    ...TRANSPORT_OPTIONS,
  });
  let nextGame = 0;
  const padding = 'x'.repeat(Math.max(0, payloadBytes - 60));
  let seq = 0;
  io.on('connection', (socket) => {
    let room = '';
    socket.on('game:create', (_payload: unknown, ack: (answer: unknown) => void) => {
      const code = `G${++nextGame}`;
      room = code;
      socket.join(room);
      ack({ ok: true, data: { gameId: code, code, role: 'tokyo', token: 'x', isHost: true } });
    });
    socket.on('game:join', (payload: { code: string; role: string }, ack: (answer: unknown) => void) => {
      room = payload.code;
      socket.join(room);
      ack({ ok: true, data: { gameId: room, code: room, role: payload.role, token: 'x', isHost: false } });
    });
    socket.on('game:command', (payload: { commandId: string }, ack: (answer: unknown) => void) => {
      io.to(room).emit('game:update', { seq: ++seq, commandId: payload.commandId, padding });
      ack({ ok: true, data: {} });
    });
  });
  const { createServer } = await import('node:http');
  const httpServer = createServer();
  io.attach(httpServer);
  await new Promise<void>((ready) => httpServer.listen(0, '127.0.0.1', ready));
  const address = httpServer.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    recoveryPackets: () => packetsKept(io.of('/').adapter),
    games: () => nextGame,
    connections: () => io.of('/').sockets.size,
    async release() {},
    async close() {
      io.disconnectSockets(true);
      httpServer.closeAllConnections();
      await io.close();
    },
  };
}

async function main(): Promise<void> {
  const running =
    values.mode === 'relay' ? await startRelay(Number(values['payload-bytes'])) : await startLeverage();
  let window: Window | null = null;
  process.on('message', (request: ServerRequest) => {
    const answer = async (): Promise<ServerReply> => {
      switch (request.type) {
        case 'memory':
          if (request.release) await running.release();
          return {
            type: 'memory',
            id: request.id,
            memory: await collected(),
            games: running.games(),
            recoveryPackets: running.recoveryPackets(),
          };
        case 'window-start':
          window = new Window();
          return { type: 'ok', id: request.id };
        case 'window-end': {
          const measured = window?.end();
          window = null;
          if (!measured) throw new Error('no window started');
          return { type: 'window', id: request.id, window: measured, connections: running.connections() };
        }
        case 'exit':
          await running.close();
          setImmediate(() => process.exit(0));
          return { type: 'ok', id: request.id };
      }
    };
    answer().then(send, (error: unknown) => send({ type: 'error', id: request.id, message: String(error) }));
  });
  send({ type: 'ready', port: running.port, memory: await collected() });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
