/**
 * Guessing a join code (31⁶ ≈ 887 million of them) or a token is only a threat at speed, so wrong
 * guesses are counted per socket and per remote address in a sliding window, and once either is used
 * up every `game:join` and `seat:resume` from it is refused as RATE_LIMITED until old guesses age out,
 * right code or not (otherwise a blocked guesser would still learn which codes exist). Creating games is
 * counted per address too, so one machine cannot fill the server's game limit.
 *
 * The address limits are generous because a classroom sits behind one address: thirty students who
 * mistype a code must not lock out the other ninety.
 */
export interface JoinGuardLimits {
  /** Wrong codes or tokens one socket may send per window. */
  failuresPerSocket: number;
  /** Wrong codes or tokens one remote address may send per window, over all its sockets. */
  failuresPerAddress: number;
  /** Games one remote address may create per window. */
  createsPerAddress: number;
  windowMs: number;
}

export const DEFAULT_JOIN_LIMITS: JoinGuardLimits = {
  failuresPerSocket: 8,
  failuresPerAddress: 60,
  createsPerAddress: 200,
  windowMs: 60_000,
};

/** One attempt under way: counted as a failure unless it turns out to have succeeded. */
export interface JoinAttempt {
  succeeded(): void;
}

export interface JoinGuard {
  /**
   * Starts a join or resume attempt, or returns null if the socket or address has used up its guesses.
   * The attempt counts at once, so a burst sent before any answer cannot slip past the limit.
   */
  attempt(address: string, socketId: string): JoinAttempt | null;
  /** Counts a game creation; false once the address has created too many in the window. */
  mayCreate(address: string): boolean;
  /** The socket is gone: its own count goes with it (its address keeps counting). */
  forget(socketId: string): void;
  /** Sockets and addresses with recent attempts on record (bounded: expired ones are swept). */
  trackedKeys(): number;
}

/** Beyond this many tracked keys, expired ones are swept on the next write, so memory stays bounded. */
const SWEEP_ABOVE_KEYS = 10_000;

/** Times of recent events per key; a key's list never holds more than its limit. */
class SlidingWindow {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  count(key: string): number {
    const times = this.events.get(key);
    if (!times) return 0;
    const since = this.now() - this.windowMs;
    while (times.length > 0 && times[0]! <= since) times.shift();
    if (times.length === 0) this.events.delete(key);
    return times.length;
  }

  add(key: string, at: number): void {
    const times = this.events.get(key);
    if (times) times.push(at);
    else {
      if (this.events.size >= SWEEP_ABOVE_KEYS) this.sweep();
      this.events.set(key, [at]);
    }
  }

  /** Takes back one event recorded at `at` (an attempt that succeeded). */
  remove(key: string, at: number): void {
    const times = this.events.get(key);
    const index = times?.lastIndexOf(at) ?? -1;
    if (!times || index < 0) return;
    times.splice(index, 1);
    if (times.length === 0) this.events.delete(key);
  }

  delete(key: string): void {
    this.events.delete(key);
  }

  get size(): number {
    return this.events.size;
  }

  private sweep(): void {
    for (const key of [...this.events.keys()]) this.count(key);
  }
}

/**
 * The key an address is counted under. IPv4 (also when mapped into IPv6) is one address; IPv6 is
 * counted per /64, the block one subscriber usually gets, so rotating through it does not help.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  // Expand "::" to the zero groups it stands for; an embedded IPv4 tail counts as two groups.
  const [head = '', tail] = address.toLowerCase().replace(/%.*$/, '').split('::');
  const groupsOf = (part: string) =>
    part === '' ? [] : part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]));
  const front = groupsOf(head);
  const back = tail === undefined ? [] : groupsOf(tail);
  const groups = [...front, ...Array(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  const prefix = groups.slice(0, 4).map((group) => (Number.parseInt(group, 16) || 0).toString(16));
  return `${prefix.join(':')}::/64`;
}

export function createJoinGuard(limits: JoinGuardLimits, now: () => number): JoinGuard {
  const failures = new SlidingWindow(limits.windowMs, now);
  const creations = new SlidingWindow(limits.windowMs, now);
  const socketKey = (socketId: string) => `socket:${socketId}`;
  return {
    attempt(address, socketId) {
      const byAddress = `address:${addressKey(address)}`;
      const bySocket = socketKey(socketId);
      if (failures.count(bySocket) >= limits.failuresPerSocket) return null;
      if (failures.count(byAddress) >= limits.failuresPerAddress) return null;
      const at = now();
      failures.add(bySocket, at);
      failures.add(byAddress, at);
      return {
        succeeded() {
          failures.remove(bySocket, at);
          failures.remove(byAddress, at);
        },
      };
    },
    mayCreate(address) {
      const key = addressKey(address);
      if (creations.count(key) >= limits.createsPerAddress) return false;
      creations.add(key, now());
      return true;
    },
    forget(socketId) {
      failures.delete(socketKey(socketId));
    },
    trackedKeys: () => failures.size + creations.size,
  };
}
