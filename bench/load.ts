import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import type { PlayerView } from '../shared/game/player-view.ts';
import type { Ack } from '../shared/protocol/errors.ts';
import type { GameSnapshotMessage, GameUpdateMessage, JoinedGame } from '../shared/protocol/socket.ts';
import { ROLE_IDS, type RoleId } from '../shared/roles.ts';
import type { MemoryFigures, ServerReply, ServerRequest, ServerWindow } from './load-protocol.ts';

/**
 * The load benchmark: `games` tables of four socket.io clients (websocket, 127.0.0.1) playing for
 * `durationSeconds`, each player making one move every `moveEverySeconds` — public statements, private
 * messages, proposals and signatures while the table talks, its sheet in decide — on short phases (news
 * 3 s, negotiate 20 s, decide 10 s, the market ticking every 2 s) so every phase comes round. The server
 * runs in a child process (bench/load-server.ts) so its CPU, memory and event loop are its own; then
 * the same clients drive plain Socket.IO relaying each move as a same-sized broadcast, the baseline.
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
  /** Leverage ÷ plain Socket.IO. */
  ratio: { p50: number; p99: number; serverCpu: number } | null;
}

const TIMERS = { briefingSeconds: 5, newsSeconds: 3, negotiateSeconds: 20, decideSeconds: 10 };
/** A move is not started this close to a phase's end, where it could only race the deadline. */
const DEADLINE_MARGIN_MS = 500;
const UPDATE_TIMEOUT_MS = 10_000;
const CLIENT_RESOLUTION_MS = 10;

type Client = Socket;
type Kind = 'statement' | 'private' | 'propose' | 'accept' | 'sheet';

const SHEETS = {
  tokyo: {
    role: 'tokyo',
    treasuryAction: 'hold',
    treasuryAmountBn: 0,
    retaliatoryTariffPct: 0,
    yenIntervention: 'none',
    investmentPledgeBn: 100,
    farmPurchasesBn: 2,
  },
  whiteHouse: { role: 'whiteHouse', tariffPct: 15, autoTariffPct: 15, pause: false, stance: 'neutral' },
  investors: {
    role: 'investors',
    allocation: { treasuries: 40, yen: 10, usEquities: 30, japanEquities: 10, cash: 10 },
    treasuryDuration: 'medium',
    researchNote: 'none',
  },
  usBusiness: {
    role: 'usBusiness',
    lobbyingSpendM: 20,
    lobbyingDirection: 'againstTariffs',
    passThroughPct: 50,
    rateHedgePct: 30,
    supplyChainShift: false,
  },
} as const;

const SIGNAL: Record<RoleId, string> = {
  tokyo: 'hint',
  whiteHouse: 'neutral',
  investors: 'bullish',
  usBusiness: 'warnPrices',
};

