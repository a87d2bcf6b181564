import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createClient } from 'redis';
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
    private readonly folder: string,
    private readonly server: ChildProcess,
    private readonly exited: Promise<void>,
    readonly output: string[],
  ) {}

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
    const output: string[] = [];
    for (const stream of [server.stdout!, server.stderr!])
      stream.on('data', (chunk: Buffer) => output.push(...String(chunk).split('\n').filter(Boolean)));
    const exited = new Promise<void>((done) => server.once('exit', () => done()));
    const scratch = new ScratchRedis(port, folder, server, exited, output);
    process.once('exit', () => scratch.kill());
    try {
      await scratch.untilAccepting(timeoutMs);
    } catch (error) {
      await scratch.stop();
      throw error;
    }
    return scratch;
  }

  private async untilAccepting(timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    let gone = false;
    this.exited.then(() => {
      gone = true;
    });
    for (;;) {
      if (gone) throw new Error(`redis-server exited while starting:\n${this.output.join('\n')}`);
      const client = createClient({ url: this.url(), socket: { reconnectStrategy: false } });
      client.on('error', () => {});
      try {
        await client.connect();
        await client.ping();
        await client.close();
        return;
      } catch {
        client.destroy();
        if (performance.now() > deadline)
          throw new Error(`redis-server did not answer in ${timeoutMs} ms:\n${this.output.join('\n')}`);
        await new Promise((wait) => setTimeout(wait, 50));
      }
    }
  }

  private kill(): void {
    if (this.server.exitCode === null && this.server.pid !== undefined) {
      try {
        process.kill(this.server.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }

  /** SIGTERM by process id, then the folder goes; SIGKILL if it takes over 5 s. */
  async stop(): Promise<void> {
    if (this.server.exitCode === null && this.server.signalCode === null && this.server.pid !== undefined) {
      process.kill(this.server.pid, 'SIGTERM');
      const timer = setTimeout(() => this.kill(), 5000);
      await this.exited;
      clearTimeout(timer);
    }
    rmSync(this.folder, { recursive: true, force: true });
  }
}
