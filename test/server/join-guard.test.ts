import { describe, expect, it } from 'vitest';
import { addressKey, createJoinGuard } from '../../server/join-guard.ts';

const LIMITS = { failuresPerSocket: 3, failuresPerAddress: 5, createsPerAddress: 4, windowMs: 60_000 };

describe('the join-code guard', () => {
  it('refuses a socket after its wrong guesses, whatever it sends next, until they age out', () => {
    let now = 1_000;
    const guard = createJoinGuard(LIMITS, () => now);
    for (let guess = 0; guess < 3; guess++) expect(guard.attempt('10.0.0.1', 'a')).not.toBeNull();
    expect(guard.attempt('10.0.0.1', 'a')).toBeNull();
    // Another socket from the same address still has the address's remaining guesses.
    expect(guard.attempt('10.0.0.1', 'b')).not.toBeNull();
    now += 59_999;
    expect(guard.attempt('10.0.0.1', 'a')).toBeNull();
    now += 1;
    expect(guard.attempt('10.0.0.1', 'a')).not.toBeNull();
  });

  it('counts every socket of an address together, so opening new sockets does not help', () => {
    let now = 0;
    const guard = createJoinGuard(LIMITS, () => now);
    for (let socket = 0; socket < 5; socket++) expect(guard.attempt('10.0.0.2', `s${socket}`)).not.toBeNull();
    expect(guard.attempt('10.0.0.2', 'fresh')).toBeNull();
    expect(guard.attempt('::ffff:10.0.0.2', 'fresh')).toBeNull();
    expect(guard.attempt('10.0.0.3', 'fresh')).not.toBeNull();
    now += 60_000;
    expect(guard.attempt('10.0.0.2', 'fresh')).not.toBeNull();
  });

  it('takes back attempts that succeeded, so people who type the right code are never blocked', () => {
    const guard = createJoinGuard(LIMITS, () => 0);
    for (let join = 0; join < 50; join++) guard.attempt('10.0.0.4', 'a')!.succeeded();
    expect(guard.attempt('10.0.0.4', 'a')).not.toBeNull();
  });

  it('counts a burst sent before any answer', () => {
    const guard = createJoinGuard(LIMITS, () => 0);
    const burst = Array.from({ length: 10 }, () => guard.attempt('10.0.0.5', 'a'));
    expect(burst.filter((attempt) => attempt !== null)).toHaveLength(3);
  });

  it('forgets a socket when it leaves but not its address', () => {
    const guard = createJoinGuard({ ...LIMITS, failuresPerAddress: 4 }, () => 0);
    for (let guess = 0; guess < 3; guess++) guard.attempt('10.0.0.6', 'a');
    guard.forget('a');
    expect(guard.attempt('10.0.0.6', 'a')).not.toBeNull();
    expect(guard.attempt('10.0.0.6', 'a')).toBeNull();
  });

  it('limits the games one address creates in a window', () => {
    let now = 0;
    const guard = createJoinGuard(LIMITS, () => now);
    expect(Array.from({ length: 6 }, () => guard.mayCreate('10.0.0.7'))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(guard.mayCreate('10.0.0.8')).toBe(true);
    now += 60_000;
    expect(guard.mayCreate('10.0.0.7')).toBe(true);
  });

  it('keeps memory bounded when guesses come from very many addresses', () => {
    let now = 0;
    const guard = createJoinGuard(LIMITS, () => now);
    for (let n = 0; n < 30_000; n++) {
      guard.attempt(`10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`, `s${n}`);
      guard.forget(`s${n}`);
      now += 10;
    }
    // At most the sweep threshold plus one window's worth (6,000 addresses) is ever held.
    expect(guard.trackedKeys()).toBeLessThanOrEqual(16_000);
    expect(guard.trackedKeys()).toBeGreaterThanOrEqual(6_000);
  });

  it('counts an IPv6 address by its /64 and a mapped IPv4 address as itself', () => {
    expect(addressKey('::ffff:192.168.1.9')).toBe('192.168.1.9');
    expect(addressKey('192.168.1.9')).toBe('192.168.1.9');
    expect(addressKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2::99')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:DB8:0001:0002:ffff::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
