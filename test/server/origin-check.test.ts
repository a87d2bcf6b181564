import { describe, expect, it } from 'vitest';
import { allowedOriginsFrom, originAllowed } from '../../server/origin-check.ts';

describe('the socket origin check', () => {
  it("lets the server's own pages and non-browser clients in", () => {
    expect(originAllowed('http://localhost:3000', 'localhost:3000', [])).toBe(true);
    expect(originAllowed('https://game.example.org', 'game.example.org', [])).toBe(true);
    expect(originAllowed('https://game.example.org', 'game.example.org:443', [])).toBe(true);
    expect(originAllowed('http://GAME.example.org:80', 'game.example.org', [])).toBe(true);
    expect(originAllowed(undefined, 'localhost:3000', [])).toBe(true);
  });

  it('refuses pages from anywhere else, opaque origins and garbage', () => {
    expect(originAllowed('https://evil.example', 'localhost:3000', [])).toBe(false);
    expect(originAllowed('http://localhost:3001', 'localhost:3000', [])).toBe(false);
    expect(originAllowed('http://localhost:3000.evil.example', 'localhost:3000', [])).toBe(false);
    expect(originAllowed('null', 'localhost:3000', [])).toBe(false);
    expect(originAllowed('file://', 'localhost:3000', [])).toBe(false);
    expect(originAllowed('chrome-extension://abc', 'abc', [])).toBe(false);
    expect(originAllowed('not a url', 'localhost:3000', [])).toBe(false);
    expect(originAllowed('http://localhost:3000', undefined, [])).toBe(false);
    expect(originAllowed('http://localhost:3000', 'bad host/', [])).toBe(false);
  });

  it('lets listed origins in', () => {
    const allowed = allowedOriginsFrom(' https://class.example.org , http://localhost:5173/ ');
    expect(allowed).toEqual(['https://class.example.org', 'http://localhost:5173']);
    expect(originAllowed('https://class.example.org', 'game.internal:3000', allowed)).toBe(true);
    expect(originAllowed('http://localhost:5173', 'localhost:3000', allowed)).toBe(true);
    expect(originAllowed('http://class.example.org', 'game.internal:3000', allowed)).toBe(false);
  });

  it('rejects an allowlist entry that is not an origin', () => {
    expect(allowedOriginsFrom(undefined)).toEqual([]);
    expect(allowedOriginsFrom('')).toEqual([]);
    expect(() => allowedOriginsFrom('example.org')).toThrow(/LEVERAGE_ALLOWED_ORIGINS/);
    expect(() => allowedOriginsFrom('https://example.org/app')).toThrow(/not an origin/);
    expect(() => allowedOriginsFrom('ftp://example.org')).toThrow(/not an origin/);
  });
});
