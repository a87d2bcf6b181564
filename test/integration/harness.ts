import { io, type Socket } from 'socket.io-client';
import { afterEach } from 'vitest';
import {
  createLeverageServer,
  type LeverageServerHandle,
  type LeverageServerOptions,
} from '../../server/app.ts';
import type { PlayerView } from '../../shared/game/player-view.ts';
import type { TeamDraft } from '../../shared/game/team-draft.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import type {
  GameSnapshotMessage,
  GameUpdateMessage,
  JoinedGame,
  JoinedWithCode,
  Roster,
  SeatAnswerMessage,
  SeatRequestNotice,
  SeatRequestsMessage,
} from '../../shared/protocol/socket.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/socket-events.ts';
import { applyUpdate, fromSnapshot, type HeldGame } from '../../shared/protocol/sync.ts';
import type { TeamDraftMessage } from '../../shared/protocol/team.ts';
import { SAMPLE_SHEETS } from '../fixtures/sample-sheets.ts';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export async function startServer(
  options: Partial<LeverageServerOptions> = {},
): Promise<LeverageServerHandle> {
  return createLeverageServer({
    port: 0,
    host: '127.0.0.1',
    botDelayMs: 50,
    logger: quietLogger,
    ...options,
  });
}

/** What a test opened, read when it is over. */
export interface OpenedByTest {
  players?: TestPlayer[];
  servers?: (LeverageServerHandle | null | undefined)[];
}

/**
 * After each test of the file, closes what it opened: its players first (a socket left open would keep
 * the server's close waiting), then its servers, and empties the lists it was given. `opened` reads the
 * file's own variables then; a server a later test did not replace is closed only once.
 */
export function closeAfterEach(opened: () => OpenedByTest): void {
  const closed = new WeakSet<LeverageServerHandle>();
  afterEach(async () => {
    const { players = [], servers = [] } = opened();
    for (const player of players.splice(0)) player.close();
    for (const server of servers.splice(0)) {
      if (!server || closed.has(server)) continue;
      closed.add(server);
      await server.close();
    }
  });
}

/** Errors still fail loudly; the info line per start does not clutter the test output. */
export const quietLogger = { info: () => {}, error: (...args: unknown[]) => console.error(...args) };

export interface Received {
  event: string;
  payload: unknown;
  at: number;
}

let commandCounter = 0;

/**
 * A test player: one socket.io-client socket that records every payload it receives (for the leak
 * checks) and keeps its own view the way a browser would, from snapshots, updates and ticks.
 */
export class TestPlayer {
  readonly received: Received[] = [];
  view: PlayerView | null = null;
  roster: Roster | null = null;
  joined: JoinedGame | null = null;
  /** The last `seat:requests` list this player may answer. */
  seatRequests: SeatRequestNotice[] = [];
  /** How this player's own `seat:request` ended, once it has. */
  seatAnswer: SeatAnswerMessage | null = null;
  lastSeq = -1;
  /** The view as a browser keeps it (shared/protocol/sync.ts): snapshots, then updates and ticks spliced in. */
  private held: HeldGame | null = null;
  /** Messages whose prevSeq did not match the last seq held: each one would trigger a game:sync. */
  gaps = 0;
  /** The next this many `game:update`s are lost on the way (as on a flaky network), never applied. */
  losing = 0;
  phasesSeen = new Set<string>();
  private listeners: (() => void)[] = [];

  constructor(
    readonly name: string,
    readonly socket: ClientSocket,
  ) {
    socket.onAny((event: string, payload: unknown) => {
      this.received.push({ event, payload, at: performance.now() });
      this.take(event, payload);
      for (const listener of [...this.listeners]) listener();
    });
  }

  static async connect(
    url: string,
    name: string,
    options: {
      transports?: ('websocket' | 'polling')[];
      reconnect?: boolean;
      /** Sent on the handshake, e.g. an `origin` as a browser page on some site would send it. */
      extraHeaders?: Record<string, string>;
    } = {},
  ) {
    const socket: ClientSocket = io(url, {
      transports: options.transports ?? ['websocket'],
      ...(options.extraHeaders ? { extraHeaders: options.extraHeaders } : {}),
      reconnection: options.reconnect ?? false,
      reconnectionDelay: 20,
      reconnectionDelayMax: 50,
      forceNew: true,
    });
    const player = new TestPlayer(name, socket);
    await new Promise<void>((ready, fail) => {
      socket.once('connect', () => ready());
      socket.once('connect_error', fail);
    });
    return player;
  }

  /** The seat this player holds now (a lobby:chooseRole may have moved it since joining). */
  get role() {
    return this.view?.you?.role ?? this.joined?.role ?? null;
  }

