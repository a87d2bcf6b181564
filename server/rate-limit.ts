import { type Ack, refuse } from '../shared/protocol/errors.ts';
import type { RoleId } from '../shared/roles.ts';

/**
 * Token buckets: `burst` events at once, refilled at `perSecond`. Generous for a person clicking, tight
 * enough that one script cannot flood a game's queue. One bucket per socket, and shared ones per seat
 * (`SeatPace`, which a seat's bot spends from too) and per remote address, so opening more sockets buys no
 * more room.
 */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

export interface RateLimiter {
  /** True if the caller may act now (and spends one token). */
  take(): boolean;
}

interface Bucket {
  tokens: number;
  refilledAt: number;
}

function takeFrom(bucket: Bucket, limit: RateLimit, at: number): boolean {
  bucket.tokens = Math.min(limit.burst, bucket.tokens + ((at - bucket.refilledAt) / 1000) * limit.perSecond);
  bucket.refilledAt = at;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

export function createRateLimiter(limit: RateLimit, now: () => number): RateLimiter {
  const bucket: Bucket = { tokens: limit.burst, refilledAt: now() };
  return { take: () => takeFrom(bucket, limit, now()) };
}

/** One bucket per key (a seat, an address), shared by every socket that acts under it. */
export interface KeyedRateLimiter {
  take(key: string): boolean;
  /** Keys with a bucket on record (bounded: refilled ones are swept). */
  trackedKeys(): number;
}

/** Beyond this many buckets, those refilled to the full burst are dropped on the next new key. */
const SWEEP_ABOVE_BUCKETS = 10_000;

export function createKeyedRateLimiter(limit: RateLimit, now: () => number): KeyedRateLimiter {
  const buckets = new Map<string, Bucket>();
  // A full bucket is the same as none: dropping it forgets nothing.
  const sweep = (at: number) => {
    for (const [key, bucket] of buckets) {
      const tokens = bucket.tokens + ((at - bucket.refilledAt) / 1000) * limit.perSecond;
      if (tokens >= limit.burst) buckets.delete(key);
    }
  };
  return {
    take(key) {
      const at = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= SWEEP_ABOVE_BUCKETS) sweep(at);
        bucket = { tokens: limit.burst, refilledAt: at };
        buckets.set(key, bucket);
      }
      return takeFrom(bucket, limit, at);
    },
    trackedKeys: () => buckets.size,
  };
}

/**
 * A seat's pace: every command made for one seat of one game spends from one bucket, whoever makes it
 * (any socket of its people, or the bot playing it), and so does a game's host. The limit belongs to the
 * seat and its commands, not to the socket: a bot cannot out-talk a person, and more sockets buy nothing.
 */
export interface SeatPace {
  /** True if `seat` of game `gameId` may act now (and spends one token). */
  take(gameId: string, seat: RoleId | 'host'): boolean;
}

export function createSeatPace(limit: RateLimit, now: () => number): SeatPace {
  const seats = createKeyedRateLimiter(limit, now);
  return { take: (gameId, seat) => seats.take(`${gameId}:${seat}`) };
}

/** The refusal for a seat past its pace: the same words for a person's socket and for a bot. */
export const seatTooFast = (): Ack => refuse('RATE_LIMITED', 'Too many commands for this seat; slow down.');
