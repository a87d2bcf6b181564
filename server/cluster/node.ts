import type { Ack } from '../../shared/protocol/errors.ts';
import type { LeverageServer, LeverageSocket, SeatSocket } from '../io-types.ts';
import type { LiveGame, LiveGameDeps } from '../live-game.ts';
import type { GameRegistry } from '../registry.ts';
import { type RunSeatEvent, type SeatEvent, type SeatRouter, targetOf } from '../seat-events.ts';
import { dropRequestOf } from '../seat-requests.ts';
import { detachSocket, reattachSocket } from '../seating.ts';
import { currentSeat } from '../session.ts';
import { NotOwnerError } from '../store/game-store.ts';
import type { PostgresLeases } from '../store/postgres-leases.ts';
import { AnswersOnce, ASK_MS, forward } from './forward.ts';
import { GameTakeover } from './game-takeover.ts';
import { NodePresence, RemoteSockets } from './presence.ts';
import type { ClassroomRequest, NodeAnswer, NodeRelay, NodeRequest, RedisClient } from './relay.ts';
import { copyOf, RemoteSocket } from './remote-socket.ts';
import { type Repeating, repeatEvery } from './repeat.ts';
import { ClusterRequesters } from './requesters.ts';

/** What the node's game side needs of its class sessions (server/cluster/class-node.ts). */
export interface ClassroomsOfNode {
  answer(request: ClassroomRequest): Promise<NodeAnswer>;
  /**
   * For a table of a live class session: the session's node, taking the session over first if nobody
   * runs it. Undefined for any other game.
   */
  nodeOfTable(gameId: string): Promise<string | undefined>;
}

/** How often a node looks for games nobody runs (their node died) and takes them. */
export const ADOPT_EVERY_MS = 500;

/** A node renews its leases three times a lease's life, so one late renewal never loses them. */
export const renewEvery = (leaseMs: number): number => Math.max(100, Math.floor(leaseMs / 3));

export interface ClusterNodeDeps {
  io: LeverageServer;
  redis: RedisClient;
  registry: GameRegistry;
  leases: PostgresLeases;
  relay: NodeRelay;
  game: LiveGameDeps;
  onError(error: unknown): void;
  logger: Pick<Console, 'info'>;
}

/**
 * One node of several (LEVERAGE_REDIS_URL). Each game's actor runs at one node, the holder of its lease
 * in PostgreSQL; its broadcasts reach every node's sockets through the Socket.IO Redis adapter. Here:
 * - a seat event from a socket of this node runs here if the game does, else it is forwarded to the
 *   game's node and answered from there (`route`); a game nobody runs is taken over first;
 * - events forwarded by other nodes run here with a stand-in for their socket (`answer`);
 * - the leases of this node's games are renewed (a game whose lease moved stops here), and games
 *   whose node died are taken over (`adoptOrphans`): restored from the store, their timers re-armed at
 *   this node, their people's sockets on every node counted as connected again.
 */
export class ClusterNode implements SeatRouter {
  private here: RunSeatEvent | null = null;
  /** Lease renewals and the look for orphaned games. */
  private readonly repeating: Repeating[] = [];
  private closed = false;
  /** Sockets' comings and goings on their way to their games' nodes, awaited before the relay closes. */
  private readonly telling = new Set<Promise<void>>();
  private readonly answers = new AnswersOnce();
  private readonly presence: NodePresence;
  /** Sockets of other nodes acting here, forgotten when their node dies (class sessions' too). */
  readonly remoteSockets: RemoteSockets;
  /** Class sessions at this node (server/cluster/class-node.ts): their events, and where their tables run. */
  private classrooms: ClassroomsOfNode | null = null;
  /** Requesters of seats in games here, connected here or to another node (asked through it). */
  readonly requesters: ClusterRequesters;
  private readonly takeover: GameTakeover;

  constructor(private readonly deps: ClusterNodeDeps) {
    this.presence = new NodePresence(deps.redis, deps.leases.nodeId, deps.leases.ttlMs);
    this.remoteSockets = new RemoteSockets(this.presence, deps.registry, deps.logger);
    this.requesters = new ClusterRequesters(deps.io, deps.relay, ASK_MS);
    this.takeover = new GameTakeover({ ...deps, remoteSockets: this.remoteSockets });
    deps.relay.answerWith((request) => this.answer(request), deps.onError);
    deps.io.on('connection', (socket) => {
      socket.data.node = this.nodeId;
    });
  }

