import { CLASSROOM_PRESETS } from '../../shared/classroom/presets.ts';
import type { JoinInvite } from '../../shared/classroom/projector.ts';
import type { ClassPerson, ClassroomSeat, CreateClassroom } from '../../shared/protocol/classroom.ts';
import type { CreateGame } from '../../shared/protocol/socket.ts';
import type { RoleId } from '../../shared/roles.ts';
import { createSerialQueue } from '../serial-queue.ts';
import type { StoredBroadcast, StoredClassroom } from '../store/game-store.ts';
import { projectorKeyOf, tokenDigest, tokenMatches } from '../tokens.ts';

/** Someone who joined a class session with its code: a student, a participant. */
export interface ClassMember {
  id: string;
  name: string;
  /** Only the digest: the same token holds their seat at their table. */
  tokenDigest: Buffer;
  seat: { tableId: string; role: RoleId } | null;
  /** Sockets waiting in the session for this member (until seated, and after, to hear of moves). */
  sockets: Set<string>;
  /** The forwarded request that added the member (`joinClassroom`), if one did. */
  joinRequest?: string;
}

export interface ClassroomSetup {
  id: string;
  code: string;
  settings: CreateClassroom;
  seed: number;
  createdAt: number;
}

/**
 * One class session as the server holds it: the facilitator's token digest, the members, the tables
 * (games, by id, in table order). Every change runs through its queue, one at a time, and is stored
 * before anyone hears of it.
 */
export class Classroom {
  readonly id: string;
  readonly code: string;
  readonly settings: CreateClassroom;
  readonly seed: number;
  readonly createdAt: number;
  readonly members = new Map<string, ClassMember>();
  tables: string[] = [];
  ended = false;
  /**
   * Sockets that opened the console, and the projector, on any node (their rooms are the adapter's, which
   * a node cannot count across nodes): the feed is sent while one is open, tables kept while in use.
   */
  readonly watchers = new Set<string>();
  readonly projectors = new Set<string>();
  /**
   * Where the console's and projector's `seq` count from: 0 on the node that created the session; a node
   * that takes it over counts on above anything the one before could have sent (class-node.ts).
   */
  seqFrom = 0;
  private nextMemberId = 1;
  private readonly queue = createSerialQueue();

  constructor(
    setup: ClassroomSetup,
    private readonly facilitatorDigest: Buffer,
  ) {
    this.id = setup.id;
    this.code = setup.code;
    this.settings = setup.settings;
    this.seed = setup.seed;
    this.createdAt = setup.createdAt;
  }

  static fromStored(stored: StoredClassroom): Classroom {
    const classroom = new Classroom(stored, Buffer.from(stored.facilitatorDigest, 'hex'));
    for (const member of stored.members)
      classroom.members.set(member.id, {
        id: member.id,
        name: member.name,
        tokenDigest: Buffer.from(member.tokenDigest, 'hex'),
        seat: member.seat,
        sockets: new Set(),
        ...(member.joinRequest ? { joinRequest: member.joinRequest } : {}),
      });
    classroom.tables = [...stored.tables];
    classroom.nextMemberId = stored.nextMemberId;
    classroom.ended = stored.ended;
    classroom.projectorFocus = stored.projectorFocus ?? null;
    classroom.broadcasts = [...(stored.broadcasts ?? [])];
    return classroom;
  }

  toStored(): StoredClassroom {
    return {
      id: this.id,
      code: this.code,
      settings: this.settings,
      seed: this.seed,
      createdAt: this.createdAt,
      facilitatorDigest: this.facilitatorDigest.toString('hex'),
      members: [...this.members.values()].map((member) => ({
        id: member.id,
        name: member.name,
        tokenDigest: member.tokenDigest.toString('hex'),
        seat: member.seat,
        ...(member.joinRequest ? { joinRequest: member.joinRequest } : {}),
      })),
      tables: [...this.tables],
      nextMemberId: this.nextMemberId,
      ended: this.ended,
      projectorFocus: this.projectorFocus,
      broadcasts: [...this.broadcasts],
    };
  }

