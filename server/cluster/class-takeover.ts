import { setTimeout as pause } from 'node:timers/promises';
import { Classroom } from '../classroom/classroom.ts';
import { consoleRoom, membersRoom, projectorRoom } from '../classroom/console-feed.ts';
import type { ClassroomDeps } from '../classroom/deps.ts';
import { joinInviteOf } from '../classroom/sessions.ts';
import { keepWhileInUse } from '../classroom/tables.ts';
import type { LeverageServer } from '../io-types.ts';
import type { LiveGame } from '../live-game.ts';
import type { ClassroomLeases } from '../store/postgres-leases.ts';
import { ADOPT_EVERY_MS, type ClusterNode } from './node.ts';
import { withRetries } from './repeat.ts';

/**
 * A node that takes a session over counts its console's `seq` on from (fence − 1) × SEQ_PER_NODE, above
 * anything the node before could have sent, so that a console still open on another node keeps the new
 * consoles instead of dropping them as late.
 */
export const SEQ_PER_NODE = 1_000_000;

export interface TakeoverDeps {
  io: LeverageServer;
  leases: ClassroomLeases;
  games: ClusterNode;
  classroom: ClassroomDeps;
  onError(error: unknown): void;
  logger: Pick<Console, 'info'>;
}

/**
 * Taking a class session over at this node (its node died, or nobody ran it at start-up): its lease, its
 * tables (a session's facilitation reaches its tables as their own host commands, so they run with it),
 * then the session as stored, and its people and watchers, wherever they are connected.
 */
export class ClassTakeover {
  private readonly adopting = new Map<string, Promise<Classroom | null>>();
  closed = false;

  constructor(private readonly deps: TakeoverDeps) {}

  /** The take-over of the session under way here, if one is: events for it wait for it. */
  underWay(classroomId: string): Promise<Classroom | null> | undefined {
    return this.adopting.get(classroomId);
  }

  /** Takes the session's lease and restores it here with its tables, once at a time per session. */
  adopt(classroomId: string): Promise<Classroom | null> {
    const live = this.deps.classroom.classrooms.get(classroomId);
    if (live) return Promise.resolve(live);
    let adopting = this.adopting.get(classroomId);
    if (!adopting) {
      adopting = this.restore(classroomId).finally(() => this.adopting.delete(classroomId));
      this.adopting.set(classroomId, adopting);
    }
    return adopting;
  }

  private async restore(classroomId: string): Promise<Classroom | null> {
    const { leases } = this.deps;
    if (this.closed || !(await leases.acquire(classroomId))) return null;
    try {
      return await this.restoreLeased(classroomId);
    } catch (error) {
      // Let go at once, as a game that cannot be restored is (game-takeover.ts: adopt): another try may succeed.
      await leases.release(classroomId);
      throw error;
    }
  }

  /** The session, once this node holds its lease: null (and the lease let go) if it ended. */
  private async restoreLeased(classroomId: string): Promise<Classroom | null> {
    const { leases, classroom: classroomDeps } = this.deps;
    const stored = await classroomDeps.game.store.loadClassroom(classroomId);
    if (!stored || stored.ended) {
      await leases.release(classroomId);
      return null;
    }
    // Its tables first, here: a session's facilitation reaches its tables as their own host commands.
    const tables = [];
    const giveUpAt = Date.now() + leases.ttlMs + ADOPT_EVERY_MS;
    for (const tableId of stored.tables) {
      const table = await this.tableHere(tableId, giveUpAt);
      if (table) tables.push(table);
    }
    const classroom = Classroom.fromStored(stored);
    classroom.seqFrom = ((leases.fenceOf(classroomId) ?? 1) - 1) * SEQ_PER_NODE;
    classroomDeps.classrooms.add(classroom);
    for (const table of tables) keepWhileInUse(classroom, table);
    this.deps.logger.info(`[leverage] took over class session ${classroomId}`);
    void this.findPeople(classroom);
    return classroom;
  }

  /**
   * Tables of this node's sessions that nobody runs (one another node held past the take-over, then
   * let go or died with): taken over here, where their session runs.
   */
  async adoptTables(): Promise<void> {
    const { classrooms } = this.deps.classroom;
    const held = [...classrooms.all()].filter((classroom) => !classroom.ended);
    const orphans = await this.deps.leases.orphanTables(held.map((classroom) => classroom.id));
    for (const { tableId, classroomId } of orphans) {
      const classroom = classrooms.get(classroomId);
      if (!classroom?.tables.includes(tableId)) continue;
      const table = await this.deps.games.adopt(tableId);
      if (!table) continue;
      keepWhileInUse(classroom, table);
      this.deps.classroom.feeds.of(classroom).noteChange();
    }
  }

  /**
   * A table of a session taken over, restored here. Its lease may outlive the session's by a little (the
   * dead node renewed them apart): it is asked again until it lapses. Null for a table not being played
   * (ended, or let go: it comes back for a person's token), or one another live node kept.
   */
  private async tableHere(tableId: string, giveUpAt: number): Promise<LiveGame | null> {
    for (;;) {
      const table = await this.deps.games.adopt(tableId).catch((error: unknown) => {
        this.deps.onError(error);
        return null;
      });
      if (table || this.deps.games.runs(tableId)) return table;
      if (this.closed || Date.now() > giveUpAt) {
        this.deps.logger.info(`[leverage] table ${tableId} is run by another node`);
        return null;
      }
      await pause(100);
    }
  }

  /**
   * The session's people are still connected, to this node or others: members waiting in it, and the
   * sockets that opened its console or projector (their rooms are the adapter's). They count again, and
   * the console is sent at once.
   */
  private findPeople(classroom: Classroom): Promise<void> {
    const { io, classroom: classroomDeps } = this.deps;
    return withRetries(
      async () => {
        const [members, watchers, projectors] = await Promise.all(
          [membersRoom, consoleRoom, projectorRoom].map((room) =>
            io.in(room(classroom.id)).timeout(2000).fetchSockets(),
          ),
        );
        const remote = this.deps.games.remoteSockets;
        for (const socket of members ?? []) {
          const member = classroom.members.get(socket.data.memberId ?? '');
          if (socket.data.classroomId !== classroom.id || !member) continue;
          member.sockets.add(socket.id);
          remote.note(socket.id, socket.data.node);
        }
        for (const socket of watchers ?? []) {
          classroom.watchers.add(socket.id);
          remote.note(socket.id, socket.data.node);
        }
        for (const socket of projectors ?? []) {
          classroom.projectors.add(socket.id);
          remote.note(socket.id, socket.data.node);
        }
        // A projector still open shows the join QR code while the room comes in: made here again.
        if (classroom.projectors.size > 0) await joinInviteOf(classroomDeps, classroom);
        classroomDeps.feeds.of(classroom).noteChange();
      },
      { stopped: () => this.closed, onError: this.deps.onError },
    );
  }
}
