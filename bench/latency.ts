import { pathToFileURL } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import { createLeverageServer, type LeverageServerHandle } from '../server/app.ts';
import type { PlayerView } from '../shared/game/player-view.ts';
import type { CommandBody } from '../shared/protocol/commands.ts';
import type { ProposalTerms } from '../shared/protocol/deals.ts';
import type { Ack } from '../shared/protocol/errors.ts';
import type {
  GameSnapshotMessage,
  GameUpdateMessage,
  JoinedGame,
  JoinedWithCode,
} from '../shared/protocol/socket.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol/socket-events.ts';
import type { Signal } from '../shared/protocol/statements.ts';
import { applyUpdate, fromSnapshot, type HeldGame } from '../shared/protocol/sync.ts';
import { ROLE_IDS, type RoleId } from '../shared/roles.ts';
import { SAMPLE_SHEETS } from '../test/fixtures/sample-sheets.ts';

/**
 * Move-to-broadcast latency on localhost: the time from a client sending a `game:command` to that same
 * client receiving the `game:update` it caused, over whole games played by four socket.io clients
 * (websocket transport, real clock, one server in this process).
 */
export interface LatencyReport {
  games: number;
  rounds: number;
  samples: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
  byCommand: Record<string, { samples: number; p50Ms: number }>;
}

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

interface Seat {
  socket: Client;
  role: RoleId;
  view: PlayerView | null;
  /** The view kept as a browser keeps it: each update's history spliced in. */
  held: HeldGame | null;
  seq: number;
}

const SIGNAL: Record<RoleId, Signal> = {
  tokyo: 'hint',
  whiteHouse: 'neutral',
  investors: 'bullish',
  usBusiness: 'warnPrices',
};

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round2 = (ms: number) => Math.round(ms * 100) / 100;

async function connect(url: string): Promise<Client> {
  const socket: Client = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((ready, fail) => {
    socket.once('connect', () => ready());
    socket.once('connect_error', fail);
  });
  return socket;
}

function track(seat: Seat): void {
  seat.socket.on('game:snapshot', (message: GameSnapshotMessage) => {
    seat.held = fromSnapshot(message);
    seat.view = seat.held.view;
    seat.seq = message.seq;
  });
  seat.socket.on('game:update', (message: GameUpdateMessage) => {
    const outcome = applyUpdate(seat.held, message);
    if (outcome.kind === 'applied') {
      seat.held = outcome.game;
      seat.view = outcome.game.view;
    }
    seat.seq = message.seq;
  });
}

let commandNumber = 0;

/** Sends one command; resolves with the milliseconds until this client sees the update it caused, and the answer. */
async function timed(
  seat: Seat,
  body: CommandBody,
  serverSeq: () => number,
): Promise<{ ms: number; data: unknown }> {
  // Wait until this client holds everything already sent, so the next update it gets is the one this command makes.
  while (seat.seq < serverSeq()) await new Promise((done) => setImmediate(done));
  const seqBefore = seat.seq;
  const started = performance.now();
  const updated = new Promise<number>((done) => {
    const listener = (message: GameUpdateMessage) => {
      if (message.seq <= seqBefore) return;
      seat.socket.off('game:update', listener);
      done(performance.now() - started);
    };
    seat.socket.on('game:update', listener);
  });
  const command = { commandId: `bench${++commandNumber}`, version: seat.view?.version ?? 0, ...body };
  const ack = (await seat.socket.emitWithAck('game:command', command)) as Ack;
  if (!ack.ok) throw new Error(`${seat.role} ${String(body.type)}: ${ack.error.code} ${ack.error.message}`);
  return { ms: await updated, data: ack.data };
}

