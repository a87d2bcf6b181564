import type { GameEngine } from '../shared/game/engine.ts';
import type { Ack } from '../shared/protocol/errors.ts';
import type { Clock } from './clock.ts';
import type { DurableEngine } from './durable-engine.ts';
import type { ChangeCause } from './game-publication.ts';
import { createSerialQueue } from './serial-queue.ts';
import { NotOwnerError } from './store/game-store.ts';

export interface GameInputsDeps {
  clock: Clock;
  durable: DurableEngine;
  /** A change was committed: it is published, the timers are set again and the bots think. */
  settle(cause?: ChangeCause): void;
  /** A timer's step changed nothing: the timers are set again from the state as it is. */
  reschedule(): void;
  onError(error: unknown): void;
}

/** One input, read at `at`; `caughtUp` when a deadline that had passed was applied just before it. */
type InputRun<T> = (at: number, caughtUp: boolean) => T | Promise<T>;

/**
 * The one path every input to a game takes (a person's or the host's command, a bot's, "I'm back", a
 * timer's step, and a team's draft edit, which the engine never sees): the game's queue, one at a time,
 * each read at the time it comes out of the queue, and each accepted one committed to the store before it
 * is published or answered.
 */
export class GameInputs {
  private readonly queue = createSerialQueue();

  constructor(private readonly deps: GameInputsDeps) {}

  /** Runs `task` in the game's queue, after everything enqueued before it. */
  enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    return this.queue.enqueue(task);
  }

  /** Resolves when everything enqueued so far has run. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /**
   * Runs one input in the game's queue at the time `at` it is read there. An input read after its
   * phase's deadline, before the deadline's timer had its turn (under load the clock runs due timers one
   * per turn of the event loop, clock.ts; or the input waited behind a slow commit), meets the phase
   * after it: the deadline is applied, committed and told first, as if the timer had run first. Every
   * deadline passed by then is applied, one after the other.
   */
  input<T>(run: InputRun<T>): Promise<T | Ack<never>> {
    return this.queue.enqueue(() => this.inputNow(run));
  }

  /**
   * Applies one input and, if the engine accepted it, commits it and then publishes it, all inside one
   * queue task: the store holds the entry before the broadcast and the acknowledgement, and no other
   * input slips in between. Call from inside `input`.
   */
  async apply(step: (engine: GameEngine) => Ack): Promise<Ack> {
    const { durable } = this.deps;
    const ack = durable.apply(step);
    if (await durable.commit()) this.deps.settle();
    return ack;
  }

  /** A timer's step: applied (and committed) if still due; the timers are set again either way. */
  change(step: (engine: GameEngine, at: number) => boolean, cause: ChangeCause = 'input'): void {
    const { durable } = this.deps;
    this.fromTimer(
      this.input(async (at) => {
        if (durable.apply((engine) => step(engine, at))) {
          if (await durable.commit()) this.deps.settle(cause);
        } else this.deps.reschedule();
      }),
    );
  }

  /**
   * The phase deadline's timer. Its step is the catch-up every input begins with (`input`): the timeout
   * is applied, committed and settled there, which sets the timers again. Only a timer that finds its
   * deadline not reached (it fired a hair early) sets them again itself, to wait for the rest.
   */
  deadline(): void {
    this.fromTimer(
      this.input((_at, caughtUp) => {
        if (!caughtUp) this.deps.reschedule();
      }),
    );
  }

  /** A timer's input has nobody to answer: its errors are logged. */
  private fromTimer(input: Promise<unknown>): void {
    input.catch((error: unknown) => {
      // Not a fault: the lease moved, the game goes on at its new node, which runs this timer there.
      if (!(error instanceof NotOwnerError)) this.deps.onError(error);
    });
  }

  /**
   * Stays synchronous while no deadline has passed: the common case, on every command. `caughtUp` says
   * whether a deadline was applied before `run`.
   */
  private inputNow<T>(run: InputRun<T>, caughtUp = false): T | Ack<never> | Promise<T | Ack<never>> {
    const { durable, clock } = this.deps;
    const closed = durable.closedRefusal();
    if (closed) return closed;
    const at = clock.now();
    if (durable.apply((engine) => engine.timeout(at))) return this.afterDeadline(run);
    return run(at, caughtUp);
  }

  private async afterDeadline<T>(run: InputRun<T>): Promise<T | Ack<never>> {
    if (await this.deps.durable.commit()) this.deps.settle();
    return this.inputNow(run, true);
  }
}