/** A two-party deal each role might offer. */
const OFFERS: Record<RoleId, unknown[]> = {
  tokyo: [
    { kind: 'investmentPledge', role: 'tokyo', amountBn: 200 },
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
  ],
  whiteHouse: [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 20, includesAutos: false },
    { kind: 'noNetSales', role: 'tokyo' },
  ],
  investors: [
    { kind: 'treasuryFloor', role: 'investors', minPct: 30 },
    { kind: 'noNetSales', role: 'tokyo' },
  ],
  usBusiness: [
    { kind: 'passThroughCap', role: 'usBusiness', maxPct: 40 },
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 10, includesAutos: true },
  ],
};

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

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The server process and a request/answer channel to it. */
class ServerProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: ServerReply) => void>();
  port = 0;
  startMemory: MemoryFigures = { rssMb: 0, heapUsedMb: 0 };

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: ServerReply) => {
      if (reply.type === 'ready') return;
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
  }

  static async start(args: string[], profile: boolean): Promise<ServerProcess> {
    const here = dirname(fileURLToPath(import.meta.url));
    const flags = [
      '--expose-gc',
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${join(here, 'profiles')}`] : []),
      // More V8 flags for the server alone, for investigation (e.g. --trace-gc).
      ...(process.env.LEVERAGE_BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []),
    ];
    const child = spawn(
      process.execPath,
      [...flags, '--import', 'tsx', join(here, 'load-server.ts'), ...args],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    const server = new ServerProcess(child);
    // A benchmark that fails must not leave its server behind.
    const orphaned = () => child.kill();
    process.once('exit', orphaned);
    child.once('exit', () => process.off('exit', orphaned));
    await new Promise<void>((ready, fail) => {
      child.once('exit', (code) => fail(new Error(`load server exited with ${code}`)));
      child.on('message', (reply: ServerReply) => {
        if (reply.type !== 'ready') return;
        server.port = reply.port;
        server.startMemory = reply.memory;
        ready();
      });
    });
    return server;
  }

  ask<T extends ServerReply['type']>(
    request: WithoutId<ServerRequest>,
    expect: T,
  ): Promise<Extract<ServerReply, { type: T }>> {
    const id = this.nextId++;
    return new Promise((done, fail) => {
      this.waiting.set(id, (reply) => {
        if (reply.type === expect) done(reply as Extract<ServerReply, { type: T }>);
        else fail(new Error(`load server: ${JSON.stringify(reply)}`));
      });
      this.child.send({ ...request, id } as ServerRequest);
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise((done) => this.child.once('exit', done));
    await this.ask({ type: 'exit' }, 'ok');
    await exited;
  }
}

interface Pending {
  kind: Kind;
  commandId: string;
  startedAt: number;
  acked: boolean;
  updated: boolean;
  /** True for the update this move caused. */
  caused(message: GameUpdateMessage & { commandId?: string }): boolean;
}

/** Everything one run counts, over all players. */
class Tally {
  readonly updateMs: number[] = [];
  readonly ackMs: number[] = [];
  readonly moves: Record<string, number> = {};
  readonly refused: Record<string, number> = {};
  disconnects = 0;
  missingUpdates = 0;
  updateBytes = 0;
  sizeSamples = 0;
  measuring = false;
}

let commandSerial = 0;

/** One seat's client: keeps the latest view, makes a move when its timer says so, times it. */
class Player {
  view: Omit<PlayerView, 'marketPath'> | null = null;
  pending: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly socket: Client,
    readonly role: RoleId,
    private readonly tally: Tally,
    private readonly relay: boolean,
  ) {
    socket.on('game:snapshot', (message: GameSnapshotMessage) => {
      this.view = message.view;
    });
    socket.on('game:update', (message: GameUpdateMessage & { commandId?: string }) => {
      if (!relay) this.view = message.view;
      const pending = this.pending;
      if (!pending || pending.updated || !pending.caused(message)) return;
      pending.updated = true;
      if (this.tally.measuring) {
        this.tally.updateMs.push(performance.now() - pending.startedAt);
        // Sampled: measuring every one would cost the clients more than it tells.
        if (this.tally.updateMs.length % 8 === 0) {
          this.tally.updateBytes += JSON.stringify(message).length;
          this.tally.sizeSamples++;
        }
      }
      this.settle();
    });
    socket.on('disconnect', () => {
      if (this.tally.measuring) this.tally.disconnects++;
    });
  }

  async ask(event: string, payload: unknown): Promise<Ack> {
    return (await this.socket.timeout(UPDATE_TIMEOUT_MS).emitWithAck(event, payload)) as Ack;
  }

  /** Plays every `everyMs`, starting at a random moment so moves spread evenly over time. */
  play(everyMs: number): void {
    const tick = () => {
      this.timer = setTimeout(tick, everyMs);
      this.move();
    };
    this.timer = setTimeout(tick, Math.random() * everyMs);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private settle(): void {
    if (this.pending?.acked && this.pending.updated) this.pending = null;
  }

  private choose(): { kind: Kind; body: Record<string, unknown>; caused: Pending['caused'] } | null {
    const view = this.view;
    if (!view || view.paused || !['news', 'negotiate', 'decide'].includes(view.phase)) return null;
    if (view.deadline !== null && view.deadline - Date.now() < DEADLINE_MARGIN_MS) return null;
    const nonce = `n${++commandSerial}`;
    const me = this.role;
    const statement = () => ({
      kind: 'statement' as const,
      body: {
        type: 'chat:statement',
        statement: { text: `${me} ${nonce}: our position is unchanged.`, signal: SIGNAL[me] },
      },
      caused: (message: GameUpdateMessage) =>
        message.view.statements.slice(-8).some((entry) => entry.text.includes(nonce)),
    });
    const privately = () => {
      const to = ROLE_IDS.filter((role) => role !== me)[commandSerial % 3]!;
      return {
        kind: 'private' as const,
        body: { type: 'chat:private', message: { to: [to], text: `${nonce}: can we talk about autos?` } },
        caused: (message: GameUpdateMessage) =>
          message.view.channels.some((channel) => channel.messages.at(-1)?.text.startsWith(nonce) ?? false),
      };
    };
    if (view.phase === 'decide') {
      if (view.you?.submittedMove) return null;
      const round = view.round;
      return {
        kind: 'sheet',
        body: { type: 'move:submit', move: SHEETS[me] },
        caused: (message) =>
          message.view.round !== round ||
          message.view.phase !== 'decide' ||
          message.view.you?.submittedMove != null,
      };
    }
    const draw = Math.random();
    if (view.phase === 'news') return draw < 0.5 ? statement() : privately();
    if (draw < 0.35) return statement();
    if (draw < 0.65) return privately();
    const open = view.proposals.find(
      (proposal) =>
        proposal.status === 'open' && proposal.signatories.includes(me) && !proposal.signedBy.includes(me),
    );
    if (draw >= 0.85 && open) {
      return {
        kind: 'accept',
        body: { type: 'deal:accept', proposalId: open.id },
        caused: (message) =>
          message.view.proposals.some(
            (proposal) => proposal.id === open.id && proposal.signedBy.includes(me),
          ),
      };
    }
    const mine = view.proposals.filter((proposal) => proposal.proposer === me).length;
    return {
      kind: 'propose',
      body: { type: 'deal:propose', proposal: { terms: OFFERS[me], durationRounds: 2 } },
      caused: (message) =>
        message.view.proposals.filter((proposal) => proposal.proposer === me).length > mine,
    };
  }

  /** The baseline has no game: the same kinds of move, in the proportions the real run made them. */
  private chooseForRelay(mix: Kind[]): ReturnType<Player['choose']> {
    const kind = mix[Math.floor(Math.random() * mix.length)] ?? 'statement';
    const nonce = `n${++commandSerial}`;
    const bodies: Record<Kind, Record<string, unknown>> = {
      statement: {
        type: 'chat:statement',
        statement: { text: `${this.role} ${nonce}: our position is unchanged.`, signal: SIGNAL[this.role] },
      },
      private: {
        type: 'chat:private',
        message: { to: ['tokyo'], text: `${nonce}: can we talk about autos?` },
      },
      propose: { type: 'deal:propose', proposal: { terms: OFFERS[this.role], durationRounds: 2 } },
      accept: { type: 'deal:accept', proposalId: 'p1' },
      sheet: { type: 'move:submit', move: SHEETS[this.role] },
    };
    return { kind, body: bodies[kind], caused: () => true };
  }

  relayMix: Kind[] = [];

  move(): void {
    if (this.pending) return;
    const chosen = this.relay ? this.chooseForRelay(this.relayMix) : this.choose();
    if (!chosen) return;
    const commandId = `m${++commandSerial}`;
    const measuring = this.tally.measuring;
    const pending: Pending = {
      kind: chosen.kind,
      commandId,
      startedAt: performance.now(),
      acked: false,
      updated: false,
      caused: this.relay ? (message) => message.commandId === commandId : chosen.caused,
    };
    this.pending = pending;
    if (measuring) this.tally.moves[chosen.kind] = (this.tally.moves[chosen.kind] ?? 0) + 1;
    const command = { ...chosen.body, commandId, version: this.view?.version ?? 0 };
    this.ask('game:command', command).then(
      (ack) => {
        pending.acked = true;
        if (measuring) this.tally.ackMs.push(performance.now() - pending.startedAt);
        if (!ack.ok) {
          if (measuring)
            this.tally.refused[`${chosen.kind} ${ack.error.code}`] =
              (this.tally.refused[`${chosen.kind} ${ack.error.code}`] ?? 0) + 1;
          pending.updated = true;
        }
        this.settle();
      },
      () => {
        if (measuring)
          this.tally.refused[`${chosen.kind} NO_ANSWER`] =
            (this.tally.refused[`${chosen.kind} NO_ANSWER`] ?? 0) + 1;
        this.pending = null;
      },
    );
  }
}

async function connectAll(port: number, count: number): Promise<Client[]> {
  const url = `http://127.0.0.1:${port}`;
  const sockets: Client[] = [];
  for (let start = 0; start < count; start += 50) {
    const batch = Array.from({ length: Math.min(50, count - start) }, async () => {
      const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
      await new Promise<void>((ready, fail) => {
        socket.once('connect', () => ready());
        socket.once('connect_error', fail);
      });
      return socket;
    });
    sockets.push(...(await Promise.all(batch)));
  }
  return sockets;
}

async function seatTables(players: Player[], games: number, relay: boolean): Promise<void> {
  const must = (ack: Ack, what: string) => {
    if (!ack.ok) throw new Error(`${what}: ${ack.error.code} ${ack.error.message}`);
    return ack.data as Record<string, unknown>;
  };
  const table = async (game: number) => {
    const seats = players.slice(game * 4, game * 4 + 4);
    const [host, ...others] = seats as [Player, ...Player[]];
    const created = must(
      await host.ask('game:create', {
        mode: 'multiplayer',
        role: 'tokyo',
        name: 'Host',
        rounds: 12,
        botFill: false,
        ...TIMERS,
      }),
      'create',
    ) as unknown as JoinedGame;
    for (const player of others)
      must(
        await player.ask('game:join', { code: created.code, name: player.role, role: player.role }),
        'join',
      );
    if (relay) return;
    const command = async (type: string) =>
      must(
        await host.ask('game:command', {
          type,
          commandId: `${type.replace(':', '-')}-${game}-${++commandSerial}`,
          version: host.view?.version ?? 0,
        }),
        type,
      );
    await command('host:start');
    while (host.view?.phase !== 'briefing') await new Promise((done) => setTimeout(done, 5));
    await command('host:skip');
  };
  for (let start = 0; start < games; start += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, games - start) }, (_, index) => table(start + index)),
    );
  }
}

