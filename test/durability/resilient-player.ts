import { io } from 'socket.io-client';
import type { PlayerView } from '../../shared/game/player-view.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import type {
  GameSnapshotMessage,
  GameUpdateMessage,
  JoinedGame,
  JoinedWithCode,
} from '../../shared/protocol/socket.ts';
import { applyDelta, catchUp, type Delta, fromSnapshot, type HeldGame } from '../../shared/protocol/sync.ts';
import type { ClientSocket } from '../integration/harness.ts';

/** How long a request waits for its answer before it is sent again (same payload, same commandId). */
const ANSWER_WAIT_MS = 2500;

export interface SentCommand {
  commandId: string;
  payload: Record<string, unknown>;
  answer: Ack;
}

/**
 * A player the way a browser tab behaves on a bad network: its socket reconnects by itself; on every
 * connection that is not a recovered one it resumes its seat with its token; it keeps its copy of the
 * game with the real client's sync rules (`shared/protocol/sync.ts`: snapshots replace, deltas apply only on
 * the seq they follow, a gap asks for `game:sync`); and a command it gets no answer to is sent again,
 * with the same `commandId`, until it is answered.
 */
export class ResilientPlayer {
  socket: ClientSocket;
  seat: JoinedGame | null = null;
  held: HeldGame | null = null;
  /** Seated on the current connection (created, joined, resumed, or recovered with its rooms). */
  seated = false;
  /** Every `seat:resume` answer, in order. */
  readonly resumes: Ack<JoinedGame>[] = [];
  /** Commands answered `ok`. */
  readonly accepted: SentCommand[] = [];
  /** Times a delta did not follow the seq held (a missed message), and the syncs that followed. */
  gaps = 0;
  syncs = 0;
  recoveries = 0;
  /** The seq of the game held after every change, in order (it must never go back). */
  readonly seqsHeld: number[] = [];
  private nextCommand = 1;
  private loseNext = false;
  private listeners: (() => void)[] = [];
  private syncing: Promise<void> | null = null;
  private keptWhileSyncing: Delta[] = [];

  constructor(
    private url: string,
    readonly name: string,
  ) {
    this.socket = this.open();
  }

  /**
   * The page is reloaded: this connection is dropped for good and a new one (a new Socket.IO session,
   * nothing to recover) resumes the seat with the token once it connects.
   */
  reload(): void {
    this.socket.disconnect();
    this.seated = false;
    this.socket = this.open();
  }

  /** The player's server is gone: the page opens another node's address (as a load balancer would send it). */
  moveTo(url: string): void {
    this.url = url;
    this.reload();
  }

  private open(): ClientSocket {
    const socket: ClientSocket = io(this.url, {
      transports: ['websocket'],
      reconnectionDelay: 50,
      reconnectionDelayMax: 250,
      randomizationFactor: 0,
      forceNew: true,
    });
    socket.on('connect', () => {
      if (socket.recovered && this.seat) {
        this.recoveries++;
        this.seated = true;
        this.changed();
        return;
      }
      this.seated = false;
      if (this.seat) void this.resume();
      this.changed();
    });
    socket.on('disconnect', () => {
      this.seated = false;
      this.changed();
    });
    socket.on('game:snapshot', (message) => this.takeSnapshot(message));
    socket.on('game:update', (message: GameUpdateMessage) => {
      if (!this.lose()) this.takeDelta({ update: message });
    });
    return socket;
  }

  get view(): PlayerView | null {
    return this.held?.view ?? null;
  }

  connected(): Promise<void> {
    return this.until(() => this.socket.connected, 5000, 'a connection');
  }

  async create(settings: Record<string, unknown>): Promise<JoinedWithCode> {
    return this.take(await this.request<JoinedWithCode>('game:create', { name: this.name, ...settings }));
  }

  async join(code: string, role: string): Promise<JoinedWithCode> {
    return this.take(await this.request<JoinedWithCode>('game:join', { code, name: this.name, role }));
  }

  /** A new command, made against the version held now. */
  send(body: Record<string, unknown>): Promise<Ack> {
    const commandId = `${this.name}-${this.nextCommand++}`;
    return this.sendAgain({ commandId, version: this.view?.version ?? 0, ...body });
  }

