import { z } from 'zod';
import type { ProjectorMessage } from '../../shared/classroom/projector.ts';
import {
  type ClassroomCommand,
  type ClassroomCommandResult,
  type ClassroomConsoleMessage,
  ClassroomIdSchema,
  type CreatedClassroom,
  type JoinedClassroom,
} from '../../shared/protocol/classroom.ts';
import { TokenSchema } from '../../shared/protocol/fields.ts';
import type { PayloadOf } from '../../shared/protocol/socket-events.ts';
import {
  ACK_TIMEOUT_MS,
  type ClientAck,
  type ClientError,
  requestsOver,
  type SendRequest,
} from '../game/requests.ts';
import { createStore, type Store } from '../game/store.ts';
import type { SeatStore } from '../net/seat-store.ts';
import type { SocketPort } from '../net/socket-port.ts';

/** A class session as this browser knows it: as a member waiting for a table, or as its facilitator. */
export interface ClassroomState {
  membership: JoinedClassroom | null;
  /** The facilitator's console, as last sent. */
  console: ClassroomConsoleMessage | null;
  /** The facilitator's last broadcast, to the table this browser sits at. */
  message: { text: string; at: number } | null;
  /** The session this browser created, with its join link and QR code for the projector. */
  created: CreatedClassroom | null;
  /** The projector feed, as last sent, on the page opened with the projector link. */
  projector: ProjectorMessage | null;
  /** The projector link's key of the session whose console is open (the facilitator's page only). */
  projectorKey: { classroomId: string; key: string } | null;
  /** The session whose projector link the server refused (a wrong or stale key). */
  projectorRefused: string | null;
}

/** Where the facilitator's token is kept in this browser: only here, never in a link anyone else sees. */
export const facilitatorKey = (classroomId: string) => `leverage.facilitator.${classroomId}`;
/** The session this browser joined as a member, to wait again after a refresh or a dropped connection. */
export const MEMBERSHIP_KEY = 'leverage.class.member';

const StoredMembershipSchema = z.object({
  classroomId: ClassroomIdSchema,
  token: TokenSchema,
});

export interface ClassroomClientOptions {
  socket: SocketPort;
  seats: SeatStore;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /**
   * A member was seated: the page opens their table (its seat is already in the seat store). `seatedNow`:
   * the facilitator seated or moved them just now (`classroom:seated`), so a table that has begun shows its
   * brief first, as to anyone joining a started game; false for a seat the member already held (a resume).
   */
  onSeated: (tableId: string, seatedNow: boolean) => void;
  onError: (error: ClientError) => void;
}

/**
 * One browser's link to a class session, over the game's socket: a member joins and waits for their table;
 * the facilitator creates the session, opens its console and sends commands with the token kept here.
 */
export class ClassroomClient {
  readonly store: Store<ClassroomState> = createStore<ClassroomState>({
    membership: null,
    console: null,
    message: null,
    created: null,
    projector: null,
    projectorKey: null,
    projectorRefused: null,
  });
  private readonly request: SendRequest;
  /** The projector this page shows: opened again on every new connection (a new socket is in no room). */
  private projecting: { classroomId: string; key: string } | null = null;
  /**
   * The session whose console this page shows: watched again on every new connection, since a new socket
   * is in no room and the console would otherwise stand still at what it last heard.
   */
  private watching: string | null = null;

  constructor(private readonly options: ClassroomClientOptions) {
    this.request = requestsOver(options.socket, ACK_TIMEOUT_MS);
    // A new connection is a new socket: the member waits in the session again, or learns their seat.
    options.socket.on('connect', () => {
      const membership = this.store.get().membership;
      if (membership && !membership.seat) void this.resume();
      if (this.projecting) void this.project(this.projecting.classroomId, this.projecting.key);
      if (this.watching) void this.watch(this.watching);
    });
    options.socket.on('classroom:console', (message) => this.showConsole(message));
    options.socket.on('classroom:projector', (message) => this.showProjector(message));
    options.socket.on('classroom:seated', (seated) => {
      const membership = this.store.get().membership;
      if (!membership || membership.classroomId !== seated.classroomId) return;
      this.seat({ ...membership, seat: seated }, true);
    });
    options.socket.on('classroom:message', ({ text, at }) =>
      this.store.set((state) => ({ ...state, message: { text, at } })),
    );
  }

  async create(settings: PayloadOf<'classroom:create'>): Promise<ClientAck<CreatedClassroom>> {
    const ack = await this.tell(await this.request('classroom:create', settings));
    if (ack.ok) {
      this.options.storage?.setItem(facilitatorKey(ack.data.classroomId), ack.data.token);
      this.store.set((state) => ({ ...state, created: ack.data }));
    }
    return ack;
  }

  async join(request: PayloadOf<'classroom:join'>): Promise<ClientAck<JoinedClassroom>> {
    const ack = await this.tell(await this.request('classroom:join', request));
    if (ack.ok) {
      this.options.storage?.setItem(
        MEMBERSHIP_KEY,
        JSON.stringify({ classroomId: ack.data.classroomId, token: ack.data.token }),
      );
      this.seat(ack.data);
    }
    return ack;
  }