  /** Runs `task` in this session's queue, after everything enqueued before it. */
  enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    return this.queue.enqueue(task);
  }

  /** Whether `token` is the facilitator's: compared as digests, in constant time. */
  isFacilitator(token: string): boolean {
    return tokenMatches(this.facilitatorDigest, token);
  }

  /**
   * The join link and its QR code, made once (at creation, or when a projector first asks after a
   * restart) and kept in memory only: it follows from the code and the server's address.
   */
  joinInvite: JoinInvite | null = null;

  /**
   * The table the facilitator shows large on the projector, or null for every table side by side; stored
   * with the session, so a restart or a take-over by another node shows the same.
   */
  projectorFocus: string | null = null;

  /** The facilitator's messages to the tables, stored with the session: the session's export lists them. */
  broadcasts: StoredBroadcast[] = [];

  /** The read-only key of the projector link (server/tokens.ts says how it is derived). */
  get projectorKey(): string {
    return projectorKeyOf(this.facilitatorDigest);
  }

  /** Whether `key` is this session's projector key: compared as digests, in constant time. */
  isProjector(key: string): boolean {
    return tokenMatches(tokenDigest(this.projectorKey), key);
  }

  /** The digest the facilitator's host seat at every table is kept under. */
  get facilitatorTokenDigest(): Buffer {
    return this.facilitatorDigest;
  }

  addMember(name: string, token: string, joinRequest?: string): ClassMember {
    const member: ClassMember = {
      id: `student${this.nextMemberId++}`,
      name,
      tokenDigest: tokenDigest(token),
      seat: null,
      sockets: new Set(),
      ...(joinRequest ? { joinRequest } : {}),
    };
    this.members.set(member.id, member);
    return member;
  }

  /** The member a forwarded join added, by the request's id (sessions.ts: `joinClassroom`). */
  memberJoinedBy(requestId: string): ClassMember | undefined {
    for (const member of this.members.values()) if (member.joinRequest === requestId) return member;
    return undefined;
  }

  /** Checks every member, so the time taken does not depend on which one (if any) matches. */
  memberWithToken(token: string): ClassMember | undefined {
    let found: ClassMember | undefined;
    for (const member of this.members.values()) if (tokenMatches(member.tokenDigest, token)) found = member;
    return found;
  }

  /** Members not at a table yet, in the order they joined. */
  waiting(): ClassMember[] {
    return [...this.members.values()].filter((member) => member.seat === null);
  }

  tableNumber(tableId: string): number {
    return this.tables.indexOf(tableId) + 1;
  }

  seatOf(member: ClassMember): ClassroomSeat | null {
    return member.seat && { ...member.seat, tableNumber: this.tableNumber(member.seat.tableId) };
  }

  people(): ClassPerson[] {
    return [...this.members.values()].map((member) => ({
      id: member.id,
      name: member.name,
      connected: member.sockets.size > 0,
      seat: this.seatOf(member),
    }));
  }

  /** People per table: the facilitator's choice, else the preset's. */
  get tableSize(): number {
    return this.settings.tableSize ?? CLASSROOM_PRESETS[this.settings.preset].tableSize;
  }

  /** The rounds each table plays: the facilitator's choice, else the preset's. */
  get rounds(): number {
    return this.settings.rounds ?? CLASSROOM_PRESETS[this.settings.preset].rounds;
  }

  /**
   * What each table is created with: the preset's rounds and timers unless the facilitator chose others, and
   * the facilitator's idle-seat takeover (else the game's default).
   */
  tableSettings(): CreateGame {
    const preset = CLASSROOM_PRESETS[this.settings.preset];
    const { settings } = this;
    return {
      mode: 'multiplayer',
      name: 'Facilitator',
      botLevel: settings.botLevel,
      rounds: this.rounds,
      briefingSeconds: settings.briefingSeconds ?? preset.timers.briefingSeconds,
      newsSeconds: settings.newsSeconds ?? preset.timers.newsSeconds,
      negotiateSeconds: settings.negotiateSeconds ?? preset.timers.negotiateSeconds,
      decideSeconds: settings.decideSeconds ?? preset.timers.decideSeconds,
      bindingDeals: settings.bindingDeals,
      ...(settings.idleTakeover ? { idleTakeover: settings.idleTakeover } : {}),
      botFill: true,
      seed: this.seed,
    };
  }
}
