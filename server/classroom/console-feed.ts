import {
  beforeTheStart,
  leaderboardOf,
  type ProjectorHeadline,
  type ProjectorMessage,
  type ProjectorTable,
  projectorTableOf,
  tickerOf,
} from '../../shared/classroom/projector.ts';
import { tableSummaryOf } from '../../shared/classroom/table-summary.ts';
import { playerViewFor } from '../../shared/game/player-view.ts';
import type { ClassroomConsoleMessage, TableSummary } from '../../shared/protocol/classroom.ts';
import type { Clock, TimerHandle } from '../clock.ts';
import type { LeverageServer } from '../io-types.ts';
import type { GameRegistry } from '../registry.ts';
import type { Classroom } from './classroom.ts';

/**
 * How often at most the console is sent. A table changes at every market tick (every two seconds), so 30
 * tables change about 15 times a second between them: the feed gathers every change within this window
 * into one console, which keeps the room live within a second (the bar) at four messages a
 * second at most, however many tables tick.
 */
export const CONSOLE_FEED_MS = 250;

/** The room of the sockets that opened a session's console with the facilitator's token. */
export const consoleRoom = (classroomId: string) => `classroom:${classroomId}:console`;
/**
 * The room of the sockets waiting in a session for its members: a node that takes the session over finds
 * them there, on whichever node they are connected (server/cluster/class-node.ts).
 */
export const membersRoom = (classroomId: string) => `classroom:${classroomId}:members`;
/** The room of the sockets that opened a session's projector with its read-only key. */
export const projectorRoom = (classroomId: string) => `classroom:${classroomId}:projector`;

interface FeedEnvironment {
  io: LeverageServer;
  clock: Clock;
  games: GameRegistry;
  paceMs: number;
}

/** One console feed per session, made when first needed; all of them stopped with the server. */
export class ConsoleFeeds {
  private readonly feeds = new Map<string, ConsoleFeed>();

  constructor(private readonly env: FeedEnvironment) {}

  of(classroom: Classroom): ConsoleFeed {
    let feed = this.feeds.get(classroom.id);
    if (!feed) {
      feed = new ConsoleFeed(this.env, classroom);
      this.feeds.set(classroom.id, feed);
    }
    return feed;
  }

  /** The session runs elsewhere now (another node took it over): its feed stops here. */
  forget(classroomId: string): void {
    this.feeds.get(classroomId)?.dispose();
    this.feeds.delete(classroomId);
  }

  dispose(): void {
    for (const feed of this.feeds.values()) feed.dispose();
    this.feeds.clear();
  }
}

/**
 * A session's console and projector: a summary (and a projector table) per table, kept and rebuilt only for
 * the tables that changed, and sent whole to the console's room and the projector's once per burst of
 * changes (never more than once per `paceMs`). Both come from the same host view, built once per change.
 */
export class ConsoleFeed {
  private readonly summaries = new Map<string, TableSummary>();
  private readonly projected = new Map<string, { table: ProjectorTable; headlines: ProjectorHeadline[] }>();
  private readonly changed = new Set<string>();
  private readonly unwatch = new Map<string, () => void>();
  private timer: TimerHandle | null = null;
  private seq: number;
  private projectorSeq: number;

  constructor(
    private readonly env: FeedEnvironment,
    private readonly classroom: Classroom,
  ) {
    this.seq = classroom.seqFrom;
    this.projectorSeq = classroom.seqFrom;
  }

  /** Something beside a table changed (people joined, tables formed): a console is due. */
  noteChange(): void {
    this.follow();
    this.schedule();
  }

  /** The console as it stands, for a socket opening it (and for each send). */
  console(): ClassroomConsoleMessage {
    this.refresh();
    return {
      classroomId: this.classroom.id,
      code: this.classroom.code,
      title: this.classroom.settings.title ?? null,
      seq: ++this.seq,
      rounds: this.classroom.rounds,
      people: this.classroom.people(),
      tables: this.classroom.tables.flatMap((tableId) => this.summaries.get(tableId) ?? []),
    };
  }

  /** The projector as it stands: public figures only, no names (shared/classroom/projector.ts). */
  projector(): ProjectorMessage {
    this.refresh();
    const shown = this.classroom.tables.flatMap((tableId) => this.projected.get(tableId) ?? []);
    const tables = shown.map((entry) => entry.table);
    return {
      classroomId: this.classroom.id,
      code: this.classroom.code,
      title: this.classroom.settings.title ?? null,
      seq: ++this.projectorSeq,
      focus: this.classroom.projectorFocus,
      tables,
      headlines: tickerOf(shown.flatMap((entry) => entry.headlines)),
      leaderboard: leaderboardOf(tables),
      join: beforeTheStart(tables) ? this.classroom.joinInvite : null,
    };
  }

  dispose(): void {
    if (this.timer !== null) this.env.clock.clearTimeout(this.timer);
    this.timer = null;
    for (const stop of this.unwatch.values()) stop();
    this.unwatch.clear();
  }

  /** Listens to every table of the session that is live here (tables come with forming and restores). */
  private follow(): void {
    for (const tableId of this.classroom.tables) {
      if (this.unwatch.has(tableId)) continue;
      const game = this.env.games.get(tableId);
      if (!game) continue;
      this.unwatch.set(
        tableId,
        game.watch(() => {
          this.changed.add(tableId);
          this.schedule();
        }),
      );
      this.changed.add(tableId);
    }
  }

  /** Rebuilds the tables that changed since the last console or projector, from one host view each. */
  private refresh(): void {
    this.follow();
    for (const tableId of this.changed) {
      const game = this.env.games.get(tableId);
      if (!game) continue;
      const view = playerViewFor(game.engine.state, null);
      const tableNumber = this.classroom.tableNumber(tableId);
      const { timeRequests } = game.engine.state;
      this.summaries.set(tableId, tableSummaryOf(view, game.roster, tableNumber, timeRequests));
      this.projected.set(tableId, projectorTableOf(view, tableNumber));
    }
    this.changed.clear();
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = this.env.clock.setTimeout(() => this.flush(), this.env.paceMs);
  }

  private flush(): void {
    this.timer = null;
    // Nobody watching: the changes wait (still marked) for the next console or projector someone opens.
    // The rooms are the adapter's: a console open on another node hears it too.
    const { id, watchers, projectors } = this.classroom;
    if (watchers.size > 0) this.env.io.to(consoleRoom(id)).emit('classroom:console', this.console());
    if (projectors.size > 0) this.env.io.to(projectorRoom(id)).emit('classroom:projector', this.projector());
  }
}
