import { io } from 'socket.io-client';
import type { PlayerView } from '../../shared/game/player-view.ts';
import { type Ack, ERROR_CODES } from '../../shared/protocol/errors.ts';
import type {
  GameSnapshotMessage,
  GameUpdateMessage,
  JoinedGame,
  Roster,
  SeatAnswerMessage,
  SeatRequestsMessage,
} from '../../shared/protocol/socket.ts';
import { applyUpdate, fromSnapshot, type HeldGame } from '../../shared/protocol/sync.ts';
import type { RoleId } from '../../shared/roles.ts';
import type { ClientSocket, Received } from '../integration/harness.ts';

/** The socket without the protocol's types: a fuzzer sends whatever it likes. */
interface UntypedSocket {
  emit(event: string, ...args: unknown[]): void;
  timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
}

/** Commands the server said yes to, by game, as the engine's log names them: `actor:commandId`. */
export class Ledger {
  readonly accepted = new Map<string, Set<string>>();
  /** Commands sent without an acknowledgement: they may have been applied, nobody was told. */
  readonly unanswered = new Map<string, Set<string>>();
  /** Every token handed out, and to which client. */
  readonly tokenOwners = new Map<string, string>();
  /** Private messages sent with a marker no other text has. */
  readonly privateNotes: { gameId: string; members: RoleId[]; text: string }[] = [];
  /** Answers that broke the protocol's promise: no answer, a malformed one, or INTERNAL. */
  readonly broken: string[] = [];
  readonly codes = new Map<string, number>();
  events = 0;

  note(map: Map<string, Set<string>>, gameId: string, key: string): void {
    const keys = map.get(gameId) ?? new Set<string>();
    keys.add(key);
    map.set(gameId, keys);
  }
}

const ACK_TIMEOUT_MS = 5000;
const CODES: ReadonlySet<string> = new Set(ERROR_CODES);

function isAck(value: unknown): value is Ack {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } };
  if (answer.ok === true) return 'data' in answer;
  return (
    answer.ok === false &&
    typeof answer.error?.code === 'string' &&
    CODES.has(answer.error.code) &&
    typeof answer.error.message === 'string' &&
    answer.error.message.length <= 300
  );
}

/**
 * One fuzzing client: a socket that records everything it receives and keeps track of the game, seat
 * and host rights it holds (from its answers and snapshots), so each accepted command can be written
 * into the ledger under the name the engine's log will give it.
 */
export class FuzzClient {
  readonly received: Received[] = [];
  gameId: string | null = null;
  role: RoleId | null = null;
  isHost = false;
  code: string | null = null;
  view: PlayerView | null = null;
  /** Who sits where in the game it holds, as last told: the ids a host may name in `seat:remove`. */
  roster: Roster | null = null;
  /** Requests to join a seat this client may answer, as last told. */
  requestIds: string[] = [];
  /** The view kept as a browser keeps it: each update's history spliced in. */
  private held: HeldGame | null = null;
  readonly tokens: { gameId: string; token: string }[] = [];
  readonly commandIds: string[] = [];
  private disconnects = 0;

  private constructor(
    readonly id: string,
    readonly socket: ClientSocket,
    private readonly ledger: Ledger,
  ) {
    socket.onAny((event: string, payload: unknown) => {
      this.received.push({ event, payload, at: performance.now() });
      if (event === 'game:snapshot') this.take(payload as GameSnapshotMessage);
      if (event === 'lobby:roster') this.roster = payload as Roster;
      if (event === 'seat:requests')
        this.requestIds = (payload as SeatRequestsMessage).requests.map((request) => request.requestId);
      if (event === 'seat:answer') this.answered(payload as SeatAnswerMessage);
      if (event === 'seat:removed') this.holdNothing();
      if (event === 'game:update' && this.held) {
        const outcome = applyUpdate(this.held, payload as GameUpdateMessage);
        if (outcome.kind === 'applied') {
          this.held = outcome.game;
          this.view = outcome.game.view;
        }
        // As a browser does after a missed message: ask for the whole view again.
        if (outcome.kind === 'gap') {
          this.socket.emit('game:sync', {}, (answer) => {
            if (answer.ok) this.take(answer.data);
          });
        }
      }
    });
    socket.on('disconnect', () => {
      this.disconnects++;
    });
  }

  /** Accepted at a seat it asked for: a new identity, with its own token, in that game. */
  private answered(answer: SeatAnswerMessage): void {
    if (!answer.accepted) return;
    this.holdJoined(answer.joined);
  }

