/**
 * One game's queue: tasks run strictly one at a time, in the order they were enqueued, even when a task
 * awaits (a later persistence step can sit between applying a command and answering it). A task that
 * fails rejects its own promise and never blocks the ones behind it.
 */
export interface SerialQueue {
  enqueue<T>(task: () => T | Promise<T>): Promise<T>;
  /** Resolves once every task enqueued so far has finished. */
  idle(): Promise<void>;
  readonly pending: number;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    enqueue<T>(task: () => T | Promise<T>): Promise<T> {
      pending++;
      const run = tail.then(task).finally(() => {
        pending--;
      });
      tail = run.catch(() => undefined);
      return run;
    },
    idle: () => tail.then(() => undefined),
    get pending() {
      return pending;
    },
  };
}
