import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../server/serial-queue.ts';

describe('a game queue', () => {
  it('runs tasks one at a time in order, even when they await', async () => {
    const queue = createSerialQueue();
    const order: string[] = [];
    const slow = queue.enqueue(async () => {
      order.push('slow:start');
      await new Promise((done) => setTimeout(done, 20));
      order.push('slow:end');
      return 1;
    });
    const fast = queue.enqueue(() => {
      order.push('fast');
      return 2;
    });
    expect(queue.pending).toBe(2);
    expect(await Promise.all([slow, fast])).toEqual([1, 2]);
    expect(order).toEqual(['slow:start', 'slow:end', 'fast']);
    expect(queue.pending).toBe(0);
  });

  it('rejects only the failing task and keeps going', async () => {
    const queue = createSerialQueue();
    const failing = queue.enqueue(() => {
      throw new Error('bug');
    });
    const after = queue.enqueue(() => 'still runs');
    await expect(failing).rejects.toThrow('bug');
    expect(await after).toBe('still runs');
    await queue.idle();
  });
});
