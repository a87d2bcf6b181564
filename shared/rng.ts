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
  // FNV-1a over the seed's text: every string or number maps to a well-spread 32-bit state.
  return seedContinued(0x811c9dc5, String(seed));
}

/**
 * The state of a seed whose text goes on from a seed already hashed: `seedContinued(seedToState(a), b)` is
 * `seedToState(a + b)`, FNV-1a being a walk over the text one character at a time. So a common prefix is
 * hashed once, however many texts share it.
 */
export function seedContinued(state: number, text: string): number {
  let hash = state;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createRng(initialState: number): Rng {
  return new Mulberry32(initialState);
}

/**
 * A class rather than closures: a bot makes a fresh generator for every look-ahead, and under tsx
 * (esbuild keeps function names) each arrow function bound to a name costs a defineProperty call.
 */
class Mulberry32 implements Rng {
  private current: number;

  constructor(initialState: number) {
    this.current = initialState >>> 0;
  }

  next(): number {
    this.current = (this.current + 0x6d2b79f5) >>> 0;
    let t = this.current;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  normal(): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  state(): number {
    return this.current;
  }
}
