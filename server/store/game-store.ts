import type { BotProfile } from '../../shared/bots/types.ts';
import type { GameEvent } from '../../shared/game/events.ts';
import type { GameConfig, GameState, Phase } from '../../shared/game/state.ts';
import type { CreateClassroom } from '../../shared/protocol/classroom.ts';
import type { CreateGame } from '../../shared/protocol/socket.ts';
import type { PerRole, RoleId } from '../../shared/roles.ts';

/**
 * Where games are kept so that they outlive the process: one interface, an in-memory store for tests,
 * an embedded SQLite database by default and PostgreSQL for larger deployments, chosen at start-up
 * (`createLeverageServer({ store })`, from-env.ts). Every method is asynchronous so that a networked
 * database can stand behind the same interface; a caller that awaits a commit in a game's queue task has
 * the write durable before it acknowledges anything.
 *
 * A game is kept as: its record (what the creator chose, the join code, the seed, the creation time), its
 * lobby (people with token digests only, bot seats), the engine's configuration once it has started, the
 * ordered log of every input the engine accepted, and its latest snapshot. The log is the truth: a
 * snapshot is only a shortcut to the state after its first `logLength` entries.
 */
export interface GameStore {
  /** A new game, in its lobby. */
  create(record: GameRecord, lobby: StoredLobby): Promise<void>;
  /** Who sits where changed (someone joined, moved or a bot seat was set). */
  saveLobby(gameId: string, lobby: StoredLobby): Promise<void>;
  /**
   * Accepted inputs, written in one transaction with whatever else changed with them. Entries must
   * continue the log exactly (the first one's index is the log's length); anything else is refused.
   */
  commit(gameId: string, commit: Commit): Promise<void>;
  /** A game let go for idleness is not restored at start-up (a player's token still brings it back). */
  setIdle(gameId: string, idle: boolean): Promise<void>;
  /** Games to restore at start-up: neither ended nor idle. */
  activeGameIds(): Promise<string[]>;
  /** What is needed to bring a game back: its latest snapshot and the log after it. */
  load(gameId: string): Promise<StoredGame | null>;
  /** The log from `fromIndex` on, in order (checks, exports, debugging). */
  readLog(gameId: string, fromIndex?: number): Promise<LogEntry[]>;
  delete(gameId: string): Promise<void>;
  /** A class session, whole, over what was kept of it (sessions are small: people, tables, settings). */
  saveClassroom(classroom: StoredClassroom): Promise<void>;
  /** Class sessions to bring back at start-up: every one not ended, in the order they were first saved. */
  activeClassrooms(): Promise<StoredClassroom[]>;
  /** One class session, ended or not (an ended one is not brought back, but its export is still asked for). */
  loadClassroom(classroomId: string): Promise<StoredClassroom | null>;
  close(): Promise<void>;
}

/** A member of a class session: the digest of their token only, and where the facilitator seated them. */
export interface StoredClassMember {
  id: string;
  name: string;
  /** SHA-256 of the member's token, hex (the same token holds their seat at their table). */
  tokenDigest: string;
  seat: { tableId: string; role: RoleId } | null;
  /** The forwarded request that added the member, with several nodes (server/classroom/sessions.ts). */
  joinRequest?: string;
}

/** A class session: what the facilitator chose, who joined, which games are its tables. */
export interface StoredClassroom {
  id: string;
  code: string;
  settings: CreateClassroom;
  seed: number;
  createdAt: number;
  /** SHA-256 of the facilitator's token, hex; the token itself is never stored. */
  facilitatorDigest: string;
  members: StoredClassMember[];
  /** Game ids, in table order (table 1 first). */
  tables: string[];
  nextMemberId: number;
  ended: boolean;
  /** The table the projector shows large (absent in sessions stored before it was kept: none). */
  projectorFocus?: string | null;
  /** The facilitator's messages to the tables, in order (absent in sessions stored before they were kept). */
  broadcasts?: StoredBroadcast[];
}

/** A facilitator's message: when, what, to which tables (game ids); `decision` is its command's id. */
export interface StoredBroadcast {
  decision: string;
  at: number;
  text: string;
  tableIds: string[];
}

