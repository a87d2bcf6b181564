import { describe, expect, it } from 'vitest';
import { allowedOriginsFrom, type OriginPolicy, socketAllowed } from '../../server/origin-check.ts';
import { publicUrlFrom } from '../../server/public-url.ts';
import { rememberedServedHostnames, servedHostnames } from '../../server/served-hosts.ts';

/** A server that answers to these names (as `servedHostnames` spells them) and lets these origins in. */
function policy(served: readonly string[], allowedOrigins: readonly string[] = []): OriginPolicy {
  return { allowedOrigins, servedHostnames: () => new Set(served) };
}

const LOCAL = policy(['localhost', '127.0.0.1', '[::1]', '192.168.1.20', 'game.example.org']);

describe('the socket origin check', () => {
  it("lets the server's own pages and non-browser clients in", () => {
    expect(socketAllowed('http://localhost:3000', 'localhost:3000', LOCAL)).toBe(true);
    expect(socketAllowed('http://[::1]:3000', '[::1]:3000', LOCAL)).toBe(true);
    expect(socketAllowed('http://192.168.1.20:3000', '192.168.1.20:3000', LOCAL)).toBe(true);
    expect(socketAllowed('https://game.example.org', 'game.example.org', LOCAL)).toBe(true);
    expect(socketAllowed('https://game.example.org', 'game.example.org:443', LOCAL)).toBe(true);
    expect(socketAllowed('http://GAME.example.org:80', 'game.example.org', LOCAL)).toBe(true);
    expect(socketAllowed(undefined, 'localhost:3000', LOCAL)).toBe(true);
  });

  it('refuses any request sent to a name the server does not serve (DNS rebinding), Origin or not', () => {
    // A rebound page's same-origin requests (long-polling GETs) carry no Origin: only the Host shows it.
    expect(socketAllowed(undefined, 'evil.example:3000', LOCAL)).toBe(false);
    expect(socketAllowed(undefined, 'evil.example', LOCAL)).toBe(false);
    expect(socketAllowed(undefined, 'bad host/', LOCAL)).toBe(false);
    expect(socketAllowed(undefined, undefined, LOCAL)).toBe(true);
    expect(socketAllowed('http://evil.example', 'evil.example', LOCAL)).toBe(false);
    expect(socketAllowed('http://evil.example:3000', 'evil.example:3000', LOCAL)).toBe(false);
    expect(socketAllowed('https://evil.example', 'evil.example:443', LOCAL)).toBe(false);
    expect(socketAllowed('http://localhost.evil.example:3000', 'localhost.evil.example:3000', LOCAL)).toBe(
      false,
    );
    expect(socketAllowed('http://192.168.1.21:3000', '192.168.1.21:3000', LOCAL)).toBe(false);
  });

  it('refuses pages from anywhere else, opaque origins and garbage', () => {
    expect(socketAllowed('https://evil.example', 'localhost:3000', LOCAL)).toBe(false);
    expect(socketAllowed('http://localhost:3001', 'localhost:3000', LOCAL)).toBe(false);
    expect(socketAllowed('http://localhost:3000.evil.example', 'localhost:3000', LOCAL)).toBe(false);
    expect(socketAllowed('null', 'localhost:3000', LOCAL)).toBe(false);
    expect(socketAllowed('file://', 'localhost:3000', LOCAL)).toBe(false);
    expect(socketAllowed('chrome-extension://abc', 'abc', policy(['abc']))).toBe(false);
    expect(socketAllowed('not a url', 'localhost:3000', LOCAL)).toBe(false);
    expect(socketAllowed('http://localhost:3000', undefined, LOCAL)).toBe(false);
    expect(socketAllowed('http://localhost:3000', 'bad host/', LOCAL)).toBe(false);
  });

  it('lets listed origins in from another served host, and serves their names (a proxy may pass them on)', () => {
    const allowed = allowedOriginsFrom(' https://class.example.org , http://localhost:5173/ ');
    expect(allowed).toEqual(['https://class.example.org', 'http://localhost:5173']);
    const listed = policy(['localhost', 'game.internal'], allowed);
    expect(socketAllowed('https://class.example.org', 'game.internal:3000', listed)).toBe(true);
    expect(socketAllowed('https://class.example.org', 'class.example.org', listed)).toBe(true);
    expect(socketAllowed(undefined, 'class.example.org', listed)).toBe(true);
    expect(socketAllowed('http://localhost:5173', 'localhost:3000', listed)).toBe(true);
    expect(socketAllowed('http://class.example.org', 'game.internal:3000', listed)).toBe(false);
    expect(socketAllowed('https://class.example.org', 'other.example', listed)).toBe(false);
  });

  it('rejects an allowlist entry that is not an origin', () => {
    expect(allowedOriginsFrom(undefined)).toEqual([]);
    expect(allowedOriginsFrom('')).toEqual([]);
    expect(() => allowedOriginsFrom('example.org')).toThrow(/LEVERAGE_ALLOWED_ORIGINS/);
    expect(() => allowedOriginsFrom('https://example.org/app')).toThrow(/not an origin/);
    expect(() => allowedOriginsFrom('ftp://example.org')).toThrow(/not an origin/);
  });
});