  /** Sends `payload` until it is answered: after a drop, the same command, id and version again. */
  async sendAgain(payload: Record<string, unknown>): Promise<Ack> {
    for (;;) {
      await this.until(() => this.seated, 20_000, 'a seat to send from');
      const answer = await this.request<unknown>('game:command', payload);
      // Sent on a connection the server had not seated yet (the resume was still on its way): again.
      if (!answer.ok && (answer.error.code as string) === 'NO_ANSWER') continue;
      if (!answer.ok && answer.error.code === 'UNAUTHORIZED') continue;
      if (answer.ok)
        this.accepted.push({ commandId: String(payload.commandId), payload, answer: answer as Ack });
      return answer as Ack;
    }
  }

  /** Resolves once `check` holds; checked after every message and seat change. */
  until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((done, fail) => {
      const listener = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((entry) => entry !== listener);
        done();
      };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((entry) => entry !== listener);
        fail(new Error(`${this.name}: timed out waiting for ${what} (phase ${this.view?.phase})`));
      }, timeoutMs);
      this.listeners.push(listener);
    });
  }

  close(): void {
    this.socket.disconnect();
  }

  /** The next update or tick is lost on the way (as a bug or a proxy might lose it): the one after shows the gap. */
  loseNextMessage(): void {
    this.loseNext = true;
  }

  private lose(): boolean {
    const lost = this.loseNext;
    this.loseNext = false;
    return lost;
  }

  /** The server's answer, or NO_ANSWER if none came in time (the socket dropped, the server died). */
  private async request<T>(event: string, payload: unknown): Promise<Ack<T>> {
    try {
      return (await this.socket
        .timeout(ANSWER_WAIT_MS)
        .emitWithAck(event as 'game:command', payload as never)) as Ack<T>;
    } catch {
      return { ok: false, error: { code: 'NO_ANSWER' as never, message: 'no answer in time' } };
    }
  }

  private take<T extends JoinedGame>(answer: Ack<T>): T {
    if (!answer.ok) throw new Error(`${this.name}: ${answer.error.code} ${answer.error.message}`);
    this.seat = answer.data;
    this.seated = true;
    this.changed();
    return answer.data;
  }

  private async resume(): Promise<void> {
    const seat = this.seat!;
    for (;;) {
      const answer = await this.request<JoinedGame>('seat:resume', {
        gameId: seat.gameId,
        token: seat.token,
      });
      const unanswered = !answer.ok && (answer.error.code as string) === 'NO_ANSWER';
      // No answer on a connection that has since dropped: the next connection resumes.
      if (unanswered && !this.socket.connected) return;
      if (unanswered) continue;
      this.resumes.push(answer);
      if (answer.ok) {
        this.seated = true;
        this.changed();
      }
      return;
    }
  }

  private takeSnapshot(message: GameSnapshotMessage): void {
    // A snapshot older than what is held (a slow sync answer overtaken by updates) changes nothing.
    if (this.held && message.seq < this.held.seq) return;
    this.held = fromSnapshot(message);
    this.changed();
  }

  private takeDelta(delta: Delta): void {
    const outcome = applyDelta(this.held, delta);
    if (outcome.kind === 'applied') this.held = outcome.game;
    // Deltas that arrive while the sync is on its way show the same gap again: one gap, one sync; they
    // are kept and applied on top of its answer, as the web client does.
    if (outcome.kind === 'gap' && this.syncing) this.keptWhileSyncing.push(delta);
    else if (outcome.kind === 'gap') {
      this.gaps++;
      void this.sync();
    }
    this.changed();
  }

  /** One sync at a time; a gap seen while one is on its way is covered by its answer and what was kept. */
  private sync(): Promise<void> {
    this.syncing ??= (async () => {
      this.syncs++;
      const answer = await this.request<GameSnapshotMessage>('game:sync', {});
      const kept = this.keptWhileSyncing.splice(0);
      if (!answer.ok || (this.held && answer.data.seq < this.held.seq)) return false;
      const { game, gap } = catchUp(answer.data, kept);
      this.held = game;
      this.changed();
      return gap;
    })().then((gap) => {
      this.syncing = null;
      // Something sent after the snapshot was missed as well: a gap of its own.
      if (gap) {
        this.gaps++;
        void this.sync();
      }
    });
    return this.syncing;
  }

  private changed(): void {
    const seq = this.held?.seq;
    if (seq !== undefined && seq !== this.seqsHeld.at(-1)) this.seqsHeld.push(seq);
    for (const listener of [...this.listeners]) listener();
  }
}
