import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from '../../tools/server-node-flags.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A port nobody listens on now. The crash test needs one port for every restart (the clients reconnect
 * to the same address), so it asks the system once instead of fixing a number.
 */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/** `npm start`'s command as a child process (its V8 flags too): the real server, killable like a real one. */
export class ServerProcess {
  readonly output: string[] = [];
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | string | null>;

  private constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, [...serverNodeFlags(), '--import', 'tsx', 'server/main.ts'], {
      cwd: projectRoot,
      env: { ...process.env, HOST: '127.0.0.1', LEVERAGE_CLIENT: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = new Promise((done) => this.child.once('exit', (code, signal) => done(signal ?? code)));
    for (const stream of [this.child.stdout!, this.child.stderr!])
      stream.on('data', (chunk: Buffer) => this.output.push(...String(chunk).split('\n').filter(Boolean)));
  }

  /** Starts the server and resolves once it listens. */
  static async start(env: Record<string, string>, timeoutMs = 15_000): Promise<ServerProcess> {
    const server = new ServerProcess(env);
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`server did not start:\n${server.output.join('\n')}`)),
        timeoutMs,
      );
      const check = () => {
        if (server.output.some((line) => line.includes('serving on'))) {
          clearTimeout(timer);
          ready();
        }
      };
      server.child.stdout!.on('data', check);
      server.exited.then(() => {
        clearTimeout(timer);
        fail(new Error(`server exited while starting:\n${server.output.join('\n')}`));
      });
    });
    return server;
  }

  /** Lines the server wrote about errors (`[leverage]` lines on stderr, and anything thrown). */
  errors(): string[] {
    return this.output.filter((line) => /error|exception|could not/i.test(line));
  }

  /** SIGKILL: no shutdown code runs, exactly like a crash or a pulled plug of the process. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /**
   * SIGSTOP: the process is frozen (a long garbage collection, a VM paused, a laptop lid closed) with its
   * connections open, until `resume`. Its timers, leases included, stand still meanwhile.
   */
  pause(): void {
    this.child.kill('SIGSTOP');
  }

  /** SIGCONT: a paused process runs on from where it stopped, late timers and buffered input first. */
  resume(): void {
    this.child.kill('SIGCONT');
  }

  /** SIGTERM: the server's own clean shutdown. Resolves with the exit code. */
  async stop(): Promise<number | string | null> {
    this.child.kill('SIGTERM');
    return this.exited;
  }
}
