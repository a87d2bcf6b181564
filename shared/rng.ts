/**
 * A small seeded generator (mulberry32) whose whole state is one 32-bit integer, so it can live in the
 * game state, be snapshotted and be replayed. Same seed, same draws, on every machine.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** A standard normal draw (Box–Muller). */
  normal(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** The state to store back in the game after drawing. */
  state(): number;
}

export function seedToState(seed: number | string): number {
  // FNV-1a over the seed's text: any string or number maps to a well-spread 32-bit state.
  const text = String(seed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createRng(initialState: number): Rng {
  let current = initialState >>> 0;
  const next = (): number => {
    current = (current + 0x6d2b79f5) >>> 0;
    let t = current;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      const u = Math.max(next(), 1e-12);
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick(items) {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    state: () => current,
  };
}