async function untilPhase(seats: Seat[], phase: string, round: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!seats.every((seat) => seat.view?.phase === phase && seat.view.round === round)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${phase} ${round}`);
    await new Promise((done) => setTimeout(done, 1));
  }
}

async function playOneGame(
  server: LeverageServerHandle,
  rounds: number,
  samples: Map<string, number[]>,
): Promise<void> {
  const { url } = server;
  const seats: Seat[] = [];
  for (const role of ROLE_IDS)
    seats.push({ socket: await connect(url), role, view: null, held: null, seq: -1 });
  seats.forEach(track);
  const record = (type: string, ms: number) => samples.set(type, [...(samples.get(type) ?? []), ms]);
  const [host, ...others] = seats as [Seat, ...Seat[]];
  const created = (await host.socket.emitWithAck('game:create', {
    mode: 'multiplayer',
    role: 'tokyo',
    name: 'Host',
    rounds,
    botFill: false,
  })) as Ack<JoinedWithCode>;
  if (!created.ok) throw new Error(created.error.message);
  for (const seat of others) {
    const joined = (await seat.socket.emitWithAck('game:join', {
      code: created.data.code,
      name: seat.role,
      role: seat.role,
    })) as Ack<JoinedGame>;
    if (!joined.ok) throw new Error(joined.error.message);
  }
  const serverSeq = () => server.registry.get(created.data.gameId)?.engine.state.seq ?? 0;
  const step = async (seat: Seat, body: CommandBody) => {
    const { ms, data } = await timed(seat, body, serverSeq);
    record(String(body.type), ms);
    return data as Record<string, unknown>;
  };
  await step(host, { type: 'host:start' });
  await step(host, { type: 'host:skip' });
  for (let round = 1; round <= rounds; round++) {
    await untilPhase(seats, 'news', round);
    await step(host, { type: 'host:skip' });
    await untilPhase(seats, 'negotiate', round);
    for (const seat of seats) {
      await step(seat, {
        type: 'chat:statement',
        statement: { text: `Round ${round}: our position is unchanged.`, signal: SIGNAL[seat.role] },
      });
    }
    await step(seats[1]!, {
      type: 'chat:private',
      message: { to: ['tokyo'], text: 'Can we talk about autos?' },
    });
    const proposal: ProposalTerms = {
      terms: [
        { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
        { kind: 'investmentPledge', role: 'tokyo', amountBn: 100 },
      ],
      durationRounds: 1,
    };
    const { proposalId } = await step(seats[1]!, { type: 'deal:propose', proposal });
    await step(host, { type: 'deal:accept', proposalId: String(proposalId) });
    await step(host, { type: 'host:skip' });
    await untilPhase(seats, 'decide', round);
    for (const seat of seats) await step(seat, { type: 'move:submit', move: SAMPLE_SHEETS[seat.role] });
  }
  for (const seat of seats) seat.socket.disconnect();
}

export async function measureLatency(
  options: { games?: number; rounds?: number } = {},
): Promise<LatencyReport> {
  const games = options.games ?? 1;
  const rounds = options.rounds ?? 6;
  const server = await createLeverageServer({
    port: 0,
    host: '127.0.0.1',
    bots: () => [],
    // These clients play as fast as the server answers; the per-socket limit is for people, not this.
    commandRate: { burst: 1000, perSecond: 1000 },
    sessionRate: { burst: 1000, perSecond: 1000 },
    seatCommandRate: { burst: 1000, perSecond: 1000 },
    addressRate: { burst: 1000, perSecond: 1000 },
    logger: { info: () => {}, error: console.error },
  });
  const samples = new Map<string, number[]>();
  try {
    for (let game = 0; game < games; game++) await playOneGame(server, rounds, samples);
  } finally {
    await server.close();
  }
  const all = [...samples.values()].flat().sort((a, b) => a - b);
  const byCommand = Object.fromEntries(
    [...samples].map(([type, values]) => [
      type,
      {
        samples: values.length,
        p50Ms: round2(
          percentile(
            [...values].sort((a, b) => a - b),
            50,
          ),
        ),
      },
    ]),
  );
  return {
    games,
    rounds,
    samples: all.length,
    p50Ms: round2(percentile(all, 50)),
    p90Ms: round2(percentile(all, 90)),
    p99Ms: round2(percentile(all, 99)),
    meanMs: round2(all.reduce((sum, value) => sum + value, 0) / all.length),
    maxMs: round2(all.at(-1) ?? Number.NaN),
    byCommand,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureLatency()
    .then((report) => {
      console.log(
        JSON.stringify({ benchmark: 'move-to-broadcast latency (localhost, websocket)', ...report }, null, 2),
      );
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
