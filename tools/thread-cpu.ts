import { readFileSync } from 'node:fs';

/**
 * CPU milliseconds this thread alone has run, or null where the system cannot say. Node 20's
 * `process.cpuUsage()` counts every thread of the process, so a simulation's helper threads loading tsx
 * would be counted in the games of whichever thread asked; Linux keeps each thread's own run time in
 * nanoseconds in /proc/thread-self/schedstat (its first field), read on the calling thread.
 */
export function threadCpuMs(): number | null {
  try {
    const nanoseconds = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
    return Number.isFinite(nanoseconds) ? nanoseconds / 1e6 : null;
  } catch {
    return null;
  }
}

/** Runs `work` and says how much of this thread's CPU time it took (null where that is unknown). */
export function withThreadCpu<T>(work: () => T): { result: T; cpuMs: number | null } {
  const before = threadCpuMs();
  const result = work();
  const after = threadCpuMs();
  return { result, cpuMs: before === null || after === null ? null : after - before };
}
