import type { GameState } from '../shared/game/state.ts';
import type { Clock, TimerHandle } from './clock.ts';

export interface GameClockHandlers {
  /** The phase deadline has come: ask the engine to time out. */
  onDeadline(): void;
  /** A market tick is due. */
  onTick(): void;
}

/**
 * A game's two timers, rescheduled from the state after every change: the phase deadline, and the next
 * market tick while people negotiate or decide. Both are absolute times in the state, so the wait is
 * always `target - now` and a restored game picks up exactly where it was.
 */
export class GameClock {
  private deadlineTimer: TimerHandle | null = null;
  private tickTimer: TimerHandle | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly handlers: GameClockHandlers,
  ) {}

  reschedule(state: GameState): void {
    this.stop();
    if (state.paused || state.phase === 'ended') return;
    const now = this.clock.now();
    if (state.deadline !== null) {
      // At least 1 ms: a timer may fire a hair before Date.now() reaches the deadline, and then we wait again.
      this.deadlineTimer = this.clock.setTimeout(
        () => {
          this.deadlineTimer = null;
          this.handlers.onDeadline();
        },
        Math.max(1, state.deadline - now),
      );
    }
    if (state.phase === 'negotiate' || state.phase === 'decide') {
      const nextTickAt = state.lastTickAt + state.config.timers.tickSeconds * 1000;
      this.tickTimer = this.clock.setTimeout(
        () => {
          this.tickTimer = null;
          this.handlers.onTick();
        },
        Math.max(1, nextTickAt - now),
      );
    }
  }

  stop(): void {
    if (this.deadlineTimer !== null) this.clock.clearTimeout(this.deadlineTimer);
    if (this.tickTimer !== null) this.clock.clearTimeout(this.tickTimer);
    this.deadlineTimer = null;
    this.tickTimer = null;
  }
}
