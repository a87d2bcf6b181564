import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createClient } from 'redis';
import { ScratchService } from './scratch-service.ts';
import { freePort } from './server-process.ts';

/**
 * A scratch Redis for one test file: `redis-server` on 127.0.0.1 at a free port, its working folder a
 * temporary one, no persistence, stopped by its process id. Nothing is skipped when the binary is
 * missing: the tests fail and say how to install it (`.ci/run` does).
 */
export const REDIS_INSTALL_HINT =
  'Redis is needed by the cluster tests: install it (`apt-get install -y redis-server`, which .ci/run does), ' +
  'or put a folder with redis-server on PATH';

function findRedisServer(): string {
  const folders = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin', '/usr/sbin'];
  for (const folder of folders) {
    const path = join(folder, 'redis-server');
    if (existsSync(path)) return path;
  }
  throw new Error(`${REDIS_INSTALL_HINT} (no redis-server found)`);
}

export class ScratchRedis {
  private constructor(
    readonly port: number,
    private readonly service: ScratchService,
  ) {}

  /** What the server printed. */
  get output(): string[] {
    return this.service.output;
  }

  url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(timeoutMs = 10_000): Promise<ScratchRedis> {
    const binary = findRedisServer();
    const folder = mkdtempSync(join(tmpdir(), 'leverage-redis-'));
    const port = await freePort();
    const server = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', folder, '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const scratch = new ScratchRedis(port, new ScratchService('redis-server', folder, server, 'SIGTERM'));
    await scratch.service.until(() => scratch.answers(), timeoutMs);
    return scratch;
  }

  private async answers(): Promise<boolean> {
    const client = createClient({ url: this.url(), socket: { reconnectStrategy: false } });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.ping();
      await client.close();
      return true;
    } catch {
      // A refused connect (the server not up yet) has already closed the client, and destroying a
      // closed client throws, which would end the wait at its first try.
      if (client.isOpen) client.destroy();
      return false;
    }
  }

  /** SIGTERM by process id, then the folder goes; SIGKILL if it takes over 5 s. */
  stop(): Promise<void> {
    return this.service.stop();
  }
}
