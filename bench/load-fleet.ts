import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../shared/protocol/errors.ts';
import type { GameSnapshotMessage, JoinedGame } from '../shared/protocol/socket.ts';
import { applyDelta, catchUp, type Delta, fromSnapshot, type HeldGame } from '../shared/protocol/sync.ts';
import type { RoleId } from '../shared/roles.ts';
import {
  chooseMove,
  chooseRelayMove,
  type Kind,
  nextSerial,
  type SeatView,
  type UpdateSeen,
} from './load-moves.ts';
import type { Tally } from './load-stats.ts';

/**
 * The client fleet: one socket.io client per seat (websocket, 127.0.0.1), four to a table, each making a
 * move when its timer says so and timing it to the update it caused.
 */

/** Short phases (the market ticking every 2 s) so every phase comes round within a run. */
const TIMERS = { briefingSeconds: 5, newsSeconds: 3, negotiateSeconds: 20, decideSeconds: 10 };
/** How long a move may wait for its answer and its update before it counts as lost. */
export const UPDATE_TIMEOUT_MS = 10_000;

type Client = Socket;

interface Pending {
  kind: Kind;
  commandId: string;
  startedAt: number;
  acked: boolean;
  updated: boolean;
  /** True for the update this move caused (the seat's view already holds it); null after a resync. */
  caused(message: UpdateSeen | null): boolean;
}

/** One seat's client: keeps the latest view, makes a move when its timer says so, times it. */
export class Player {
  view: SeatView | null = null;
  private held: HeldGame | null = null;
  pending: Pending | null = null;
  private syncing = false;
  private readonly keptWhileSyncing: Delta[] = [];
  /** For the baseline: the kinds of move to draw from. */
  relayMix: Kind[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly socket: Client,
    readonly role: RoleId,
    private readonly tally: Tally,
    private readonly relay: boolean,
  ) {
    socket.on('game:snapshot', (message: GameSnapshotMessage) => {
      this.held = fromSnapshot(message);
      this.view = this.held.view;
    });
    socket.on('game:update', (message: UpdateSeen) => {
      if (this.tally.measuring) this.tally.updatesReceived++;
      if (!relay) this.take({ update: message });
      this.checkCaused(message);
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

  move(): void {
    if (this.pending) return;
    const chosen = this.relay ? chooseRelayMove(this.relayMix, this.role) : chooseMove(this.view, this.role);
    if (!chosen) return;
    const commandId = `m${nextSerial()}`;
    const measuring = this.tally.measuring;
    const pending: Pending = {
      kind: chosen.kind,
      commandId,
      startedAt: performance.now(),
      acked: false,
      updated: false,
      // The relay echoes the command id: that is the only way to know the broadcast a move caused.
      caused: this.relay
        ? (message: UpdateSeen | null) => message?.commandId === commandId
        : () => chosen.caused(this.view),
    };
    this.pending = pending;
    if (measuring) this.tally.countMove(chosen.kind);
    const command = { ...chosen.body, commandId, version: this.view?.version ?? 0 };
    this.ask('game:command', command).then(
      (ack) => {
        pending.acked = true;
        if (measuring) this.tally.ackMs.push(performance.now() - pending.startedAt);
        if (!ack.ok) {
          if (measuring) this.tally.countRefusal(chosen.kind, ack.error.code);
          // A refused move causes no update: waiting for one would block the player.
          pending.updated = true;
        }
        this.settle();
      },
      () => {
        if (measuring) this.tally.countRefusal(chosen.kind, 'NO_ANSWER');
        this.pending = null;
      },
    );
  }

  /** Applies a delta; one that does not follow the held sequence asks for a snapshot (as the web client does). */
  private take(delta: Delta): void {
    if (this.syncing) {
      this.keptWhileSyncing.push(delta);
      return;
    }
    const outcome = applyDelta(this.held, delta);
    if (outcome.kind === 'applied') {
      this.held = outcome.game;
      this.view = outcome.game.view;
    } else if (outcome.kind === 'gap') this.sync();
  }

  private sync(): void {
    this.syncing = true;
    this.ask('game:sync', {}).then(
      (answer) => {
        const kept = this.keptWhileSyncing.splice(0);
        this.syncing = false;
        if (!answer.ok) return;
        const { game, gap } = catchUp(answer.data as GameSnapshotMessage, kept);
        this.held = game;
        this.view = game.view;
        if (gap) this.sync();
        else this.checkCaused(null);
      },
      () => {
        this.syncing = false;
        this.keptWhileSyncing.length = 0;
      },
    );
  }

  /** The move's own update has come when the view holds what the move made. */
  private checkCaused(message: UpdateSeen | null): void {
    const pending = this.pending;
    if (!pending || pending.updated) return;
    if (!pending.caused(message)) return;
    pending.updated = true;
    if (this.tally.measuring) this.tally.recordUpdate(performance.now() - pending.startedAt, message);
    this.settle();
  }

  private settle(): void {
    if (this.pending?.acked && this.pending.updated) this.pending = null;
  }
}

/** Connects `count` sockets, fifty at a time so the server is not hit by a connection storm. */
export async function connectAll(port: number, count: number): Promise<Client[]> {
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

/**
 * Every four players make a table: the first creates the game, the others join it. For the real server
 * the host then starts it and skips the briefing, so play begins at once; the relay has no game to start.
 */
export async function seatTables(players: Player[], games: number, relay: boolean): Promise<void> {
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
          commandId: `${type.replace(':', '-')}-${game}-${nextSerial()}`,
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

/** The hosts end their games (the real server only), then every socket leaves. */
export async function endAndLeave(players: Player[], relay: boolean): Promise<void> {
  if (!relay) {
    await Promise.all(
      players
        .filter((_, index) => index % 4 === 0)
        .map((host) =>
          host
            .ask('game:command', {
              type: 'host:end',
              commandId: `end-${nextSerial()}`,
              version: host.view?.version ?? 0,
            })
            .catch(() => undefined),
        ),
    );
  }
  for (const player of players) player.socket.disconnect();
  await new Promise((done) => setTimeout(done, 1000));
}

/**
 * The measured play: each player moves every `moveEverySeconds` for `durationSeconds`, then the last moves
 * land; an update still missing `UPDATE_TIMEOUT_MS` later is counted as an error.
 */
export async function playFor(
  players: readonly Player[],
  tally: Tally,
  moveEverySeconds: number,
  durationSeconds: number,
): Promise<void> {
  tally.measuring = true;
  for (const player of players) player.play(moveEverySeconds * 1000);
  await new Promise((done) => setTimeout(done, durationSeconds * 1000));
  for (const player of players) player.stop();
  const drainUntil = performance.now() + UPDATE_TIMEOUT_MS;
  while (players.some((player) => player.pending) && performance.now() < drainUntil)
    await new Promise((done) => setTimeout(done, 20));
  tally.measuring = false;
  tally.missingUpdates = players.filter((player) => player.pending && !player.pending.updated).length;
}