/** What the creator chose, and the names the game was given. */
export interface GameRecord {
  id: string;
  code: string;
  settings: CreateGame;
  seed: number;
  createdAt: number;
  /**
   * Set for a class session's table: it is joined only through its session (server/join-code.ts), never
   * with its own code. Absent for an ordinary game and for games stored before sessions existed.
   */
  classroomId?: string;
}

export interface StoredPerson {
  id: string;
  name: string;
  role: RoleId | null;
  isHost: boolean;
  /** SHA-256 of the person's token, hex. The token itself is never stored. */
  tokenDigest: string;
  /** The forwarded request that seated the person, with several nodes (server/session.ts). */
  joinRequest?: string;
}

export interface StoredLobby {
  people: StoredPerson[];
  bots: PerRole<BotProfile | null>;
  started: boolean;
  nextPersonId: number;
  /** Captains named with `team:captain`, by seat; absent in lobbies stored before teams had captains. */
  captains?: Partial<Record<RoleId, string>>;
}

/**
 * A few numbers of the state right after an entry was applied: enough to check that a replay (or a
 * restore) reaches exactly the state the live game had, entry by entry.
 */
export interface StateDigest {
  seq: number;
  version: number;
  phase: Phase;
  round: number;
  rngState: number;
  yield10y: number;
}

export interface LogEntry {
  /** Position in the game's log, from 0. */
  index: number;
  event: GameEvent;
  digest: StateDigest;
}

/** The engine's persisted snapshot after the first `logLength` entries. */
export interface StoredSnapshot {
  logLength: number;
  state: unknown;
}

export interface Commit {
  entries: LogEntry[];
  /** The engine's configuration, written with the first entry (the start), when the seats are fixed. */
  config?: GameConfig;
  /** The lobby as it stands after these entries (the seats fixed at the start). */
  lobby?: StoredLobby;
  /** A snapshot after the last of these entries; it replaces the one kept before. */
  snapshot?: StoredSnapshot;
  /** The game reached its end with these entries. */
  ended?: boolean;
}

export type GameStatus = 'active' | 'idle' | 'ended';

export interface StoredGame {
  record: GameRecord;
  status: GameStatus;
  lobby: StoredLobby;
  /** Null while the game is in its lobby (nothing has been logged yet). */
  config: GameConfig | null;
  snapshot: StoredSnapshot | null;
  /** The entries after the snapshot (all of them without one), in order. */
  entries: LogEntry[];
}

export function stateDigest(state: GameState): StateDigest {
  return {
    seq: state.seq,
    version: state.version,
    phase: state.phase,
    round: state.round,
    rngState: state.rngState,
    yield10y: state.market.yield10y,
  };
}

/**
 * A write refused because this process no longer runs the game: with several nodes, another one took its
 * lease (server/store/postgres-leases.ts). The game must stop here; its new node has what was committed.
 */
export class NotOwnerError extends Error {
  /** `id` names a class session when `what` says so: sessions are leased like games. */
  constructor(
    readonly id: string,
    what: 'Game' | 'Class session' = 'Game',
  ) {
    super(`${what} ${id}: another node runs it now`);
    this.name = 'NotOwnerError';
  }
}

/**
 * A new game refused because a live game (active or idle, not ended) already has its join code. Only a
 * store shared by several processes can see such a game (PostgreSQL: another node created it); the
 * creator draws another code (server/join-code.ts: `recordWithFreeCode`).
 */
export class JoinCodeTakenError extends Error {
  constructor(readonly code: string) {
    super(`Join code ${code} is taken by another live game`);
    this.name = 'JoinCodeTakenError';
  }
}

/**
 * A new class session refused because a live one (not ended) already has its code: only PostgreSQL, shared
 * by several nodes, can see one this node does not hold. The creator draws another code.
 */
export class ClassroomCodeTakenError extends Error {
  constructor(readonly code: string) {
    super(`Class code ${code} is taken by another live class session`);
    this.name = 'ClassroomCodeTakenError';
  }
}

/** Every store refuses a commit that would leave a hole in the log or write an entry twice. */
export function checkContinues(gameId: string, logLength: number, entries: readonly LogEntry[]): void {
  entries.forEach((entry, offset) => {
    if (entry.index !== logLength + offset)
      throw new Error(
        `Game ${gameId}: log entry ${entry.index} does not continue a log of ${logLength + offset} entries`,
      );
  });
}
