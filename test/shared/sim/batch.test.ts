import { describe, expect, it } from 'vitest';
import { playBatch, playTakenGames } from '../../../shared/sim/batch.ts';

describe('playTakenGames', () => {
  it('takes games from a shared counter in chunks, each played as it is alone', () => {
    const options = { games: 7, seed: 5 };
    const counter = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    // Another thread has already taken the first chunk of three.
    Atomics.add(counter, 0, 3);
    const rest = playTakenGames(options, counter, 3);
    expect(rest.map((game) => game.index)).toEqual([3, 4, 5, 6]);
    expect(JSON.stringify(rest)).toBe(JSON.stringify(playBatch(options).slice(3)));
    // The counter is spent: a thread that comes late finds nothing left.
    expect(playTakenGames(options, counter, 3)).toEqual([]);
  });
});