describe('the names a server serves', () => {
  const interfaces = {
    lo: [{ address: '127.0.0.1' }, { address: '::1' }],
    wlan0: [{ address: '192.168.1.20' }, { address: 'fe80::1c2d:3e4f:5a6b:7c8d' }],
  };

  it('are loopback, the machine name (and name.local) and every address of the machine when listening on all of them', () => {
    expect([...servedHostnames('0.0.0.0', interfaces, 'Teacher-Laptop')].sort()).toEqual(
      [
        'localhost',
        '127.0.0.1',
        '[::1]',
        'teacher-laptop',
        'teacher-laptop.local',
        '192.168.1.20',
        '[fe80::1c2d:3e4f:5a6b:7c8d]',
      ].sort(),
    );
    expect(servedHostnames('::', interfaces, 'x').has('192.168.1.20')).toBe(true);
  });

  it('are loopback, the machine name and the one address it listens on otherwise', () => {
    expect([...servedHostnames('10.0.0.5', interfaces, 'Box.lan')].sort()).toEqual(
      ['localhost', '127.0.0.1', '[::1]', 'box.lan', '10.0.0.5'].sort(),
    );
  });

  it('are read once a second however many sockets connect, and again once the network may have changed', () => {
    let now = 0;
    let reads = 0;
    const networks = [interfaces, { lo: interfaces.lo, eth0: [{ address: '10.1.2.3' }] }];
    const served = rememberedServedHostnames(
      () => servedHostnames('0.0.0.0', networks[reads++]!, 'x'),
      1000,
      () => now,
    );
    for (let handshake = 0; handshake < 500; handshake++) expect(served().has('192.168.1.20')).toBe(true);
    now = 999;
    expect(served().has('192.168.1.20')).toBe(true);
    expect(reads).toBe(1);
    // The laptop moved to another network: a second later its new address is served, the old one not.
    now = 1000;
    expect(served().has('10.1.2.3')).toBe(true);
    expect(served().has('192.168.1.20')).toBe(false);
    expect(reads).toBe(2);
  });
});

describe('LEVERAGE_PUBLIC_URL', () => {
  it('is the origin players use, or nothing when unset', () => {
    expect(publicUrlFrom({})).toBeNull();
    expect(publicUrlFrom({ LEVERAGE_PUBLIC_URL: '  ' })).toBeNull();
    expect(publicUrlFrom({ LEVERAGE_PUBLIC_URL: 'http://192.168.1.20:3000' })).toBe(
      'http://192.168.1.20:3000',
    );
    expect(publicUrlFrom({ LEVERAGE_PUBLIC_URL: ' https://Leverage.School.example/ ' })).toBe(
      'https://leverage.school.example',
    );
    expect(publicUrlFrom({ LEVERAGE_PUBLIC_URL: 'https://leverage.school.example:443' })).toBe(
      'https://leverage.school.example',
    );
  });

  it('refuses anything that is not a plain http(s) address, saying what it wanted', () => {
    for (const bad of [
      '192.168.1.20:3000',
      'ftp://host',
      'http://host/leverage',
      'http://host/?x=1',
      'http://a:b@host',
    ])
      expect(() => publicUrlFrom({ LEVERAGE_PUBLIC_URL: bad }), bad).toThrow(
        /LEVERAGE_PUBLIC_URL: ".*" is not an address like http:\/\/192\.168\.1\.20:3000/,
      );
  });
});