  /**
   * Back to the session this browser joined (kept in storage, checked like every input): waiting again,
   * or straight to the table if the facilitator seated the member meanwhile. Quiet when there is none.
   */
  async resume(): Promise<void> {
    let stored: unknown = null;
    try {
      stored = JSON.parse(this.options.storage?.getItem(MEMBERSHIP_KEY) ?? 'null');
    } catch {
      return;
    }
    const parsed = StoredMembershipSchema.safeParse(stored);
    if (!parsed.success) return;
    const ack = await this.request('classroom:resume', parsed.data);
    if (ack.ok) this.seat(ack.data);
  }

  /**
   * Leaves the session this browser waits in (a class joined by mistake), so the page offers the join
   * form again and a refresh no longer waits there. True once the member is gone: also when the session
   * or the membership already was (left from another page), which leaves nothing to leave.
   */
  async leave(): Promise<boolean> {
    const membership = this.store.get().membership;
    if (!membership) return true;
    const { classroomId, token } = membership;
    const ack = await this.request('classroom:leave', { classroomId, token });
    if (!ack.ok && ack.error.code !== 'NOT_FOUND' && ack.error.code !== 'UNAUTHORIZED') {
      this.options.onError(ack.error);
      return false;
    }
    this.options.storage?.removeItem(MEMBERSHIP_KEY);
    this.store.set((state) => ({ ...state, membership: null, message: null }));
    return true;
  }

  /**
   * The facilitator's token of a session this browser created, or null: what the session's exports and its
   * tables' debriefs are fetched with (in a header, never in an address).
   */
  facilitatorToken(classroomId: string): string | null {
    try {
      return this.options.storage?.getItem(facilitatorKey(classroomId)) ?? null;
    } catch {
      return null;
    }
  }

  /** Opens the console of a session this browser created (its token is kept here). */
  async watch(classroomId: string): Promise<ClientAck<ClassroomConsoleMessage>> {
    const token = this.options.storage?.getItem(facilitatorKey(classroomId)) ?? '';
    this.watching = classroomId;
    const ack = await this.request('classroom:watch', { classroomId, token });
    // The answer is the console as it stands, kept whatever it counts from: a restarted server counts from 1.
    if (ack.ok) this.store.set((state) => ({ ...state, console: ack.data }));
    // Offline: watched once connected (above). A refusal stops the watch: the token will not change.
    else if (ack.error.code !== 'OFFLINE') {
      this.watching = null;
      this.options.onError(ack.error);
    }
    return ack;
  }

  /** The projector link's key of a session this browser created (asked with the facilitator's token). */
  async projectorLink(classroomId: string): Promise<ClientAck<{ projectorKey: string }>> {
    const token = this.options.storage?.getItem(facilitatorKey(classroomId)) ?? '';
    const ack = await this.tell(await this.request('classroom:projectorLink', { classroomId, token }));
    if (ack.ok)
      this.store.set((state) => ({ ...state, projectorKey: { classroomId, key: ack.data.projectorKey } }));
    return ack;
  }

  /** Opens the projector feed with the key from the link (read-only: it opens nothing else). */
  async project(classroomId: string, key: string): Promise<ClientAck<ProjectorMessage>> {
    this.projecting = { classroomId, key };
    const ack = await this.request('classroom:project', { classroomId, key });
    if (ack.ok) this.showProjector(ack.data);
    else if (ack.error.code === 'UNAUTHORIZED') {
      // The page says so itself (a toast would name a seat, which a projector never holds).
      this.projecting = null;
      this.store.set((state) => ({ ...state, projectorRefused: classroomId }));
    }
    // Offline: the page waits and opens the projector once connected (above), without an error to show.
    else if (ack.error.code !== 'OFFLINE') this.options.onError(ack.error);
    return ack;
  }

  async command(classroomId: string, command: ClassroomCommand): Promise<ClientAck<ClassroomCommandResult>> {
    const token = this.options.storage?.getItem(facilitatorKey(classroomId)) ?? '';
    return this.tell(await this.request('classroom:command', { classroomId, token, command }));
  }

  /** A console older than the one shown (a late arrival) is dropped. */
  private showConsole(message: ClassroomConsoleMessage): void {
    const held = this.store.get().console;
    if (held && held.classroomId === message.classroomId && held.seq >= message.seq) return;
    this.store.set((state) => ({ ...state, console: message }));
  }

  /** A projector older than the one shown (a late arrival) is dropped, as consoles are. */
  private showProjector(message: ProjectorMessage): void {
    const held = this.store.get().projector;
    if (held && held.classroomId === message.classroomId && held.seq >= message.seq) return;
    this.store.set((state) => ({ ...state, projector: message }));
  }

  /** A member is kept; once seated, their table's seat is stored like any game's and the table opens. */
  private seat(membership: JoinedClassroom, seatedNow = false): void {
    this.store.set((state) => ({ ...state, membership }));
    const { seat } = membership;
    if (!seat) return;
    this.options.seats.save({
      gameId: seat.tableId,
      // A class table has no code of its own to show or share: its people join through the session.
      code: null,
      role: seat.role,
      token: membership.token,
      isHost: false,
    });
    this.options.onSeated(seat.tableId, seatedNow);
  }

  private tell<T>(ack: ClientAck<T>): ClientAck<T> {
    if (!ack.ok) this.options.onError(ack.error);
    return ack;
  }
}
