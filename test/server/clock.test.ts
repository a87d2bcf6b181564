import { describe, expect, it } from 'vitest';
import { type Clock, createSystemClock } from '../../server/clock.ts';

const turn = () => new Promise<void>((done) => setImmediate(done));

/** Holds the event loop until the timers set so far are due, as a busy server would. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {}
}

describe('the system clock', () => {
  it('runs timers that fall due together one per turn of the event loop, in order', async () => {
    const clock = createSystemClock();
    const ran: number[] = [];
    for (let n = 0; n < 5; n++) clock.setTimeout(() => ran.push(n), 0);
    busy(5);
    const seen: number[] = [];
    for (let n = 0; n < 8; n++) {
      await turn();
      seen.push(ran.length);
    }
    expect(ran).toEqual([0, 1, 2, 3, 4]);
    // Between two of them, the loop came round (where sockets are read): never two in one turn.
    for (let n = 1; n < seen.length; n++) expect(seen[n]! - seen[n - 1]!).toBeLessThanOrEqual(1);
  });

  it('never runs a timer cleared before it is due, or while it waits in the queue', async () => {
    const clock: Clock = createSystemClock();
    const ran: string[] = [];
    const early = clock.setTimeout(() => ran.push('early'), 0);
    clock.clearTimeout(early);
    const handles: unknown[] = [];
    handles.push(
      clock.setTimeout(() => {
        ran.push('a');
        // 'c' fell due with 'a' and waits in the queue: clearing it now still stops it.
        clock.clearTimeout(handles[2]);
      }, 0),
    );
    handles.push(clock.setTimeout(() => ran.push('b'), 0));
    handles.push(clock.setTimeout(() => ran.push('c'), 0));
    busy(5);
    for (let n = 0; n < 6; n++) await turn();
    expect(ran).toEqual(['a', 'b']);
  });

  it('tells the time', () => {
    expect(Math.abs(createSystemClock().now() - Date.now())).toBeLessThan(5);
  });
});
