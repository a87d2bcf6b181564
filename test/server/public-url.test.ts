import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { networkUrls, publicUrlFor, publicUrlFrom } from '../../server/public-url.ts';

const entry = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;
const INTERFACES = {
  lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
  wlan0: [entry('fe80::1', 'IPv6', false), entry('192.168.1.20', 'IPv4', false)],
  eth0: [entry('10.0.0.5', 'IPv4', false)],
};

describe('the public address', () => {
  it("lists the machine's network addresses other devices can open", () => {
    expect(networkUrls(INTERFACES, 3000)).toEqual(['http://192.168.1.20:3000', 'http://10.0.0.5:3000']);
  });

  it('prefers LEVERAGE_PUBLIC_URL, then a network address when listening everywhere, never localhost', () => {
    const base = { host: '0.0.0.0', port: 3000, interfaces: INTERFACES };
    const configured = publicUrlFrom({ LEVERAGE_PUBLIC_URL: 'https://class.example.org/' });
    expect(publicUrlFor({ ...base, configured })).toBe('https://class.example.org');
    expect(publicUrlFor({ ...base, configured: null })).toBe('http://192.168.1.20:3000');
    expect(publicUrlFor({ ...base, configured: null, interfaces: { lo: INTERFACES.lo } })).toBeNull();
    expect(publicUrlFor({ ...base, configured: null, host: '127.0.0.1' })).toBeNull();
    expect(publicUrlFor({ ...base, configured: null, host: '10.0.0.5' })).toBe('http://10.0.0.5:3000');
  });
});
