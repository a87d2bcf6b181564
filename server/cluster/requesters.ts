import type { LeverageServer, SeatSocket } from '../io-types.ts';
import { localRequesters, type PendingRequest, type Requesters } from '../seat-requests.ts';
import type { NodeAnswer, NodeRelay, NodeRequest } from './relay.ts';
import { copyOf, RemoteSocket } from './remote-socket.ts';

/**
 * Seat requests with several nodes: a request waits at the game's node, but the asking socket (and its
 * data) stays with the node it is connected to. Accepting or declining it claims the socket through that
 * node, which checks that it still waits on this game; seating it there afterwards sends its new data.
 */
export class ClusterRequesters implements Requesters {
  private readonly local: Requesters;

  constructor(
    private readonly io: LeverageServer,
    private readonly relay: NodeRelay,
    private readonly askMs: number,
  ) {
    this.local = localRequesters(io);
  }

  /** The other node the request's socket is connected to, or null if it is this one's own. */
  private elsewhere(request: Pick<PendingRequest, 'node'>): string | null {
    return request.node && request.node !== this.relay.nodeId ? request.node : null;
  }

  async claim(
    gameId: string,
    request: Pick<PendingRequest, 'socketId' | 'node'>,
  ): Promise<SeatSocket | null> {
    const node = this.elsewhere(request);
    if (!node) return this.local.claim(gameId, request);
    const answer = await this.relay.ask(
      node,
      { kind: 'claim', gameId, socketId: request.socketId },
      this.askMs,
    );
    return answer && 'socket' in answer ? new RemoteSocket(this.io, answer.socket) : null;
  }

  async seated(request: Pick<PendingRequest, 'node'>, socket: SeatSocket): Promise<void> {
    const node = this.elsewhere(request);
    if (!node) return;
    const seated = { kind: 'seated', gameId: socket.data.gameId ?? '', socketId: socket.id } as const;
    await this.relay.ask(node, { ...seated, data: socket.data }, this.askMs);
  }

  /** The game's node asks about a requester's socket of this node. */
  async answer(request: Extract<NodeRequest, { kind: 'claim' | 'seated' }>): Promise<NodeAnswer> {
    if (request.kind === 'claim') {
      const socket = await this.local.claim(request.gameId, { socketId: request.socketId });
      return socket ? { socket: copyOf(socket) } : { done: true };
    }
    const socket = this.io.sockets.sockets.get(request.socketId);
    if (socket) socket.data = { ...request.data, node: this.relay.nodeId };
    return { done: true };
  }
}