  private holdJoined(joined: JoinedGame): void {
    this.gameId = joined.gameId;
    this.role = joined.role;
    this.isHost = joined.isHost;
    this.code = joined.code;
    this.tokens.push({ gameId: joined.gameId, token: joined.token });
    this.ledger.tokenOwners.set(joined.token, this.id);
  }

  /** Removed, or waiting on a request: the socket acts for no seat and is told nothing of any game. */
  private holdNothing(): void {
    this.gameId = null;
    this.role = null;
    this.isHost = false;
    this.view = null;
    this.held = null;
    this.roster = null;
    this.requestIds = [];
  }

  private take(snapshot: GameSnapshotMessage): void {
    this.roster = snapshot.roster;
    this.held = fromSnapshot(snapshot);
    const { view } = this.held;
    this.view = view;
    this.gameId = view.gameId;
    this.role = view.you?.role ?? null;
  }

  static async connect(url: string, id: string, ledger: Ledger): Promise<FuzzClient> {
    const socket: ClientSocket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise<void>((ready, fail) => {
      socket.once('connect', () => ready());
      socket.once('connect_error', fail);
    });
    return new FuzzClient(id, socket, ledger);
  }

  get connected(): boolean {
    return this.socket.connected && this.disconnects === 0;
  }

  /** The name the engine logs a command under, for the seat and rights this client holds now. */
  actorFor(type: unknown): string {
    return (typeof type === 'string' && type.startsWith('host:')) || this.role === null ? 'host' : this.role;
  }

  /** Sends without asking for an answer; a well-formed command may still have been applied. */
  fire(event: string, args: unknown[]): void {
    this.ledger.events++;
    const payload = args[0];
    if (event === 'game:command' && this.gameId && isCommandLike(payload)) {
      this.ledger.note(
        this.ledger.unanswered,
        this.gameId,
        `${this.actorFor(payload.type)}:${payload.commandId}`,
      );
    }
    (this.socket as unknown as UntypedSocket).emit(event, ...args);
  }

  /** Sends and waits for the answer, which must come and must be a well-formed Ack. */
  async ask(event: string, args: unknown[]): Promise<Ack | null> {
    this.ledger.events++;
    const payload = args[0];
    const gameBefore = this.gameId;
    let answer: unknown;
    try {
      answer = await (this.socket as unknown as UntypedSocket)
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck(event, ...args);
    } catch (error) {
      this.ledger.broken.push(`${this.id} ${event}: no answer (${String(error)})`);
      return null;
    }
    this.received.push({ event: `ack:${event}`, payload: answer, at: performance.now() });
    if (!isAck(answer)) {
      this.ledger.broken.push(
        `${this.id} ${event}: malformed answer ${JSON.stringify(answer)?.slice(0, 200)}`,
      );
      return null;
    }
    const code = answer.ok ? 'ok' : answer.error.code;
    this.ledger.codes.set(`${event} ${code}`, (this.ledger.codes.get(`${event} ${code}`) ?? 0) + 1);
    if (!answer.ok && answer.error.code === 'INTERNAL')
      this.ledger.broken.push(`${this.id} ${event}: INTERNAL`);
    if (!answer.ok) return answer;
    if (event === 'game:command' && gameBefore && isCommandLike(payload)) {
      this.ledger.note(
        this.ledger.accepted,
        gameBefore,
        `${this.actorFor(payload.type)}:${payload.commandId}`,
      );
      this.noteSecrets(payload, gameBefore);
    }
    // Asking to join a seat: the socket first gives up whatever it held.
    if (event === 'seat:request') this.holdNothing();
    if (event === 'game:create' || event === 'game:join' || event === 'seat:resume') {
      const joined = answer.data as JoinedGame;
      this.holdJoined(joined);
      // A solo game starts at once, through the same door as the host's start.
      if (event === 'game:create' && (payload as { mode?: unknown }).mode === 'solo')
        this.ledger.note(this.ledger.accepted, joined.gameId, 'host:solo-start');
    }
    return answer;
  }

  private noteSecrets(command: { type: unknown }, gameId: string): void {
    if (command.type !== 'chat:private' || !this.role) return;
    const message = (command as { message?: { to?: RoleId[]; text?: string } }).message;
    const marker = /pm-[a-z0-9-]+/.exec(message?.text ?? '')?.[0];
    if (marker && message?.to)
      this.ledger.privateNotes.push({ gameId, members: [this.role, ...message.to], text: marker });
  }

  close(): void {
    this.socket.disconnect();
  }
}

function isCommandLike(payload: unknown): payload is { type: unknown; commandId: string } {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof (payload as { commandId?: unknown }).commandId === 'string'
  );
}
