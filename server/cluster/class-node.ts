import type { Ack } from '../../shared/protocol/errors.ts';
import { Classroom } from '../classroom/classroom.ts';
import { consoleRoom, membersRoom, projectorRoom } from '../classroom/console-feed.ts';
import type { ClassroomDeps } from '../classroom/deps.ts';
import {
  type ClassroomEvent,
  type ClassroomRouter,
  classroomTargetOf,
  type RunClassroomEvent,
} from '../classroom/events.ts';
import { classroomsOf, forgetSockets, socketClosed } from '../classroom/sessions.ts';
import { keepWhileInUse } from '../classroom/tables.ts';
import type { LeverageServer, LeverageSocket, SeatSocket } from '../io-types.ts';
import type { LiveGame } from '../live-game.ts';
import { NotOwnerError } from '../store/game-store.ts';
import type { ClassroomLeases } from '../store/postgres-leases.ts';
import { AnswersOnce, ASK_MS, forward } from './forward.ts';
import { ADOPT_EVERY_MS, type ClassroomsOfNode, type ClusterNode } from './node.ts';
import type { ClassroomRequest, NodeAnswer, NodeRelay } from './relay.ts';
import { copyOf, RemoteSocket } from './remote-socket.ts';

/**
 * A node that takes a session over counts its console's `seq` on from (fence − 1) × SEQ_PER_NODE, above
 * anything the node before could have sent, so that a console still open on another node keeps the new
 * consoles instead of dropping them as late.
 */
export const SEQ_PER_NODE = 1_000_000;

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface ClassNodeDeps {
  io: LeverageServer;
  relay: NodeRelay;
  leases: ClassroomLeases;
  /** The node's game side: a session's tables are taken over with it, as games of this node. */
  games: ClusterNode;
  classroom: ClassroomDeps;
  onError(error: unknown): void;
  logger: Pick<Console, 'info'>;
}

/**
 * Class sessions on one node of several. Each session (and its tables, which are games) runs at one
 * node, the holder of its lease in PostgreSQL, as a game does:
 * - a session event from a socket of this node runs here if the session does, else it is forwarded to
 *   the session's node and answered from there (`route`); events forwarded by other nodes run here with
 *   a stand-in for their socket (`answer`);
 * - the console, the projector, seatings and broadcasts reach sockets on any node through the adapter's
 *   rooms; sockets of a node that dies stop counting as connected or watching;
 * - the leases of this node's sessions are renewed, and sessions whose node died are taken over with
 *   their tables (`adoptOrphans`): restored from the store, their people and watchers found again.
 */
export class ClusterClassrooms implements ClassroomRouter, ClassroomsOfNode {
  private here: RunClassroomEvent | null = null;
  private renewer: NodeJS.Timeout | null = null;
  private adopter: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly answers = new AnswersOnce();
  private readonly adopting = new Map<string, Promise<Classroom | null>>();
  private readonly telling = new Set<Promise<unknown>>();

  constructor(private readonly deps: ClassNodeDeps) {
    deps.games.serveClassrooms(this);
    deps.games.remoteSockets.onLost((lost) => {
      for (const classroom of deps.classroom.classrooms.all())
        forgetSockets(deps.classroom, classroom, [...lost]);
    });
  }

  private get nodeId(): string {
    return this.deps.leases.nodeId;
  }

  /** Takes over the sessions nobody runs (at once, then on a timer) and renews this node's leases. */
  async start(): Promise<number> {
    const every = (ms: number, work: () => Promise<unknown>, keep: (timer: NodeJS.Timeout) => void) => {
      const run = () => {
        work()
          .catch(this.deps.onError)
          .finally(() => {
            if (!this.closed) keep(setTimeout(run, ms));
          });
      };
      keep(setTimeout(run, ms));
    };
    every(
      Math.max(100, Math.floor(this.deps.leases.ttlMs / 3)),
      () => this.renew(),
      (timer) => {
        this.renewer = timer;
      },
    );
    const adopted = await this.adoptOrphans();
    every(
      ADOPT_EVERY_MS,
      () => this.adoptOrphans(),
      (timer) => {
        this.adopter = timer;
      },
    );
    return adopted;
  }

  /** Stops the timers and lets this node's sessions go, so other nodes take them at once. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.renewer) clearTimeout(this.renewer);
    if (this.adopter) clearTimeout(this.adopter);
    await Promise.all(this.telling);
    await this.deps.leases.releaseAll().catch(this.deps.onError);
  }

  serve(here: RunClassroomEvent): void {
    this.here = here;
  }

  route(
    event: ClassroomEvent,
    input: unknown,
    socket: LeverageSocket,
    here: RunClassroomEvent,
  ): Promise<Ack<unknown>> {
    const target = classroomTargetOf(event, input);
    let classroomId: string | null = null;
    return forward(
      this.deps.relay,
      {
        locate: async () => {
          classroomId = target === null ? null : await this.classroomIdOf(target);
          return classroomId === null ? undefined : this.nodeFor(classroomId);
        },
        runHere: async (named) =>
          named ? this.runHere(event, input, socket, here) : here(event, input, socket),
        request: (requestId) => ({
          kind: 'classroom',
          requestId,
          classroomId: classroomId ?? '',
          event,
          input,
          socket: copyOf(socket),
        }),
      },
      socket,
      () => this.closed,
    );
  }

  /** A socket of this node closed: the nodes of the sessions it waited in or watched hear of it. */
  left(socket: LeverageSocket): void {
    for (const classroomId of classroomsOf(socket)) {
      const telling = this.tellLeft(classroomId, socket).catch(this.deps.onError);
      this.telling.add(telling);
      void telling.finally(() => this.telling.delete(telling));
    }
  }

