import { Adapter, type BroadcastOptions, type PrivateSessionId, type Session } from 'socket.io-adapter';

/** Past this many distinct room lists, the table of shared ones starts again (sharing is only a saving). */
const MOST_ROOM_LISTS = 10_000;
const NO_ROOMS: ReadonlySet<string> = new Set();
/** How often broadcasts and sessions past the recovery window are let go (Socket.IO's own interval). */
const EXPIRY_INTERVAL_MS = 60_000;

type PersistedSession = Parameters<Adapter['persistSession']>[0];
type KeptSession = PersistedSession & { disconnectedAt: number };
type Rooms = ReadonlySet<string>;
/** What the adapter reads of Socket.IO's namespace: its server's recovery window (a private option there). */
type RecoveringNamespace = {
  server: { opts: { connectionStateRecovery: { maxDisconnectionDuration: number } } };
};

/**
 * Socket.IO's single-node adapter for connection-state recovery (its SessionAwareAdapter's rules, kept in
 * less). It holds every broadcast for two minutes (about 49,000 of them under the load run), and the
 * young generation's collections copy what it keeps, twice, before it is old. Socket.IO keeps an entry, an
 * options object and two new sets of rooms for each; here the broadcasts are kept as columns (offset, time,
 * rooms, rooms left out, event, message), broadcasts to the same rooms share one set of them, and those
 * that leave no room out share one empty set. The sets are only read, by the broadcast itself and by a
 * recovery's check of which kept broadcasts a session was in the rooms of. With several nodes the Redis
 * Streams adapter takes this one's place.
 */
export class RecoveryAdapter extends Adapter {
  private readonly roomLists = new Map<string, Rooms>();
  private readonly sessions = new Map<PrivateSessionId, KeptSession>();
  private readonly kept = new KeptBroadcasts();
  private readonly maxDisconnectionDuration: number;
  /** Offsets are this adapter's start and a count: unique while it runs, and a session does not outlive it. */
  private readonly epoch = Date.now().toString(36);
  private count = 0;

  constructor(nsp: RecoveringNamespace) {
    super(nsp);
    this.maxDisconnectionDuration = nsp.server.opts.connectionStateRecovery.maxDisconnectionDuration;
    const expiry = setInterval(
      () => this.expire(Date.now() - this.maxDisconnectionDuration),
      EXPIRY_INTERVAL_MS,
    );
    // The timer must not hold the process open.
    expiry.unref();
  }

  /** Broadcasts kept for recovery now. */
  get keptBroadcasts(): number {
    return this.kept.size;
  }

  override persistSession(session: PersistedSession): void {
    this.sessions.set(session.pid, { ...session, disconnectedAt: Date.now() });
  }

  override restoreSession(pid: PrivateSessionId, offset: string): Promise<Session> {
    // No session, an expired one, or an offset no longer kept: Socket.IO starts a new session.
    const none = Promise.resolve(null as unknown as Session);
    const session = this.sessions.get(pid);
    if (!session) return none;
    if (session.disconnectedAt + this.maxDisconnectionDuration < Date.now()) {
      this.sessions.delete(pid);
      return none;
    }
    const missedPackets = this.kept.missedSince(offset, session.rooms);
    return missedPackets ? Promise.resolve({ ...session, missedPackets }) : none;
  }

  override broadcast(packet: { type: number; id?: number; data: unknown[] }, opts: BroadcastOptions): void {
    const rooms = this.shared(opts.rooms);
    const except = opts.except === undefined || opts.except.size === 0 ? NO_ROOMS : opts.except;
    const shared = { ...opts, rooms: rooms as Set<string>, except: except as Set<string> };
    // An acknowledgement cannot be replayed, nor need a volatile packet be.
    if (packet.type !== 2 || packet.id !== undefined || opts.flags?.volatile !== undefined) {
      super.broadcast(packet, shared);
      return;
    }
    // The offset goes last in the data, so a client knows the last packet it had (Socket.IO's format).
    const offset = `${this.epoch}-${(++this.count).toString(36)}`;
    packet.data.push(offset);
    super.broadcast(packet, shared);
    // Kept once sent: the encoder may have put the message's text in its place (wire.ts).
    this.kept.add(offset, Date.now(), rooms, except, packet.data);
  }

  private expire(threshold: number): void {
    for (const [pid, session] of this.sessions)
      if (session.disconnectedAt < threshold) this.sessions.delete(pid);
    this.kept.dropBefore(threshold);
  }

  private shared(rooms: Rooms): Rooms {
    if (rooms.size === 0) return NO_ROOMS;
    const key = rooms.size === 1 ? rooms.values().next().value! : JSON.stringify([...rooms]);
    const known = this.roomLists.get(key);
    if (known) return known;
    if (this.roomLists.size >= MOST_ROOM_LISTS) this.roomLists.clear();
    this.roomLists.set(key, rooms);
    return rooms;
  }
}

/** A kept packet's data that is not [event, one message, offset]: kept whole. */
class WholeData {
  constructor(readonly data: unknown[]) {}
}

/**
 * The kept broadcasts, oldest first, one column per field. A packet's data is nearly always [event, one
 * message, offset]: its event and message are kept, and the array is made again for a replay.
 */
class KeptBroadcasts {
  private offsets: string[] = [];
  private times: number[] = [];
  private rooms: Rooms[] = [];
  private except: Rooms[] = [];
  private events: (string | null)[] = [];
  private messages: unknown[] = [];

  get size(): number {
    return this.offsets.length;
  }

  add(offset: string, time: number, rooms: Rooms, except: Rooms, data: unknown[]): void {
    this.offsets.push(offset);
    this.times.push(time);
    this.rooms.push(rooms);
    this.except.push(except);
    const [event, message] = data;
    const usual = data.length === 3 && typeof event === 'string';
    this.events.push(usual ? event : null);
    this.messages.push(usual ? message : new WholeData(data));
  }

  /** The data of every broadcast after `offset` that a member of `sessionRooms` got; null if it is not kept. */
  missedSince(offset: string, sessionRooms: readonly string[]): unknown[][] | null {
    const index = this.offsets.indexOf(offset);
    if (index === -1) return null;
    const missed: unknown[][] = [];
    for (let i = index + 1; i < this.offsets.length; i++) {
      const rooms = this.rooms[i]!;
      const except = this.except[i]!;
      const included = rooms.size === 0 || sessionRooms.some((room) => rooms.has(room));
      if (included && !sessionRooms.some((room) => except.has(room))) missed.push(this.dataAt(i));
    }
    return missed;
  }

  private dataAt(index: number): unknown[] {
    const message = this.messages[index];
    return message instanceof WholeData ? message.data : [this.events[index], message, this.offsets[index]];
  }

  /** Lets go of every broadcast sent before `threshold`. */
  dropBefore(threshold: number): void {
    let count = 0;
    while (count < this.times.length && this.times[count]! < threshold) count++;
    if (count === 0) return;
    for (const column of [this.offsets, this.times, this.rooms, this.except, this.events, this.messages])
      column.splice(0, count);
  }
}
