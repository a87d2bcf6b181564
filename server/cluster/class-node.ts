import type { Ack } from '../../shared/protocol/errors.ts';
import type { ClassroomDeps } from '../classroom/deps.ts';
import {
  type ClassroomEvent,
  type ClassroomRouter,
  classroomTargetOf,
  type RunClassroomEvent,
} from '../classroom/events.ts';
import {
  CLASSROOM_PARTS,
  type ClassroomPart,
  type ClassroomPlaces,
  placesLeft,
  placesOf,
} from '../classroom/places.ts';
import { forgetSockets } from '../classroom/sessions.ts';
import type { LeverageServer, LeverageSocket, SeatSocket } from '../io-types.ts';
import { NotOwnerError } from '../store/game-store.ts';
import type { ClassroomLeases } from '../store/postgres-leases.ts';
import { ClassTakeover } from './class-takeover.ts';
import { AnswersOnce, ASK_MS, forward } from './forward.ts';
import { ADOPT_EVERY_MS, type ClassroomsOfNode, type ClusterNode, renewEvery } from './node.ts';
import type { ClassroomRequest, NodeAnswer, NodeRelay } from './relay.ts';
import { copyOf, RemoteSocket } from './remote-socket.ts';
import { type Repeating, repeatEvery } from './repeat.ts';

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
  /** Lease renewals and the look for orphaned sessions. */
  private readonly repeating: Repeating[] = [];
  private closed = false;
  private readonly answers = new AnswersOnce();
  private readonly takeover: ClassTakeover;
  private readonly telling = new Set<Promise<unknown>>();

  constructor(private readonly deps: ClassNodeDeps) {
    this.takeover = new ClassTakeover(deps);
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
    const { leases, onError } = this.deps;
    this.repeating.push(repeatEvery(renewEvery(leases.ttlMs), () => this.renew(), onError));
    const adopted = await this.adoptOrphans();
    this.repeating.push(repeatEvery(ADOPT_EVERY_MS, () => this.adoptOrphans(), onError));
    return adopted;
  }

  /** Stops the timers and lets this node's sessions go, so other nodes take them at once. */
  async close(): Promise<void> {
    this.closed = true;
    this.takeover.closed = true;
    for (const repeating of this.repeating) repeating.stop();
    await Promise.all(this.telling);
    await this.deps.leases.releaseAll().catch(this.deps.onError);
  }

  serve(here: RunClassroomEvent): void {
    this.here = here;
  }

  async route(
    event: ClassroomEvent,
    input: unknown,
    socket: LeverageSocket,
    here: RunClassroomEvent,
  ): Promise<Ack<unknown>> {
    const before = placesOf(socket);
    const ack = await forward(
      this.deps.relay,
      {
        named: async () => {
          const target = classroomTargetOf(event, input);
          return target === null ? null : this.classroomIdOf(target);
        },
        nodeFor: (classroomId) => this.nodeFor(classroomId),
        runHere: async (classroomId, requestId) =>
          classroomId === null
            ? here(event, input, socket)
            : this.runHere(classroomId, event, input, socket, here, requestId),
        request: (classroomId, requestId) => ({
          kind: 'classroom',
          requestId,
          classroomId,
          event,
          input,
          socket: copyOf(socket),
        }),
      },
      socket,
      () => this.closed,
    );
    // A socket that moved to a session at another node stops counting at the session it left, whose node
    // hears of it as of a socket that closed; and one that opened another session's console while it
    // still waits in the first stops counting only as the first's watcher (at a node running both, the
    // join or the watch itself saw to it).
    this.tellLeft(placesLeft(before, placesOf(socket)), socket, false);
    return ack;
  }

  /** A socket of this node closed: the nodes of the sessions it waited in or watched hear of it. */
  left(socket: LeverageSocket): void {
    this.tellLeft(placesOf(socket), socket, true);
  }

  /**
   * The nodes of these sessions hear how the socket stopped counting there, and whether it `closed`
   * (awaited before the node closes).
   */
  private tellLeft(places: ClassroomPlaces, socket: LeverageSocket, closed: boolean): void {
    for (const [classroomId, parts] of places) {
      const telling = this.tellLeftOne(classroomId, parts, socket, closed).catch(this.deps.onError);
      this.telling.add(telling);
      void telling.finally(() => this.telling.delete(telling));
    }
  }

  /** A request from another node, for a session it believes runs here. */
  async answer(request: ClassroomRequest): Promise<NodeAnswer> {
    const { classroom: classroomDeps, leases } = this.deps;
    await this.takeover.underWay(request.classroomId);
    if (!classroomDeps.classrooms.get(request.classroomId) && !leases.holds(request.classroomId))
      return { moved: true };
    const socket = new RemoteSocket(this.deps.io, request.socket);
    if (request.kind === 'classroomLeft') {
      // A node of an older build names no parts: the socket left the session entirely.
      const parts = request.parts ?? CLASSROOM_PARTS;
      const classroom = classroomDeps.classrooms.get(request.classroomId);
      if (classroom) forgetSockets(classroomDeps, classroom, [socket.id], parts);
      // The remote sockets' list keeps a socket's node and nothing per session or part: after a partial
      // leave the socket still counts here as what it kept, for which its node's death must still be
      // noticed, so its entry is right as it is. A leave of every part lets it go, as does a socket that
      // closed (waiting or watching was all it did here: its seats' games hear of it as `left`).
      if (request.closed || parts.length === CLASSROOM_PARTS.length)
        this.deps.games.remoteSockets.forget(socket.id);
      return { done: true };
    }
    const here = this.here;
    if (!here) return { moved: true };
    return this.answers.of(request.requestId, async () => {
      this.deps.games.remoteSockets.note(socket.id, socket.data.node);
      const { classroomId, event, input, requestId } = request;
      const ack = await this.runHere(classroomId, event, input, socket, here, requestId);
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
    // A session that ended here keeps its code in this node's memory; another node may run a live one now.
    const here = this.deps.classroom.classrooms.withCode(target.code);
    if (here && !here.ended) return here.id;
    return (await this.deps.leases.withCode(target.code)) ?? here?.id ?? null;
  }

  /** The node running the session, or null for this one (taking it over if nobody runs it). */
  private async nodeFor(classroomId: string): Promise<string | null> {
    const { leases } = this.deps;
    // A take-over under way here: the session is here once it is done (or was not, if it ended).
    await this.takeover.underWay(classroomId);
    if (this.deps.classroom.classrooms.get(classroomId) || leases.holds(classroomId)) return null;
    const owner = await leases.ownerOf(classroomId);
    if (owner !== null && owner !== this.nodeId) return owner;
    await this.takeover.adopt(classroomId);
    if (leases.holds(classroomId)) return null;
    const next = await leases.ownerOf(classroomId);
    return next !== null && next !== this.nodeId ? next : null;
  }

  /**
   * Runs a session event here, or null if the session turned out to run elsewhere: its lease moved on
   * the way, so the store refused this node's write by the fence (nothing was kept here). A command
   * reaches the session's tables, whose own writes are fenced one by one: a node that was frozen past
   * its lease, and does not know yet, first asks who runs the session, and lets it go if another does
   * (the event is then asked at that node, instead of being answered here with every table refused).
   */
  private async runHere(
    classroomId: string,
    event: ClassroomEvent,
    input: unknown,
    socket: SeatSocket,
    here: RunClassroomEvent,
    requestId: string,
  ): Promise<Ack<unknown> | null> {
    if (event === 'classroom:command' && this.deps.classroom.classrooms.get(classroomId)) {
      const owner = await this.deps.leases.ownerOf(classroomId);
      if (owner !== null && owner !== this.nodeId) {
        await this.letGo(classroomId);
        return null;
      }
    }
    try {
      return await here(event, input, socket, requestId);
    } catch (error) {
      if (!(error instanceof NotOwnerError)) throw error;
      // Its write was refused: the session (and its tables) run elsewhere, and a copy kept here goes stale.
      await this.letGo(classroomId);
      return null;
    }
  }

  /**
   * Another node runs the session now: it stops here, with its tables (their leases let go through the
   * registry), which the session's new node takes over with it; kept here, they would split the class.
   */
  private async letGo(classroomId: string): Promise<void> {
    this.deps.logger.info(`[leverage] class session ${classroomId} is run by another node now`);
    const { classrooms, games } = this.deps.classroom;
    for (const tableId of classrooms.get(classroomId)?.tables ?? []) games.remove(tableId, true);
    classrooms.remove(classroomId);
    this.deps.classroom.feeds.forget(classroomId);
    await this.deps.leases.release(classroomId);
  }

  private async tellLeftOne(
    classroomId: string,
    parts: readonly ClassroomPart[],
    socket: LeverageSocket,
    closed: boolean,
  ): Promise<void> {
    const classroom = this.deps.classroom.classrooms.get(classroomId);
    if (classroom) {
      forgetSockets(this.deps.classroom, classroom, [socket.id], parts);
      return;
    }
    const owner = await this.deps.leases.ownerOf(classroomId);
    if (owner && owner !== this.nodeId)
      await this.deps.relay.ask(
        owner,
        {
          kind: 'classroomLeft',
          classroomId,
          parts: [...parts],
          ...(closed ? { closed } : {}),
          socket: copyOf(socket),
        },
        ASK_MS,
      );
  }

  private async renew(): Promise<void> {
    for (const classroomId of await this.deps.leases.renew()) await this.letGo(classroomId);
  }

  /**
   * Takes over every session not ended that no node runs, and tables of this node's sessions that no node
   * runs. Returns how many sessions came here.
   */
  private async adoptOrphans(): Promise<number> {
    if (this.closed) return 0;
    let adopted = 0;
    for (const classroomId of await this.deps.leases.orphans()) {
      if (await this.takeover.adopt(classroomId)) adopted++;
    }
    await this.takeover.adoptTables();
    return adopted;
  }
}
