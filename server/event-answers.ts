import { MAX_COMMAND_BYTES } from '../shared/protocol/commands.ts';
import { type Ack, refuse } from '../shared/protocol/errors.ts';
import type { KeyedRateLimiter, RateLimiter } from './rate-limit.ts';

/** Answers one client event: spends from `limiter`, then runs `work` on its payload and sends what it gives. */
export type Answer = <T>(
  limiter: RateLimiter,
  args: readonly unknown[],
  work: (input: unknown) => Promise<Ack<T>> | Ack<T>,
) => void;

/**
 * How one socket's events are answered (handlers.ts says which events there are). Each is answered
 * exactly once with `{ ok, data | error }`: an event over its socket's budget or its address's
 * (`addresses`, shared by every socket of the server) gets RATE_LIMITED, a payload over
 * MAX_COMMAND_BYTES gets INVALID_COMMAND, a missing acknowledgement is tolerated, and a bug becomes
 * INTERNAL (logged) instead of a crash.
 */
export function answersFor(
  fromAddress: string,
  addresses: KeyedRateLimiter,
  onError: (error: unknown) => void,
): Answer {
  return (limiter, args, work) => {
    const { input, reply } = splitArguments(args);
    const send = reply ?? (() => {});
    if (!limiter.take() || !addresses.take(fromAddress)) {
      send(refuse('RATE_LIMITED', 'Too many requests; slow down.'));
      return;
    }
    if (payloadBytes(input) > MAX_COMMAND_BYTES) {
      send(refuse('INVALID_COMMAND', `A request may be at most ${MAX_COMMAND_BYTES} bytes.`));
      return;
    }
    Promise.resolve()
      .then(() => work(input))
      .then(send, (error: unknown) => {
        onError(error);
        send(refuse('INTERNAL', 'Something went wrong on the server; it has been logged.'));
      });
  };
}

/** Size of a payload as JSON; a payload that cannot be measured (too deep, circular) is too big. */
function payloadBytes(payload: unknown): number {
  try {
    return JSON.stringify(payload)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

type Reply = (answer: Ack<unknown>) => void;

/**
 * Socket.IO puts the acknowledgement, if the client asked for one, last. A client may send no payload,
 * extra arguments, or a non-function where the acknowledgement should be: none of it may throw here.
 */
function splitArguments(args: readonly unknown[]): { input: unknown; reply: Reply | null } {
  const last = args.at(-1);
  const reply = typeof last === 'function' ? (last as Reply) : null;
  const input = reply && args.length === 1 ? undefined : args[0];
  return { input, reply };
}