  async ask<T>(event: keyof ClientToServerEvents, payload: unknown): Promise<Ack<T>> {
    const answer = (await this.socket.timeout(5000).emitWithAck(event, payload as never)) as Ack<T>;
    this.received.push({ event: `ack:${event}`, payload: answer, at: performance.now() });
    return answer;
  }

  async create(settings: Record<string, unknown>): Promise<JoinedWithCode> {
    return this.expectJoined(await this.ask<JoinedWithCode>('game:create', { name: this.name, ...settings }));
  }

  async join(code: string, role?: string): Promise<JoinedWithCode> {
    return this.expectJoined(
      await this.ask<JoinedWithCode>('game:join', { code, name: this.name, ...(role ? { role } : {}) }),
    );
  }

  /** As the host, in the lobby: seats an easy dove bot in each of `roles`, or throws naming the refusal. */
  async seatBots(roles: readonly string[]): Promise<void> {
    for (const role of roles) {
      const seated = await this.ask('lobby:setBot', { role, bot: { personality: 'dove', level: 'easy' } });
      if (!seated.ok) throw new Error(`${this.name}: lobby:setBot ${role} refused: ${seated.error.code}`);
    }
  }

  async resume(gameId: string, token: string): Promise<JoinedGame> {
    return this.expectJoined(await this.ask<JoinedGame>('seat:resume', { gameId, token }));
  }

  /** A command made against the version this player holds now. */
  command(body: Record<string, unknown>, commandId = `t${++commandCounter}`): Promise<Ack> {
    return this.ask('game:command', { commandId, version: this.view?.version ?? 0, ...body });
  }

  async commandOk(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const answer = await this.command(body);
    if (!answer.ok)
      throw new Error(
        `${this.name}: ${String(body.type)} refused: ${answer.error.code} ${answer.error.message}`,
      );
    return answer.data as Record<string, unknown>;
  }

  /** Resolves once `check` holds for this player's state. */
  until(check: (player: TestPlayer) => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
    if (check(this)) return Promise.resolve();
    return new Promise((done, fail) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((entry) => entry !== listener);
        fail(
          new Error(
            `${this.name}: timed out waiting for ${what} (phase ${this.view?.phase}, round ${this.view?.round})`,
          ),
        );
      }, timeoutMs);
      const listener = () => {
        if (!check(this)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((entry) => entry !== listener);
        done();
      };
      this.listeners.push(listener);
    });
  }

  untilPhase(phase: string, round?: number, timeoutMs = 5000): Promise<void> {
    return this.until(
      (player) => player.view?.phase === phase && (round === undefined || player.view.round === round),
      timeoutMs,
      `${phase}${round === undefined ? '' : ` of round ${round}`}`,
    );
  }

  close(): void {
    this.socket.disconnect();
  }

  private expectJoined<T extends JoinedGame>(answer: Ack<T>): T {
    if (!answer.ok) throw new Error(`${this.name}: ${answer.error.code} ${answer.error.message}`);
    this.joined = answer.data;
    return answer.data;
  }

  private take(event: string, payload: unknown): void {
    if (event === 'lobby:roster') this.roster = payload as Roster;
    if (event === 'seat:requests') this.seatRequests = (payload as SeatRequestsMessage).requests;
    if (event === 'seat:answer') {
      this.seatAnswer = payload as SeatAnswerMessage;
      if (this.seatAnswer.accepted) this.joined = this.seatAnswer.joined;
    }
    if (event === 'game:snapshot') {
      const snapshot = payload as GameSnapshotMessage;
      this.held = fromSnapshot(snapshot);
      this.roster = snapshot.roster;
    }
    if (event === 'game:update' && this.losing > 0) {
      this.losing--;
      return;
    }
    if (event === 'game:update') {
      if (!this.held) return;
      const outcome = applyUpdate(this.held, payload as GameUpdateMessage);
      if (outcome.kind === 'applied') this.held = outcome.game;
      if (outcome.kind === 'gap') {
        // As a browser does: count it (tests expect none) and ask for the whole view again.
        this.gaps++;
        this.socket.emit('game:sync', {}, (answer) => {
          if (!answer.ok) return;
          this.take('game:snapshot', answer.data);
          // The answer is no event: those waiting for the view must hear of it here.
          for (const listener of [...this.listeners]) listener();
        });
      }
    }
    if (this.held) {
      this.view = this.held.view;
      this.lastSeq = this.held.seq;
    }
    if (this.view) this.phasesSeen.add(this.view.phase);
  }
}

export const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

export const SHEETS = SAMPLE_SHEETS;

/** The last shared draft of its seat's sheet a player received (`team:draft`), if any. */
export function draftOf(player: TestPlayer): TeamDraft | null {
  const last = player.received.filter((entry) => entry.event === 'team:draft').at(-1);
  return last ? (last.payload as TeamDraftMessage).draft : null;
}
