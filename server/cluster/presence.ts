import type { GameRegistry } from '../registry.ts';
import { detachSocket } from '../seating.ts';
import type { RedisClient } from './relay.ts';

/**
 * Which nodes are alive: each node keeps a key in Redis (`leverage:alive:<id>`) that lapses unless renewed,
 * renewed with its leases. A node killed, cut off or frozen past the key's life is gone: the nodes that run
 * games its sockets were seated in stop counting those sockets as connected (its players are coming back
 * through another node, on new sockets, with their tokens).
 */
export class NodePresence {
  constructor(
    private readonly redis: RedisClient,
    readonly nodeId: string,
    private readonly ttlMs: number,
    private readonly prefix = 'leverage:alive:',
  ) {}

  /** This node is alive for another `ttlMs`. */
  async beat(): Promise<void> {
    await this.redis.set(this.prefix + this.nodeId, String(Date.now()), {
      expiration: { type: 'PX', value: this.ttlMs },
    });
  }

  /** Of `nodes`, those whose key has lapsed. */
  async gone(nodes: readonly string[]): Promise<string[]> {
    if (nodes.length === 0) return [];
    const beats = await this.redis.mGet(nodes.map((node) => this.prefix + node));
    return nodes.filter((_, index) => beats[index] === null);
  }

  /** A clean shutdown: this node is gone at once. */
  async leave(): Promise<void> {
    await this.redis.del(this.prefix + this.nodeId);
  }
}

/**
 * Sockets of other nodes seated in games this node runs, by socket id, with their node. If that node
 * dies they close without a word (no `left` comes from it), and must stop counting as connected here.
 */
export class RemoteSockets {
  private readonly nodeOf = new Map<string, string>();
  /** Told of the sockets of every node gone, besides the games here (class sessions). */
  private readonly listeners: ((lost: ReadonlySet<string>) => void)[] = [];

  constructor(
    private readonly presence: NodePresence,
    private readonly registry: GameRegistry,
    private readonly logger: Pick<Console, 'info'>,
  ) {}

  /** A socket of `node` acts in a game here (sockets of this node are not kept: they say when they close). */
  note(socketId: string, node: string | undefined): void {
    if (node && node !== this.presence.nodeId) this.nodeOf.set(socketId, node);
  }

  /** `listener` hears of every socket of a node gone. */
  onLost(listener: (lost: ReadonlySet<string>) => void): void {
    this.listeners.push(listener);
  }

  /** The socket closed, and its node said so. */
  forget(socketId: string): void {
    this.nodeOf.delete(socketId);
  }

  /** Whether this node keeps the socket (its node's death would detach it here). */
  has(socketId: string): boolean {
    return this.nodeOf.has(socketId);
  }

  /**
   * Nodes gone (their presence lapsed) take their sockets with them: in every game here, those sockets
   * no longer count as connected (the roster shows their people away, idle takeover may seat a bot, a
   * game with nobody left is let go in time). Their people come back through another node.
   */
  async forgetGoneNodes(): Promise<void> {
    const gone = new Set(await this.presence.gone([...new Set(this.nodeOf.values())]));
    if (gone.size === 0) return;
    const lost = new Set<string>();
    for (const [socketId, node] of this.nodeOf) {
      if (!gone.has(node)) continue;
      lost.add(socketId);
      this.nodeOf.delete(socketId);
    }
    for (const game of [...this.registry.games()]) {
      const sockets = game.lobby
        .everyone()
        .flatMap((person) => [...person.sockets].filter((id) => lost.has(id)));
      for (const socketId of sockets) await detachSocket(game, socketId);
    }
    for (const listener of this.listeners) listener(lost);
    this.logger.info(`[leverage] node ${[...gone].join(', ')} is gone: ${lost.size} of its sockets left`);
  }
}
