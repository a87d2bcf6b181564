import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from '../tools/server-node-flags.ts';
import type { MemoryFigures, ServerReply, ServerRequest } from './load-protocol.ts';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * The server process (bench/load-server.ts) and a request/answer channel to it. It runs apart from the
 * clients so its CPU, memory and event loop are its own.
 */
export class ServerProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: ServerReply) => void>();
  port = 0;
  startMemory: MemoryFigures = { rssMb: 0, heapUsedMb: 0 };

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: ServerReply) => {
      if (reply.type === 'ready') return;
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
  }

  static async start(args: string[], profile: boolean): Promise<ServerProcess> {
    const here = dirname(fileURLToPath(import.meta.url));
    const flags = [
      // Leverage's server and the plain Socket.IO baseline alike run on the runtime `npm start` sets up.
      ...serverNodeFlags(),
      '--expose-gc',
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${join(here, 'profiles')}`] : []),
      // More V8 flags for the server alone, for investigation (e.g. --trace-gc).
      ...(process.env.LEVERAGE_BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []),
    ];
    const child = spawn(
      process.execPath,
      [...flags, '--import', 'tsx', join(here, 'load-server.ts'), ...args],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    const server = new ServerProcess(child);
    // A benchmark that fails must not leave its server behind.
    const orphaned = () => child.kill();
    process.once('exit', orphaned);
    child.once('exit', () => process.off('exit', orphaned));
    await new Promise<void>((ready, fail) => {
      child.once('exit', (code) => fail(new Error(`load server exited with ${code}`)));
      child.on('message', (reply: ServerReply) => {
        if (reply.type !== 'ready') return;
        server.port = reply.port;
        server.startMemory = reply.memory;
        ready();
      });
    });
    return server;
  }

  ask<T extends ServerReply['type']>(
    request: WithoutId<ServerRequest>,
    expect: T,
  ): Promise<Extract<ServerReply, { type: T }>> {
    const id = this.nextId++;
    return new Promise((done, fail) => {
      this.waiting.set(id, (reply) => {
        if (reply.type === expect) done(reply as Extract<ServerReply, { type: T }>);
        else fail(new Error(`load server: ${JSON.stringify(reply)}`));
      });
      this.child.send({ ...request, id } as ServerRequest);
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise((done) => this.child.once('exit', done));
    await this.ask({ type: 'exit' }, 'ok');
    await exited;
  }
}
