/**
 * The server's only source of time. Everything that reads the time or waits goes through it, so tests can
 * pass a clock they move by hand and play a six-round game in milliseconds.
 */
export type TimerHandle = unknown;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

interface SystemTimer {
  timeout: ReturnType<typeof setTimeout> | null;
  fn: (() => void) | null;
}

/**
 * The real clock. A classroom's tables are started together, so their phases end together: hundreds of
 * deadlines fall due in the same millisecond, and Node would run every one of them (each a round
 * resolution and a broadcast to four seats) before reading a single socket. So a timer that falls due
 * only joins a queue, and the queue runs one callback per turn of the event loop (with the promises it
 * starts), letting the players' moves in between. A timer cleared while it waits in the queue never runs.
 */
export function createSystemClock(): Clock {
  const due: SystemTimer[] = [];
  let draining = false;

  const runNext = () => {
    const timer = due.shift();
    if (due.length > 0) setImmediate(runNext);
    else draining = false;
    const fn = timer?.fn;
    if (!timer || !fn) return;
    timer.fn = null;
    fn();
  };

  return {
    now: () => Date.now(),
    setTimeout: (fn, ms) => {
      const timer: SystemTimer = { timeout: null, fn };
      timer.timeout = setTimeout(() => {
        timer.timeout = null;
        due.push(timer);
        if (!draining) {
          draining = true;
          setImmediate(runNext);
        }
      }, ms);
      // A pending game timer must not keep a stopping process alive.
      timer.timeout.unref();
      return timer;
    },
    clearTimeout: (handle) => {
      const timer = handle as SystemTimer;
      if (timer.timeout) clearTimeout(timer.timeout);
      timer.timeout = null;
      timer.fn = null;
    },
  };
}

export const systemClock: Clock = createSystemClock();