  get nodeId(): string {
    return this.deps.leases.nodeId;
  }

  /** Starts renewing this node's leases and taking over orphaned games (at once, then on a timer). */
  async start(): Promise<number> {
    await this.presence.beat();
    const { leases, onError } = this.deps;
    this.repeating.push(repeatEvery(renewEvery(leases.ttlMs), () => this.renew(), onError));
    const adopted = await this.adoptOrphans();
    this.repeating.push(repeatEvery(ADOPT_EVERY_MS, () => this.adoptOrphans(), onError));
    return adopted;
  }

  /** Stops the timers and lets every lease of this node go, so other nodes take its games at once. */
  async close(): Promise<void> {
    this.closed = true;
    this.takeover.closed = true;
    for (const repeating of this.repeating) repeating.stop();
    await Promise.all(this.telling);
    await this.deps.relay.close();
    await this.deps.leases.releaseAll().catch(this.deps.onError);
    await this.presence.leave().catch(this.deps.onError);
  }

  serve(here: RunSeatEvent): void {
    this.here = here;
  }

  /** Whether this node runs the game, or holds its lease (one ended or let go comes back for a token). */
  runs(gameId: string): boolean {
    return this.deps.registry.get(gameId) !== undefined || this.deps.leases.holds(gameId);
  }

  /** Class sessions answer their own forwarded events, and say where their tables run. */
  serveClassrooms(classrooms: ClassroomsOfNode): void {
    this.classrooms = classrooms;
  }

  route(event: SeatEvent, input: unknown, socket: LeverageSocket, here: RunSeatEvent): Promise<Ack<unknown>> {
    return forward(
      this.deps.relay,
      {
        named: async () => {
          const target = targetOf(event, input, socket);
          return target === null ? null : this.gameIdOf(target);
        },
        nodeFor: (gameId) => this.nodeFor(gameId),
        // No game named (or none with that code): this node answers, and says so.
        runHere: async (gameId, requestId) =>
          gameId === null
            ? here(event, input, socket)
            : this.runHere(gameId, event, input, socket, here, requestId),
        request: (gameId, requestId) => ({
          kind: 'event',
          requestId,
          gameId,
          event,
          input,
          socket: copyOf(socket),
        }),
      },
      socket,
      () => this.closed,
    );
  }

  left(socket: LeverageSocket): void {
    this.track(this.tell('left', socket));
  }

  recovered(socket: LeverageSocket): void {
    this.track(this.tell('recovered', socket));
  }

  private track(telling: Promise<void>): void {
    const settled = telling.catch(this.deps.onError).finally(() => this.telling.delete(settled));
    this.telling.add(settled);
  }

  /** The node running the game, or null for this one (taking the game over if nobody runs it). */
  private async nodeFor(gameId: string): Promise<string | null> {
    if (this.runs(gameId)) return null;
    const owner = await this.deps.leases.ownerOf(gameId);
    if (owner !== null && owner !== this.nodeId) return owner;
    // A class's table runs where its class runs, and is taken over with it (the class's node may still
    // be restoring it: asked there, it answers `moved` until then, and the event is asked again).
    const classNode = await this.classrooms?.nodeOfTable(gameId);
    if (classNode !== undefined && classNode !== this.nodeId) return classNode;
    if (classNode === this.nodeId && this.deps.registry.get(gameId)) return null;
    await this.adopt(gameId);
    if (this.deps.leases.holds(gameId)) return null;
    const next = await this.deps.leases.ownerOf(gameId);
    return next !== null && next !== this.nodeId ? next : null;
  }

  private async gameIdOf(target: { gameId: string } | { code: string }): Promise<string | null> {
    if ('gameId' in target) return target.gameId;
    return this.deps.registry.withCode(target.code)?.id ?? this.deps.leases.withCode(target.code);
  }

