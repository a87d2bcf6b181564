import type { GameState } from '../shared/game/state.ts';
import type { Clock, TimerHandle } from './clock.ts';

export interface GameClockHandlers {
  /** The phase deadline has come: ask the engine to time out. */
  onDeadline(): void;
  /** A market tick is due. */
  onTick(): void;
}

/** A timer set for an absolute time in the state. */
interface Armed {
  at: number;
  handle: TimerHandle;
}

/**
 * A game's two timers, rescheduled from the state after every change: the phase deadline, and the next
 * market tick while people negotiate or decide. Both are absolute times in the state, so the wait is
 * always `target - now` and a restored game picks up exactly where it was. Most changes (a message, a
 * proposal) move neither: a timer whose time did not move stands, rather than being cleared and set
 * again for the same instant after every change of every table.
 */
export class GameClock {
  private deadline: Armed | null = null;
  private tick: Armed | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly handlers: GameClockHandlers,
  ) {}

  reschedule(state: GameState): void {
    const running = !state.paused && state.phase !== 'ended';
    const ticking = running && (state.phase === 'negotiate' || state.phase === 'decide');
    this.deadline = this.arm(this.deadline, running ? state.deadline : null, () => {
      this.deadline = null;
      this.handlers.onDeadline();
    });
    const nextTickAt = state.lastTickAt + state.config.timers.tickSeconds * 1000;
    this.tick = this.arm(this.tick, ticking ? nextTickAt : null, () => {
      this.tick = null;
      this.handlers.onTick();
    });
  }

  stop(): void {
    this.deadline = this.arm(this.deadline, null, () => {});
    this.tick = this.arm(this.tick, null, () => {});
  }

  /** The timer for `at` (none for null): the one already set if it is for the same instant, still ahead. */
  private arm(armed: Armed | null, at: number | null, fire: () => void): Armed | null {
    if (armed && armed.at === at && at > this.clock.now()) return armed;
    if (armed) this.clock.clearTimeout(armed.handle);
    if (at === null) return null;
    // At least 1 ms: a timer may fire a hair before Date.now() reaches its time, and then we wait again.
    return { at, handle: this.clock.setTimeout(fire, Math.max(1, at - this.clock.now())) };
  }
}
