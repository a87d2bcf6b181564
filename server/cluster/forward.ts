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

/** An event for something (a game, a class session) that runs at one node, whichever received it. */
export interface ForwardedEvent {
  /**
   * The node that runs what the event names: null for this node (taken over here if nobody ran it), or
   * undefined when the event names nothing known anywhere (this node answers it, and says so).
   */
  locate(): Promise<string | null | undefined>;
  /**
   * Runs it here. Null if what it names turned out to run elsewhere (its lease moved on the way): the
   * event is then asked again at the new node. With `named` false it names nothing and must answer.
   */
  runHere(named: boolean): Promise<Ack<unknown> | null>;
  /** What the owner's node is asked, under one id for every try (so it runs once, answered each time). */
  request(requestId: string): NodeRequest;
}

/**
 * Runs an event where what it names runs: here, or at its node over the relay, answered back here (the
 * socket's data as that node left it). No answer (the node died) or `moved` (it let go): look again until
 * the lease has moved, for up to FORWARD_PATIENCE_MS.
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
    const node = await event.locate();
    if (node === undefined) {
      const ack = await event.runHere(false);
      if (ack) return ack;
    } else if (node === null) {
      const ack = await event.runHere(true);
      if (ack) return ack;
    } else {
      const answer = await relay.ask(node, event.request(requestId), ASK_MS);
      if (answer && 'ack' in answer) {
        socket.data = answer.data;
        return answer.ack;
      }
    }
    if (closed() || Date.now() > giveUpAt)
      return refuse('INTERNAL', 'The server running this game or class session did not answer; try again.');
    await pause(100);
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
