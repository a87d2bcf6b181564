import { randomUUID } from 'node:crypto';
import type { createClient } from 'redis';
import type { Ack } from '../../shared/protocol/errors.ts';
import type { ClassroomEvent } from '../classroom/events.ts';
import type { ClassroomPart } from '../classroom/places.ts';
import type { SocketData } from '../io-types.ts';
import type { SeatEvent } from '../seat-events.ts';

export type RedisClient = ReturnType<typeof createClient>;

/** A socket of the asking node, as the game's node needs it: its id, its data and its rooms. */
export interface SocketCopy {
  id: string;
  data: SocketData;
  rooms: string[];
}

/** What one node asks the node running a game. */
export type NodeRequest =
  /** `requestId` stays the same when the asker sends the event again: it is answered, not run twice. */
  | { kind: 'event'; requestId: string; gameId: string; event: SeatEvent; input: unknown; socket: SocketCopy }
  /** A socket of the asking node closed (`left`) or came back with its rooms (`recovered`). */
  | { kind: 'left' | 'recovered'; gameId: string; socket: SocketCopy }
  /**
   * From a game's node to a requester's: the socket stops waiting on its seat request, if it still does
   * (`claim`, answered with its copy), then acts for the seat it was given (`seated`, its new data).
   */
  | { kind: 'claim'; gameId: string; socketId: string }
  | { kind: 'seated'; gameId: string; socketId: string; data: SocketData }
  /** A class session's event (server/cluster/class-node.ts), as `event` is a game's. */
  | ClassroomRequest;

/** What one node asks the node running a class session. */
export type ClassroomRequest =
  | {
      kind: 'classroom';
      requestId: string;
      classroomId: string;
      event: ClassroomEvent;
      input: unknown;
      socket: SocketCopy;
    }
  /**
   * A socket of the asking node, waiting in the session or watching it, closed or stopped counting there
   * as `parts` says (server/classroom/places.ts: `placesLeft`); every part when absent. `closed`: the
   * socket itself is gone, so the node running the session keeps nothing of it (a node of an older build
   * does not say so, and its closed sockets' entries wait for that node to go).
   */
  | {
      kind: 'classroomLeft';
      classroomId: string;
      parts?: ClassroomPart[];
      closed?: boolean;
      socket: SocketCopy;
    };

/**
 * The answer: the event's acknowledgement and the socket's data afterwards (a resume seats it), or
 * `moved` when the node no longer runs the game (the asker looks for its node again).
 */
export type NodeAnswer =
  | { ack: Ack<unknown>; data: SocketData }
  | { moved: true }
  | { done: true }
  /** A claimed requester's socket; `{ done: true }` when it no longer waits. */
  | { socket: SocketCopy };

interface Envelope {
  id: string;
  from: string;
  request?: NodeRequest;
  answer?: NodeAnswer;
}

/**
 * Requests between nodes over Redis pub/sub: each node listens on its own channel, a request goes to the
 * one node that runs the game (not to every node), and its answer comes back on the asker's channel. A
 * request nobody answers in time (its node died) resolves to null: the asker looks again.
 */
export class NodeRelay {
  private readonly waiting = new Map<string, (answer: NodeAnswer) => void>();
  /** What this node answers with, once it answers at all (`answerWith`), and where its failures go. */
  private answering: {
    serve(request: NodeRequest): Promise<NodeAnswer>;
    onError(error: unknown): void;
  } | null = null;

  private constructor(
    private readonly publisher: RedisClient,
    private readonly subscriber: RedisClient,
    readonly nodeId: string,
    private readonly prefix: string,
  ) {}

  static async open(client: RedisClient, nodeId: string, prefix = 'leverage:node:'): Promise<NodeRelay> {
    // A subscribed connection can do nothing else: the relay listens on one of its own.
    const subscriber = client.duplicate();
    subscriber.on('error', (error: Error) => console.error('[leverage] Redis:', error.message));
    await subscriber.connect();
    const relay = new NodeRelay(client, subscriber, nodeId, prefix);
    await subscriber.subscribe(prefix + nodeId, (message) => relay.receive(message));
    return relay;
  }

  /**
   * What this node answers to other nodes' requests; a request that fails is reported to `onError`, as
   * the same event from a socket of this node would be, and answered `moved` (the asker looks again).
   */
  answerWith(serve: (request: NodeRequest) => Promise<NodeAnswer>, onError: (error: unknown) => void): void {
    this.answering = { serve, onError };
  }

  /** Sends `request` to `node`; null if no answer came within `timeoutMs`. */
  ask(node: string, request: NodeRequest, timeoutMs: number): Promise<NodeAnswer | null> {
    const id = randomUUID();
    return new Promise((done) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        done(null);
      }, timeoutMs);
      this.waiting.set(id, (answer) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        done(answer);
      });
      this.send(node, { id, from: this.nodeId, request }).catch(() => {
        clearTimeout(timer);
        this.waiting.delete(id);
        done(null);
      });
    });
  }

  async close(): Promise<void> {
    for (const answer of this.waiting.values()) answer({ moved: true });
    await this.subscriber.close().catch(() => {});
  }

  private send(node: string, envelope: Envelope): Promise<number> {
    return this.publisher.publish(this.prefix + node, JSON.stringify(envelope));
  }

  private receive(message: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch {
      return;
    }
    if (envelope.answer) {
      this.waiting.get(envelope.id)?.(envelope.answer);
      return;
    }
    const { request } = envelope;
    const answering = this.answering;
    if (!request || !answering) return;
    answering
      .serve(request)
      .catch((error: unknown): NodeAnswer => {
        answering.onError(error);
        return { moved: true };
      })
      .then((answer) => this.send(envelope.from, { id: envelope.id, from: this.nodeId, answer }))
      .catch(() => {});
  }
}