  /** A request from another node, for a session it believes runs here. */
  async answer(request: ClassroomRequest): Promise<NodeAnswer> {
    const { classroom: classroomDeps, leases } = this.deps;
    if (!classroomDeps.classrooms.get(request.classroomId) && !leases.holds(request.classroomId))
      return { moved: true };
    const socket = new RemoteSocket(this.deps.io, request.socket);
    if (request.kind === 'classroomLeft') {
      this.deps.games.remoteSockets.forget(socket.id);
      socketClosed(classroomDeps, socket, [request.classroomId]);
      return { done: true };
    }
    const here = this.here;
    if (!here) return { moved: true };
    return this.answers.of(request.requestId, async () => {
      this.deps.games.remoteSockets.note(socket.id, socket.data.node);
      const ack = await this.runHere(request.event, request.input, socket, here);
      return ack ? { ack, data: socket.data } : { moved: true };
    });
  }

  async nodeOfTable(gameId: string): Promise<string | undefined> {
    const classroomId = await this.deps.leases.ofTable(gameId);
    if (classroomId === null) return undefined;
    return (await this.nodeFor(classroomId)) ?? this.nodeId;
  }

  private async classroomIdOf(target: { classroomId: string } | { code: string }): Promise<string | null> {
    if ('classroomId' in target) return target.classroomId;
    return this.deps.classroom.classrooms.withCode(target.code)?.id ?? this.deps.leases.withCode(target.code);
  }

  /** The node running the session, or null for this one (taking it over if nobody runs it). */
  private async nodeFor(classroomId: string): Promise<string | null> {
    const { leases } = this.deps;
    if (this.deps.classroom.classrooms.get(classroomId) || leases.holds(classroomId)) return null;
    const owner = await leases.ownerOf(classroomId);
    if (owner !== null && owner !== this.nodeId) return owner;
    await this.adopt(classroomId);
    if (leases.holds(classroomId)) return null;
    const next = await leases.ownerOf(classroomId);
    return next !== null && next !== this.nodeId ? next : null;
  }

  /**
   * Runs a session event here, or null if the session turned out to run elsewhere: its lease moved on
   * the way, so the store refused this node's write by the fence (nothing was kept here).
   */
  private async runHere(
    event: ClassroomEvent,
    input: unknown,
    socket: SeatSocket,
    here: RunClassroomEvent,
  ): Promise<Ack<unknown> | null> {
    try {
      return await here(event, input, socket);
    } catch (error) {
      if (error instanceof NotOwnerError) return null;
      throw error;
    }
  }

  private async tellLeft(classroomId: string, socket: LeverageSocket): Promise<void> {
    if (this.deps.classroom.classrooms.get(classroomId)) {
      socketClosed(this.deps.classroom, socket, [classroomId]);
      return;
    }
    const owner = await this.deps.leases.ownerOf(classroomId);
    if (owner && owner !== this.nodeId)
      await this.deps.relay.ask(
        owner,
        { kind: 'classroomLeft', classroomId, socket: copyOf(socket) },
        ASK_MS,
      );
  }

  private async renew(): Promise<void> {
    for (const classroomId of await this.deps.leases.renew()) {
      this.deps.logger.info(`[leverage] class session ${classroomId} is run by another node now`);
      this.deps.classroom.classrooms.remove(classroomId);
      this.deps.classroom.feeds.forget(classroomId);
    }
  }

  /** Takes over every session not ended that no node runs. Returns how many came here. */
  private async adoptOrphans(): Promise<number> {
    if (this.closed) return 0;
    let adopted = 0;
    for (const classroomId of await this.deps.leases.orphans()) {
      if (await this.adopt(classroomId)) adopted++;
    }
    return adopted;
  }

  /** Takes the session's lease and restores it here with its tables, once at a time per session. */
  private adopt(classroomId: string): Promise<Classroom | null> {
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
    const { leases, classroom: classroomDeps } = this.deps;
    if (this.closed || !(await leases.acquire(classroomId))) return null;
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
   * the console is sent at once. Asking every node can wait on a node that just died: once more.
   */
  private async findPeople(classroom: Classroom, attempt = 1): Promise<void> {
    const { io, classroom: classroomDeps } = this.deps;
    try {
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
      classroomDeps.feeds.of(classroom).noteChange();
    } catch (error) {
      if (attempt < 3 && !this.closed) {
        await pause(2000);
        return this.findPeople(classroom, attempt + 1);
      }
      this.deps.onError(error);
    }
  }
}
