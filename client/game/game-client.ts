import type { BotProfile } from '../../shared/bots/types.ts';
import type { Command, CommandResult } from '../../shared/protocol/commands.ts';
import type { Ack, ErrorCode } from '../../shared/protocol/errors.ts';
import type {
  AckDataOf,
  GameSnapshotMessage,
  JoinedGame,
  Roster,
  SeatAnswerMessage,
  SeatRequest,
  SeatRequestNotice,
  SeatRequestPending,
} from '../../shared/protocol/socket.ts';
import { applyDelta, catchUp, type Delta, type HeldGame } from '../../shared/protocol/sync.ts';
import type { RoleId } from '../../shared/roles.ts';
import { newCommandId } from '../net/command-id.ts';
import type { SeatStore } from '../net/seat-store.ts';
import type { ClientEventName, SocketPort } from '../net/socket-port.ts';
import { createStore, type Store } from './store.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting';

/** Where this browser stands with the game it is looking at. */
export type SeatStatus = 'none' | 'resuming' | 'seated' | 'missing' | 'lost' | 'removed';

/** This browser's own request to join people at a seat: waiting, or how it ended if not let in. */
export interface OwnSeatRequest {
  requestId: string;
  role: RoleId;
  status: 'waiting' | 'declined' | 'seatFull' | 'gameEnded';
}

export interface ClientState {
  connection: ConnectionStatus;
  seat: JoinedGame | null;
  seatStatus: SeatStatus;
  roster: Roster | null;
  game: HeldGame | null;
  /** Requests to join a seat that this person may answer (their seat's, or all for the host). */
  seatRequests: SeatRequestNotice[];
  ownRequest: OwnSeatRequest | null;
  /** Seated by joining or by an accepted request: the seat's brief is shown before a game under way. */
  lateBrief: boolean;
}

/** Refusals the client makes itself, next to the server's codes. */
export type ClientErrorCode = ErrorCode | 'TIMEOUT' | 'OFFLINE' | 'BAD_RESPONSE';
export interface ClientError {
  code: ClientErrorCode;
  message: string;
}
export type ClientAck<T> = { ok: true; data: T } | { ok: false; error: ClientError };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A command as a screen makes it: the client adds the id and the version. */
export type CommandBody = DistributiveOmit<Command, 'commandId' | 'version'>;

export const ACK_TIMEOUT_MS = 10_000;
/** How many times a command whose answer timed out is sent again before the player is told. */
export const COMMAND_RETRIES = 2;

export interface GameClientOptions {
  socket: SocketPort;
  seats: SeatStore;
  /** Told about every refusal, to show the player. */
  onError: (error: ClientError) => void;
  ackTimeoutMs?: number;
}

function isAck<T>(value: Ack<T> | null | undefined): value is Ack<T> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

/**
 * One browser's link to the game server: holds the seat, keeps the view in step (snapshots, updates,
 * ticks, resync on a gap), sends commands and returns to the seat after every reconnection.
 */
export class GameClient {
  readonly store: Store<ClientState>;
  private readonly socket: SocketPort;
  private readonly seats: SeatStore;
  private readonly onError: (error: ClientError) => void;
  private readonly ackTimeoutMs: number;
  /** The seat is held on the current socket connection (resumed, created or joined on it). */
  private seatedOnSocket = false;
  private syncing = false;
  private resyncAfter = false;
  /** Deltas that showed a gap while a sync was on its way: applied on top of its answer (`catchUp`). */
  private keptWhileSyncing: Delta[] = [];

  constructor(options: GameClientOptions) {
    this.socket = options.socket;
    this.seats = options.seats;
    this.onError = options.onError;
    this.ackTimeoutMs = options.ackTimeoutMs ?? ACK_TIMEOUT_MS;
    this.store = createStore<ClientState>({
      connection: options.socket.connected ? 'connected' : 'connecting',
      seat: null,
      seatStatus: 'none',
      roster: null,
      game: null,
      seatRequests: [],
      ownRequest: null,
      lateBrief: false,
    });
    this.listen();
  }

