import { randomUUID } from 'node:crypto';
import { setTimeout as pause } from 'node:timers/promises';
import { type Ack, refuse } from '../../shared/protocol/errors.ts';
import type { SocketData } from '../io-types.ts';
import type { NodeAnswer, NodeRelay, NodeRequest } from './relay.ts';

/** How long one forwarded request waits for the owner's node before looking for its node again. */
export const ASK_MS = 1000;
/**
 * How long a forwarded event keeps looking for the node that runs what it names: past a lease's life, so
 * that when the node dies with the event on its way, the event is answered by the node that takes over.
 */
export const FORWARD_PATIENCE_MS = 9000;

/** What an event names: a game, or a class session, each running at one node whichever received it. */
export interface ForwardedEvent {
  /** The id of what the event names, or null when it names nothing known anywhere. */
  named(): Promise<string | null>;
  /** The node that runs it: null for this node (taken over here if nobody ran it). */
  nodeFor(id: string): Promise<string | null>;
  /**
   * Runs it here. Null if what it names turned out to run elsewhere (its lease moved on the way): the
   * event is then asked again at the new node. With `id` null it names nothing, and this node answers.
   * `requestId` is the one every try carries, here or at another node.
   */
  runHere(id: string | null, requestId: string): Promise<Ack<unknown> | null>;
  /** What its node is asked, under one id for every try (so it runs once, answered each time). */
  request(id: string, requestId: string): ForwardedRequest;
}

/** A request that carries a socket's event to another node, and a copy of the socket as it was sent. */
export type ForwardedRequest = Extract<NodeRequest, { kind: 'event' | 'classroom' }>;

/**
 * Runs an event where what it names runs: here, or at its node over the relay, answered back here. No
 * answer (the node died) or `moved` (it let go): look again until the lease has moved, for up to
 * FORWARD_PATIENCE_MS. The socket takes what the other node changed in its data (a join seats it), and
 * keeps whatever changed here meanwhile.
 */
export async function forward(
  relay: NodeRelay,
  event: ForwardedEvent,
  socket: { data: SocketData },
  closed: () => boolean,
): Promise<Ack<unknown>> {
  const giveUpAt = Date.now() + FORWARD_PATIENCE_MS;
  const requestId = randomUUID();
  for (;;) {
    const id = await event.named();
    const node = id === null ? null : await event.nodeFor(id);
    if (node === null) {
      const ack = await event.runHere(id, requestId);
      if (ack) return ack;
    } else if (id !== null) {
      const request = event.request(id, requestId);
      const answer = await relay.ask(node, request, ASK_MS);
      if (answer && 'ack' in answer) {
        takeChanges(socket.data, request.socket.data, answer.data);
        return answer.ack;
      }
    }
    if (closed() || Date.now() > giveUpAt)
      return refuse('INTERNAL', 'The server running this game or class session did not answer; try again.');
    await pause(100);
  }
}

/**
 * The fields another node changed in a socket's data (`sent` is the copy it was sent, `answered` the
 * copy it answered with), set on the socket's own data; a field it left alone keeps its value here,
 * which may have changed while the event was away (another event of the same socket, run at this node).
 */
export function takeChanges(data: SocketData, sent: SocketData, answered: SocketData): void {
  const fields = new Set([...Object.keys(sent), ...Object.keys(answered)]) as Set<keyof SocketData>;
  for (const field of fields) {
    const value = answered[field];
    if (sent[field] === value) continue;
    if (value === undefined) delete data[field];
    else data[field] = value;
  }
}

/**
 * Forwarded events answered (or being answered) here lately, by request id: one asked again (a slow
 * answer, a new node after a take-over) is answered with the first run's answer, not run twice.
 */
export class AnswersOnce {
  private readonly answers = new Map<string, Promise<NodeAnswer>>();

  of(requestId: string, run: () => Promise<NodeAnswer>): Promise<NodeAnswer> {
    const earlier = this.answers.get(requestId);
    if (earlier) return earlier;
    const answer = run();
    this.answers.set(requestId, answer);
    setTimeout(() => this.answers.delete(requestId), FORWARD_PATIENCE_MS * 2).unref();
    return answer;
  }
}
