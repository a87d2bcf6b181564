import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { startServer, TestPlayer } from './harness.ts';

let server: LeverageServerHandle;
let staticDir: string;
const INDEX = '<!doctype html><title>Leverage</title><div id="root"></div>';

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'leverage-static-'));
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'index.html'), INDEX);
  await writeFile(join(staticDir, 'assets', 'app-1234.js'), 'console.log("leverage");');
  server = await startServer({ staticDir, bots: () => [] });
});

afterAll(async () => {
  await server.close();
  await rm(staticDir, { recursive: true, force: true });
});

/** A raw request, so paths like /../ reach the server exactly as written. */
function get(
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

function expectSecurityHeaders(headers: Record<string, unknown>): void {
  const policy = String(headers['content-security-policy']);
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("img-src 'self' data:");
  expect(policy).toContain(`connect-src 'self' ws://127.0.0.1:${server.port} wss://127.0.0.1:${server.port}`);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
}

describe('HTTP', () => {
  it('reports health as JSON: live games and connections', async () => {
    const empty = await get('/healthz');
    expect(empty.status).toBe(200);
    expect(empty.headers['content-type']).toContain('application/json');
    expect(JSON.parse(empty.body)).toEqual({
      status: 'ok',
      games: 0,
      connections: 0,
      uptimeSeconds: expect.any(Number),
      // Listening on 127.0.0.1 only: no address other devices could open.
      publicUrl: null,
    });

    const player = await TestPlayer.connect(server.url, 'Ana');
    await player.create({ mode: 'multiplayer' });
    const busy = JSON.parse((await get('/healthz')).body);
    expect(busy).toMatchObject({ status: 'ok', games: 1, connections: 1 });
    player.close();
  });

  it('serves the client, with client routes falling back to index.html and missing assets a 404', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toBe(INDEX);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');

    const asset = await get('/assets/app-1234.js');
    expect(asset.body).toBe('console.log("leverage");');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toContain('immutable');

    expect((await get('/game/ABC234')).body).toBe(INDEX);
    expect((await get('/join?code=ABC234')).body).toBe(INDEX);
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/assets/app-1234.js', 'HEAD')).body).toBe('');
    expect((await get('/', 'POST')).status).toBe(405);
  });

  it('never serves a file outside the client directory', async () => {
    for (const path of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/%00',
    ]) {
      const response = await get(path);
      expect(response.body).not.toContain('root:');
      expect([200, 404]).toContain(response.status);
      if (response.status === 200) expect(response.body).toBe(INDEX);
    }
  });

  it('does not fall back to the page for the socket or health paths', async () => {
    expect((await get('/socket.io/nothing')).body).not.toBe(INDEX);
    expect((await get('/healthz')).body).not.toBe(INDEX);
  });

  it('sends the security headers on pages, assets, errors, health and the socket transport', async () => {
    const own = `http://127.0.0.1:${server.port}`;
    for (const [path, status, method, headers] of [
      ['/', 200],
      ['/assets/app-1234.js', 200],
      ['/assets/missing.js', 404],
      ['/healthz', 200],
      ['/', 405, 'DELETE'],
      ['/socket.io/?EIO=4&transport=polling', 200],
      ['/socket.io/?EIO=4&transport=polling', 200, 'GET', { origin: own }],
      // Socket.IO's own refusals: an unknown session, an old protocol, a bad transport, a foreign page.
      ['/socket.io/?EIO=4&transport=polling&sid=no-such-session', 400],
      ['/socket.io/?EIO=3&transport=polling', 400],
      ['/socket.io/?EIO=4&transport=carrier-pigeon', 400],
      ['/socket.io/?EIO=4&transport=polling', 403, 'GET', { origin: 'https://evil.example' }],
    ] as const) {
      const response = await get(path, method, headers);
      expect(response.status, `${method ?? 'GET'} ${path}`).toBe(status);
      expectSecurityHeaders(response.headers);
    }
  });

  it('lets a client connect over long-polling as well as websockets', async () => {
    const player = await TestPlayer.connect(server.url, 'Pat', { transports: ['polling'] });
    const joined = await player.create({ mode: 'multiplayer', role: 'investors' });
    expect(joined.role).toBe('investors');
    await player.until((p) => p.view?.phase === 'lobby');
    player.close();
  });
});
