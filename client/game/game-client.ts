import type { BotProfile } from '../../shared/bots/types.ts';
import type { CommandBody, CommandResult } from '../../shared/protocol/commands.ts';
import type { JoinedGame, Roster, SeatRequest, SeatRequestPending } from '../../shared/protocol/socket.ts';
import type { PayloadOf } from '../../shared/protocol/socket-events.ts';
import type { RoleId } from '../../shared/roles.ts';
import type { SeatStore } from '../net/seat-store.ts';
import type { SocketPort } from '../net/socket-port.ts';
import { type ClientState, initialClientState } from './client-state.ts';
import { sendCommand } from './commands.ts';
import {
  ACK_TIMEOUT_MS,
  type ClientAck,
  type ClientError,
  requestsOver,
  type SendRequest,
} from './requests.ts';
import { type OwnSeatRequest, SeatConsent } from './seat-consent.ts';
import { createStore, type Store } from './store.ts';
import { TeamDesk } from './team-desk.ts';
import { ViewSync } from './view-sync.ts';

export type { ClientAck, ClientError, ClientErrorCode } from './requests.ts';
/** `CommandBody`: a command as a screen makes it (the client adds the id and the version). */
export type { CommandBody, OwnSeatRequest };
export { ACK_TIMEOUT_MS };

export interface GameClientOptions {
  socket: SocketPort;
  seats: SeatStore;
  /** Told about every refusal, to show the player. */
  onError: (error: ClientError) => void;
  ackTimeoutMs?: number;
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
  private readonly request: SendRequest;
  private readonly consent: SeatConsent<ClientState>;
  /** The seat's team: its shared sheet and its captain (team-desk.ts). */
  readonly team: TeamDesk<ClientState>;
  /** Snapshots, updates and resyncs of the held view (view-sync.ts). */
  private readonly view: ViewSync;
  /** The seat is held on the current socket connection (resumed, created or joined on it). */
  private seatedOnSocket = false;

  constructor(options: GameClientOptions) {
    this.socket = options.socket;
    this.seats = options.seats;
    this.onError = options.onError;
    this.request = requestsOver(options.socket, options.ackTimeoutMs ?? ACK_TIMEOUT_MS);
    this.store = createStore(initialClientState(options.socket.connected));
    this.consent = new SeatConsent({
      store: this.store,
      requestOrTell: (event, payload) => this.requestOrTell(event, payload),
      takeSeat: (seat) => this.takeSeat(seat),
      receiveRoster: (roster) => this.receiveRoster(roster),
    });
    this.team = new TeamDesk({
      store: this.store,
      request: this.request,
      requestOrTell: this.requestOrTell,
      currentGameId: () => this.currentGameId(),
      receiveRoster: (roster) => this.receiveRoster(roster),
    });
    this.view = new ViewSync({
      request: this.request,
      currentGameId: () => this.currentGameId(),
      held: () => this.store.get().game,
      holdSnapshot: (game, snapshot) => {
        // Whoever is seated before the first round reads the brief in the briefing itself.
        const early = snapshot.view.phase === 'lobby' || snapshot.view.phase === 'briefing';
        const lateBrief = this.store.get().lateBrief && !early;
        this.patch({ game, roster: snapshot.roster, lateBrief });
      },
      holdUpdated: (game) => this.patch({ game }),
    });
    this.listen();
    this.consent.listen(options.socket);
    this.team.listen(options.socket);
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
      this.patch({ connection: 'reconnecting' });
      // The server closed the socket on purpose: Socket.IO does not retry that by itself.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect_error', () => this.patch({ connection: 'reconnecting' }));
    socket.onReconnectAttempt(() => this.patch({ connection: 'reconnecting' }));
    socket.on('game:snapshot', (message) => this.view.receiveSnapshot(message));
    socket.on('game:update', (message) => this.view.receiveDelta({ update: message }));
    socket.on('lobby:roster', (roster) => this.receiveRoster(roster));
    socket.on('time:requests', (desk) => {
      if (desk.gameId === this.currentGameId()) this.patch({ timeDesk: desk });
    });
    socket.on('seat:removed', ({ gameId }) => {
      if (gameId !== this.currentGameId()) return;
      this.seats.forget(gameId);
      this.seatedOnSocket = false;
      this.patch({ seatStatus: 'removed', game: null, seatRequests: [], timeDesk: null });
    });
  }

  private patch(partial: Partial<ClientState>): void {
    this.store.set((state) => ({ ...state, ...partial }));
  }

  private currentGameId(): string | null {
    return this.store.get().seat?.gameId ?? null;
  }

  private receiveRoster(roster: Roster): void {
    if (roster.gameId !== this.currentGameId()) return;
    this.patch({ roster });
  }

  /** A request whose refusal the player is told about. */
  private readonly requestOrTell: SendRequest = async (event, payload) => {
    const ack = await this.request(event, payload);
    if (!ack.ok) this.onError(ack.error);
    return ack;
  };

  private takeSeat(seat: JoinedGame): void {
    this.seats.save(seat);
    this.seatedOnSocket = true;
    const sameGame = this.currentGameId() === seat.gameId;
    this.patch({
      seat,
      seatStatus: 'seated',
      ...(sameGame ? {} : { game: null, roster: null, seatRequests: [], timeDesk: null }),
    });
  }

  async createGame(options: PayloadOf<'game:create'>): Promise<ClientAck<JoinedGame>> {
    const ack = await this.requestOrTell('game:create', options);
    if (ack.ok) {
      this.takeSeat(ack.data);
      void this.sync();
    }
    return ack;
  }

  async joinGame(request: PayloadOf<'game:join'>): Promise<ClientAck<JoinedGame>> {
    const ack = await this.requestOrTell('game:join', request);
    if (ack.ok) {
      this.patch({ lateBrief: true });
      this.takeSeat(ack.data);
      void this.sync();
    }
    return ack;
  }

  /** Asks to join the people at a seat; the answer arrives later (`ownRequest`, then the seat). */
  requestSeat(request: SeatRequest): Promise<ClientAck<SeatRequestPending>> {
    return this.consent.requestSeat(request);
  }

  /**
   * Someone else gave this browser its seat just now (a class session's facilitator): once the table's
   * snapshot shows it has begun, the seat's brief comes first, as for a player who joins by code.
   */
  briefOnArrival(): void {
    this.patch({ lateBrief: true });
  }

  /** The newcomer has read the seat's brief and goes on to the game. */
  closeLateBrief(): void {
    this.patch({ lateBrief: false });
  }

  /** Forgets how this browser's last request ended (the join form is shown again). */
  clearOwnRequest(): void {
    this.consent.clearOwnRequest();
  }

  answerRequest(requestId: string, accept: boolean): Promise<ClientAck<null>> {
    return this.consent.answerRequest(requestId, accept);
  }

  removePerson(personId: string): Promise<ClientAck<Roster>> {
    return this.consent.removePerson(personId);
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
      timeDesk: null,
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
      // Team sheet changes made while offline go now, once the socket acts for the seat again.
      this.team.resend();
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
  sync(): Promise<void> {
    return this.view.sync();
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

  /** "I'm back": a seat warned for idleness or played by a bot meanwhile is its people's again. */
  back(): Promise<ClientAck<boolean>> {
    return this.requestOrTell('seat:back', {});
  }

  /** A game command against the version held now, a lost answer asked for again (commands.ts); a refusal is shown. */
  async command(body: CommandBody): Promise<ClientAck<CommandResult>> {
    const ack = await sendCommand(this.request, body, this.store.get().game?.view.version ?? 0);
    if (!ack.ok) this.onError(ack.error);
    return ack;
  }
}