/** Plays one measured run against a server process; the caller ends the games and stops it. */
async function playRun(
  server: ServerProcess,
  options: LoadOptions,
  relayMix: Kind[] | null,
): Promise<{ figures: RunFigures; players: Player[] }> {
  const log = options.log ?? (() => {});
  const relay = relayMix !== null;
  const sockets = await connectAll(server.port, options.games * 4);
  const tally = new Tally();
  const players = sockets.map((socket, index) => new Player(socket, ROLE_IDS[index % 4]!, tally, relay));
  if (relayMix) for (const player of players) player.relayMix = relayMix;
  await seatTables(players, options.games, relay);
  log(`  ${sockets.length} sockets in ${options.games} games; playing for ${options.durationSeconds} s`);

  const clientDelay = monitorEventLoopDelay({ resolution: CLIENT_RESOLUTION_MS });
  await server.ask({ type: 'window-start' }, 'ok');
  clientDelay.enable();
  const clientCpu = process.cpuUsage();
  const started = performance.now();
  tally.measuring = true;
  for (const player of players) player.play(options.moveEverySeconds * 1000);
  await new Promise((done) => setTimeout(done, options.durationSeconds * 1000));
  for (const player of players) player.stop();
  // Let the last moves land; an update still missing after that is an error.
  const drainUntil = performance.now() + UPDATE_TIMEOUT_MS;
  while (players.some((player) => player.pending) && performance.now() < drainUntil)
    await new Promise((done) => setTimeout(done, 20));
  tally.measuring = false;
  tally.missingUpdates = players.filter((player) => player.pending && !player.pending.updated).length;
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(clientCpu);
  clientDelay.disable();
  const { window } = await server.ask({ type: 'window-end' }, 'window');
  const refusedTotal = Object.values(tally.refused).reduce((sum, count) => sum + count, 0);
  return {
    players,
    figures: {
      moveToUpdate: percentiles(tally.updateMs),
      moveToAck: percentiles(tally.ackMs),
      moves: tally.moves,
      server: window,
      client: {
        // The histogram records whole timer intervals: the delay is what exceeds the resolution.
        eventLoopP99Ms: Math.max(0, clientDelay.percentile(99) / 1e6 - CLIENT_RESOLUTION_MS),
        cpuPercent: ((cpu.user + cpu.system) / 1000 / elapsed) * 100,
      },
      errors: {
        refused: tally.refused,
        disconnects: tally.disconnects,
        missingUpdates: tally.missingUpdates,
        total: refusedTotal + tally.disconnects + tally.missingUpdates,
      },
      updateBytes: tally.sizeSamples > 0 ? Math.round(tally.updateBytes / tally.sizeSamples) : 0,
    },
  };
}

