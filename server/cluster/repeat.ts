import { setTimeout as pause } from 'node:timers/promises';

/** Work that runs again and again until its node closes. */
export interface Repeating {
  stop(): void;
}

/**
 * Runs `work` `ms` after the last run ended (not on a fixed beat, so a slow run, such as a renewal
 * waiting on PostgreSQL, never overlaps the next), until stopped: a node's lease renewals and its look
 * for orphans. A failed run is reported and the next one still comes.
 */
export function repeatEvery(
  ms: number,
  work: () => Promise<unknown>,
  onError: (error: unknown) => void,
): Repeating {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const run = () => {
    work()
      .catch(onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(run, ms);
      });
  };
  timer = setTimeout(run, ms);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/**
 * `work`, tried again after `pauseMs` if it fails, and reported once it failed `attempts` times: asking
 * every node for sockets (`fetchSockets`) can wait on a node that just died until the adapter stops
 * counting it, and the next ask no longer does.
 */
export async function withRetries(
  work: () => Promise<void>,
  options: { stopped(): boolean; onError(error: unknown): void; attempts?: number; pauseMs?: number },
): Promise<void> {
  const { attempts = 3, pauseMs = 2000 } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || options.stopped()) {
        options.onError(error);
        return;
      }
      await pause(pauseMs);
    }
  }
}