  private listen(): void {
    const { socket } = this;
    socket.on('connect', () => {
      this.seatedOnSocket = false;
      this.patch({ connection: 'connected' });
      if (this.store.get().seat) void this.resume();
    });
    socket.on('disconnect', (reason) => {
      this.seatedOnSocket = false;
      // The server drops a waiting request with its socket: back to the form, to ask again.
      const waiting = this.store.get().ownRequest?.status === 'waiting';
      this.patch({ connection: 'reconnecting', ...(waiting ? { ownRequest: null } : {}) });
      // The server closed the socket on purpose: Socket.IO does not retry that by itself.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect_error', () => this.patch({ connection: 'reconnecting' }));
    socket.onReconnectAttempt(() => this.patch({ connection: 'reconnecting' }));
    socket.on('game:snapshot', (message) => this.receiveSnapshot(message));
    socket.on('game:update', (message) => this.receiveDelta({ update: message }));
    socket.on('market:tick', (message) => this.receiveDelta({ tick: message }));
    socket.on('lobby:roster', (roster) => this.receiveRoster(roster));
    socket.on('seat:requests', ({ gameId, requests }) => {
      if (gameId === this.currentGameId()) this.patch({ seatRequests: requests });
    });
    socket.on('seat:answer', (answer) => this.receiveAnswer(answer));
    socket.on('seat:removed', ({ gameId }) => {
      if (gameId !== this.currentGameId()) return;
      this.seats.forget(gameId);
      this.seatedOnSocket = false;
      this.patch({ seatStatus: 'removed', game: null, seatRequests: [] });
    });
  }

  private receiveAnswer(answer: SeatAnswerMessage): void {
    const own = this.store.get().ownRequest;
    if (!own || own.requestId !== answer.requestId) return;
    if (!answer.accepted) {
      this.patch({ ownRequest: { ...own, status: answer.reason } });
      return;
    }
    this.patch({ ownRequest: null, lateBrief: true });
    // The snapshot follows this answer on the same socket, so the seat must be known first.
    this.takeSeat(answer.joined);
  }

  private patch(partial: Partial<ClientState>): void {
    this.store.set((state) => ({ ...state, ...partial }));
  }

  private held(): HeldGame | null {
    return this.store.get().game;
  }

  private currentGameId(): string | null {
    return this.store.get().seat?.gameId ?? null;
  }

  receiveSnapshot(message: GameSnapshotMessage, keptWhileSyncing: readonly Delta[] = []): void {
    if (message.view.gameId !== this.currentGameId()) return;
    const held = this.held();
    // A snapshot older than what is held (a slow sync answer overtaken by updates) changes nothing.
    if (held && message.seq < held.seq) return;
    // Whoever is seated before the first round reads the brief in the briefing itself.
    const early = message.view.phase === 'lobby' || message.view.phase === 'briefing';
    const lateBrief = this.store.get().lateBrief && !early;
    const { game, gap } = catchUp(message, keptWhileSyncing);
    if (gap) this.resyncAfter = true;
    this.patch({ game, roster: message.roster, lateBrief });
  }

  private receiveDelta(delta: Delta): void {
    if (!this.currentGameId()) return;
    const outcome = applyDelta(this.held(), delta);
    if (outcome.kind === 'applied') this.patch({ game: outcome.game });
    else if (outcome.kind === 'gap' && this.syncing) this.keptWhileSyncing.push(delta);
    else if (outcome.kind === 'gap') void this.sync();
  }

  private receiveRoster(roster: Roster): void {
    if (roster.gameId !== this.currentGameId()) return;
    this.patch({ roster });
  }

  /** Sends one request and waits for its acknowledgement, or gives up after the timeout. */
  private request<E extends ClientEventName>(event: E, payload: unknown): Promise<ClientAck<AckDataOf<E>>> {
    if (!this.socket.connected) {
      return Promise.resolve({
        ok: false,
        error: { code: 'OFFLINE', message: 'Not connected to the server.' },
      });
    }
    return new Promise((resolve) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        resolve({ ok: false, error: { code: 'TIMEOUT', message: 'The server did not answer in time.' } });
      }, this.ackTimeoutMs);
      this.socket.emit(event, payload, (response) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // Typed by the protocol, but it crossed the network: a server bug must not break the page.
        resolve(
          isAck(response)
            ? response
            : {
                ok: false,
                error: { code: 'BAD_RESPONSE', message: 'The server sent an unreadable answer.' },
              },
        );
      });
    });
  }

  /** A request whose refusal the player is told about. */
  private async requestOrTell<E extends ClientEventName>(
    event: E,
    payload: unknown,
  ): Promise<ClientAck<AckDataOf<E>>> {
    const ack = await this.request(event, payload);
    if (!ack.ok) this.onError(ack.error);
    return ack;
  }

  private takeSeat(seat: JoinedGame): void {
    this.seats.save(seat);
    this.seatedOnSocket = true;
    const sameGame = this.currentGameId() === seat.gameId;
    this.patch({
      seat,
      seatStatus: 'seated',
      ...(sameGame ? {} : { game: null, roster: null, seatRequests: [] }),
    });
  }

  async createGame(options: unknown): Promise<ClientAck<JoinedGame>> {
    const ack = await this.requestOrTell('game:create', options);
    if (ack.ok) {
      this.takeSeat(ack.data);
      void this.sync();
    }
    return ack;
  }

  async joinGame(request: unknown): Promise<ClientAck<JoinedGame>> {
    const ack = await this.requestOrTell('game:join', request);
    if (ack.ok) {
      this.patch({ lateBrief: true });
      this.takeSeat(ack.data);
      void this.sync();
    }
    return ack;
  }

  /** Asks to join the people at a seat; the answer arrives later (`ownRequest`, then the seat). */
  async requestSeat(request: SeatRequest): Promise<ClientAck<SeatRequestPending>> {
    const ack = await this.requestOrTell('seat:request', request);
    if (ack.ok) this.patch({ ownRequest: { ...ack.data, status: 'waiting' } });
    return ack;
  }

  /** The newcomer has read the seat's brief and goes on to the game. */
  closeLateBrief(): void {
    this.patch({ lateBrief: false });
  }

  /** Forgets how this browser's last request ended (the join form is shown again). */
  clearOwnRequest(): void {
    this.patch({ ownRequest: null });
  }

  answerRequest(requestId: string, accept: boolean): Promise<ClientAck<null>> {
    return this.requestOrTell('seat:answerRequest', { requestId, accept });
  }

  async removePerson(personId: string): Promise<ClientAck<Roster>> {
    const ack = await this.requestOrTell('seat:remove', { personId });
    if (ack.ok) this.receiveRoster(ack.data);
    return ack;
  }

  /** The page now shows this game: return to the seat this browser holds in it, if any. */
  enterGame(gameId: string): void {
    const state = this.store.get();
    if (state.seat?.gameId === gameId && this.seatedOnSocket) {
      if (!state.game) void this.sync();
      return;
    }
    const seat = this.seats.load(gameId);
    if (!seat) {
      this.patch({ seat: null, seatStatus: 'missing', game: null, roster: null });
      return;
    }
    const sameGame = state.seat?.gameId === gameId;
    this.patch({ seat, seatStatus: 'resuming', ...(sameGame ? {} : { game: null, roster: null }) });
    if (this.socket.connected) void this.resume();
  }

  /** The page left the game (back to the home screen). */
  leaveGame(): void {
    this.seatedOnSocket = false;
    this.patch({
      seat: null,
      seatStatus: 'none',
      game: null,
      roster: null,
      seatRequests: [],
      lateBrief: false,
    });
  }

  private async resume(): Promise<void> {
    const seat = this.store.get().seat;
    if (!seat) return;
    const ack = await this.request('seat:resume', { gameId: seat.gameId, token: seat.token });
    if (this.currentGameId() !== seat.gameId) return;
    if (ack.ok) {
      this.takeSeat({ ...ack.data, token: ack.data.token || seat.token });
      await this.sync();
      return;
    }
    if (ack.error.code === 'NOT_FOUND' || ack.error.code === 'UNAUTHORIZED') {
      this.seats.forget(seat.gameId);
      this.patch({ seatStatus: 'lost', game: null });
    }
    this.onError(ack.error);
  }

  /** Asks for a full snapshot; called after joining and whenever a delta shows a gap. */
  async sync(): Promise<void> {
    const gameId = this.currentGameId();
    if (!gameId) return;
    if (this.syncing) {
      this.resyncAfter = true;
      return;
    }
    this.syncing = true;
    try {
      const ack = await this.request('game:sync', {});
      const kept = this.keptWhileSyncing.splice(0);
      if (ack.ok) this.receiveSnapshot(ack.data, kept);
      // An answer that never came (a loaded server, a lost packet) leaves the view behind, and in a quiet
      // phase no later delta would show the gap: ask again. Offline, the next connection resyncs anyway.
      else if (ack.error.code === 'TIMEOUT') this.resyncAfter = true;
    } finally {
      this.syncing = false;
    }
    if (this.resyncAfter) {
      this.resyncAfter = false;
      await this.sync();
    }
  }

  async chooseRole(role: RoleId): Promise<ClientAck<Roster>> {
    const ack = await this.requestOrTell('lobby:chooseRole', { role });
    const seat = this.store.get().seat;
    if (ack.ok && seat) {
      this.takeSeat({ ...seat, role });
      this.receiveRoster(ack.data);
      void this.sync();
    }
    return ack;
  }

  async setBot(role: RoleId, bot: BotProfile | null): Promise<ClientAck<Roster>> {
    const ack = await this.requestOrTell('lobby:setBot', { role, bot });
    if (ack.ok) this.receiveRoster(ack.data);
    return ack;
  }

  /**
   * A game command against the version held now; a refusal is shown to the player. An answer lost on
   * the way (a dropped connection, a slow server) is asked for again with the very same command, same
   * `commandId` included: the server applies a command once and answers a repeat with its first answer.
   */
  async command(body: CommandBody): Promise<ClientAck<CommandResult>> {
    const version = this.held()?.view.version ?? 0;
    const payload = { ...body, commandId: newCommandId(), version };
    let ack = await this.request('game:command', payload);
    for (let retry = 0; retry < COMMAND_RETRIES && !ack.ok && ack.error.code === 'TIMEOUT'; retry++) {
      ack = await this.request('game:command', payload);
    }
    if (!ack.ok) this.onError(ack.error);
    return ack;
  }
}
