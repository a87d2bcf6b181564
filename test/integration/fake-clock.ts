import type { Clock, TimerHandle } from '../../server/clock.ts';

interface Pending {
  id: number;
  at: number;
  fn: () => void;
}

/**
 * A clock the test moves by hand: timers fire only when it is advanced, in time order, so a six-round
 * game with three-minute phases plays in a moment and always the same way.
 */
export class FakeClock implements Clock {
  private current: number;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(start = Date.UTC(2025, 3, 3, 9, 0, 0)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const id = this.nextId++;
    this.pending.set(id, { id, at: this.current + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.pending.delete(handle as number);
  }

  /** The time of the earliest timer, if any. */
  nextAt(): number | null {
    let earliest: number | null = null;
    for (const timer of this.pending.values())
      if (earliest === null || timer.at < earliest) earliest = timer.at;
    return earliest;
  }

  /** Jumps to the earliest timer (but never past `limit`) and fires everything due then. */
  fireNext(limit = Number.POSITIVE_INFINITY): boolean {
    const at = this.nextAt();
    if (at === null || at > limit) return false;
    this.current = Math.max(this.current, at);
    const due = [...this.pending.values()]
      .filter((timer) => timer.at <= this.current)
      .sort((a, b) => a.at - b.at || a.id - b.id);
    for (const timer of due) {
      // A timer fired just before may have cleared this one.
      if (this.pending.delete(timer.id)) timer.fn();
    }
    return true;
  }

  /**
   * Moves time forward by `ms` and fires nothing: the server's timers have fallen due but not had their
   * turn yet (a busy event loop runs due timers one per turn, server/clock.ts).
   */
  pass(ms: number): void {
    this.current += ms;
  }

  /** Moves time forward by `ms`, firing timers as it goes and letting the game's queue run after each. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    while (this.fireNext(target)) await flush();
    this.current = target;
    await flush();
  }
}

/** Lets every promise chained so far (a game's queue) run to the end. */
export function flush(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}
