import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { cryptoIds } from '../../server/ids.ts';
import { Lobby } from '../../server/lobby.ts';
import { tokenDigest, tokenMatches } from '../../server/tokens.ts';
import { TokenSchema } from '../../shared/protocol/socket.ts';

// Every constant-time comparison the server makes goes through here, so the test can count them.
vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:crypto')>();
  return { ...original, timingSafeEqual: vi.fn(original.timingSafeEqual) };
});

describe('seat and host tokens', () => {
  it('are 192 random bits, url-safe, and never repeat', () => {
    const tokens = Array.from({ length: 2000 }, () => cryptoIds.token());
    expect(new Set(tokens).size).toBe(tokens.length);
    let ones = 0;
    for (const token of tokens) {
      expect(TokenSchema.safeParse(token).success).toBe(true);
      const bytes = Buffer.from(token, 'base64url');
      expect(bytes).toHaveLength(24);
      for (const byte of bytes) ones += byte.toString(2).replaceAll('0', '').length;
    }
    // A fair source sets half the bits: 2000 × 192 bits, so 192,000 ± a few hundred.
    expect(Math.abs(ones - 192_000)).toBeLessThan(2_000);
  });

  it('are kept as digests and compared in constant time, whatever their length', () => {
    const token = cryptoIds.token();
    const digest = tokenDigest(token);
    expect(digest).toHaveLength(32);
    expect(tokenMatches(digest, token)).toBe(true);
    expect(tokenMatches(digest, `${token}x`)).toBe(false);
    expect(tokenMatches(digest, '')).toBe(false);
    expect(tokenMatches(digest, 'x'.repeat(10_000))).toBe(false);
  });

  it('are checked against every person in a game, so the time taken does not tell which one matched', () => {
    const compare = vi.mocked(crypto.timingSafeEqual);
    const lobby = new Lobby();
    const tokens = Array.from({ length: 5 }, () => cryptoIds.token());
    const people = tokens.map((token, n) =>
      lobby.addPerson({ name: `P${n}`, role: null, isHost: n === 0, token }),
    );
    for (const [index, token] of [...tokens.entries(), [-1, cryptoIds.token()] as const]) {
      compare.mockClear();
      const found = lobby.personWithToken(token);
      expect(found).toBe(index >= 0 ? people[index] : undefined);
      expect(compare).toHaveBeenCalledTimes(tokens.length);
      // Equal-length buffers every time: timingSafeEqual never short-cuts (or throws) on length.
      for (const [a, b] of compare.mock.calls) expect((a as Buffer).length).toBe((b as Buffer).length);
    }
  });
});
