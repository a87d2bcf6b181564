import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../server/security-headers.ts';
import { fileInside } from '../../server/static-files.ts';

describe('static file paths', () => {
  const root = resolve('/srv/client');
  it('maps URL paths inside the client directory and nowhere else', () => {
    expect(fileInside(root, '/')).toBe(root);
    expect(fileInside(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(fileInside(root, '/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(fileInside(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(fileInside(root, '/a%00b')).toBeNull();
    expect(fileInside(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('security headers', () => {
  it('name the server itself for sockets, and refuse to echo a hostile Host header', () => {
    expect(securityHeaders('game.example:3000')['Content-Security-Policy']).toContain(
      "connect-src 'self' ws://game.example:3000 wss://game.example:3000",
    );
    const hostile = securityHeaders("evil.example; script-src 'unsafe-inline'")['Content-Security-Policy'];
    expect(hostile).toContain("connect-src 'self';");
    expect(hostile).not.toContain('evil');
  });
});