  /**
   * Runs a seat event for a game this node runs, or null if the game turned out to be run by another
   * node: its lease moved on the way (this node paused, or lost PostgreSQL for a while), so the commit
   * was refused by the fence, or the game was let go here while the event waited in its queue. Nothing
   * of it was kept here, and the event is the new node's to answer (a command's id makes a retry safe).
   */
  private async runHere(
    gameId: string,
    event: SeatEvent,
    input: unknown,
    socket: SeatSocket,
    here: RunSeatEvent,
    requestId: string,
  ): Promise<Ack<unknown> | null> {
    const game = this.deps.registry.get(gameId);
    try {
      const ack = await here(event, input, socket, requestId);
      return !ack.ok && game?.handedOver ? null : ack;
    } catch (error) {
      if (error instanceof NotOwnerError) return null;
      throw error;
    }
  }

  /** A socket of this node whose game runs elsewhere closed or came back: its game's node hears of it. */
  private async tell(kind: 'left' | 'recovered', socket: LeverageSocket): Promise<void> {
    // A socket waiting on a seat request is the game's business as much as one seated there.
    const gameId = socket.data.gameId ?? socket.data.requestGameId;
    if (!gameId) return;
    const here = this.here;
    if (this.deps.registry.get(gameId) && here) {
      await this.answer({ kind, gameId, socket: copyOf(socket) });
      return;
    }
    const owner = await this.deps.leases.ownerOf(gameId);
    if (owner && owner !== this.nodeId)
      await this.deps.relay.ask(owner, { kind, gameId, socket: copyOf(socket) }, ASK_MS);
  }

  /** A request from another node, for a game it believes runs here. */
  private async answer(request: NodeRequest): Promise<NodeAnswer> {
    if (request.kind === 'claim' || request.kind === 'seated') return this.requesters.answer(request);
    if (request.kind === 'classroom' || request.kind === 'classroomLeft')
      return this.classrooms?.answer(request) ?? { moved: true };
    const { registry, io } = this.deps;
    // A table of a session here that was let go (idle) is taken back here, as nodeFor sends it here.
    if (
      request.kind === 'event' &&
      !this.runs(request.gameId) &&
      (await this.classrooms?.nodeOfTable(request.gameId)) === this.nodeId
    )
      await this.adopt(request.gameId);
    if (!this.runs(request.gameId)) return { moved: true };
    const socket = new RemoteSocket(io, request.socket);
    if (request.kind === 'left') this.remoteSockets.forget(socket.id);
    else this.remoteSockets.note(socket.id, socket.data.node);
    if (request.kind === 'event') {
      const here = this.here;
      if (!here) return { moved: true };
      return this.answers.of(request.requestId, async () => {
        await this.countAgain(socket);
        const { gameId, event, input, requestId } = request;
        const ack = await this.runHere(gameId, event, input, socket, here, requestId);
        return ack ? { ack, data: socket.data } : { moved: true };
      });
    }
    const seat = currentSeat(registry, socket);
    if (request.kind === 'left') {
      await dropRequestOf(registry, socket);
      if ('game' in seat) await detachSocket(seat.game, socket.id);
    } else if ('game' in seat) await reattachSocket(seat.game, socket.id, seat.person);
    return { done: true };
  }

  /**
   * A socket of another node seated here but not counted as connected (its node was counted gone while
   * it was only frozen, and runs again): it counts again, as a recovered one would.
   */
  private async countAgain(socket: RemoteSocket): Promise<void> {
    const seat = currentSeat(this.deps.registry, socket);
    if ('game' in seat && !seat.person.sockets.has(socket.id))
      await reattachSocket(seat.game, socket.id, seat.person);
  }

  private async renew(): Promise<void> {
    await this.presence.beat();
    for (const gameId of await this.deps.leases.renew()) {
      this.deps.logger.info(`[leverage] game ${gameId} is run by another node now`);
      this.deps.registry.remove(gameId, true);
    }
  }

  /** Takes over every game being played that no node runs. Returns how many came here. */
  private async adoptOrphans(): Promise<number> {
    if (this.closed) return 0;
    await this.remoteSockets.forgetGoneNodes();
    let adopted = 0;
    for (const gameId of await this.deps.leases.orphans()) {
      if (await this.adopt(gameId)) adopted++;
    }
    return adopted;
  }

  /** Takes the game over here if nobody runs it (game-takeover.ts). */
  adopt(gameId: string): Promise<LiveGame | null> {
    return this.takeover.adopt(gameId);
  }
}
