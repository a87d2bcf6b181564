import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Tokens are kept only as digests and compared in constant time: a digest has a fixed length, so
 * `timingSafeEqual` never sees buffers of different sizes and a leaked game object reveals no token.
 */
export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function tokenMatches(digest: Buffer, token: string): boolean {
  return timingSafeEqual(digest, tokenDigest(token));
}

/** Two digests compared in constant time (a class member's digest against a table's people). */
export function digestsMatch(digest: Buffer, other: Buffer): boolean {
  return digest.length === other.length && timingSafeEqual(digest, other);
}

/**
 * A class session's projector key: derived from the facilitator's token digest (HMAC-SHA-256 with the
 * digest as key, base64url), so it needs no storage, survives a restart, opens nothing but the projector
 * feed, and cannot be turned back into the facilitator's token.
 */
export function projectorKeyOf(facilitatorDigest: Buffer): string {
  return createHmac('sha256', facilitatorDigest).update('leverage:projector', 'utf8').digest('base64url');
}