async function endAndLeave(players: Player[], relay: boolean): Promise<void> {
  if (!relay) {
    await Promise.all(
      players
        .filter((_, index) => index % 4 === 0)
        .map((host) =>
          host
            .ask('game:command', {
              type: 'host:end',
              commandId: `end-${++commandSerial}`,
              version: host.view?.version ?? 0,
            })
            .catch(() => undefined),
        ),
    );
  }
  for (const player of players) player.socket.disconnect();
  await new Promise((done) => setTimeout(done, 1000));
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
        `(${released.recoveryPackets} broadcasts kept for recovery)`,
    );

    let relay: RunFigures | null = null;
    if (options.baseline) {
      log('  baseline: plain Socket.IO relaying the same moves as same-sized broadcasts');
      const mix = Object.entries(leverage.figures.moves).flatMap(([kind, count]) =>
        Array<Kind>(Math.max(1, Math.round(count / 10))).fill(kind as Kind),
      );
      const relayServer = await ServerProcess.start(
        ['--mode', 'relay', '--payload-bytes', String(leverage.figures.updateBytes)],
        false,
      );
      const played = await playRun(relayServer, options, mix);
      await endAndLeave(played.players, true);
      await relayServer.stop();
      relay = played.figures;
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
          }
        : null,
    };
  } finally {
    await leverageServer.stop().catch(() => undefined);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  runLoad({
    games: quick ? 50 : 250,
    durationSeconds: quick ? 30 : 60,
    moveEverySeconds: 5,
    baseline: !process.argv.includes('--no-baseline'),
    profile: process.argv.includes('--profile'),
    waitForRecoveryWindow: !quick,
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
