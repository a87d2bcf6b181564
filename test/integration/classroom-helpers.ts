import type { LeverageServerHandle } from '../../server/app.ts';
import type {
  ClassroomCommandResult,
  ClassroomConsoleMessage,
  ClassroomSeatedMessage,
  CreatedClassroom,
  JoinedClassroom,
} from '../../shared/protocol/classroom.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import { startServer, TestPlayer } from './harness.ts';

/**
 * A class session driven over sockets, for the integration tests: servers and sockets opened here are
 * closed by `closeAll` (call it after each test).
 */
export class ClassroomRig {
  private servers: LeverageServerHandle[] = [];
  private sockets: TestPlayer[] = [];

  async serve(options: Parameters<typeof startServer>[0] = {}): Promise<LeverageServerHandle> {
    const server = await startServer({ botDelayMs: 60_000, ...options });
    this.servers.push(server);
    return server;
  }

  async connect(server: LeverageServerHandle, name: string): Promise<TestPlayer> {
    const socket = await TestPlayer.connect(server.url, name);
    this.sockets.push(socket);
    return socket;
  }

  /** Closes one server early (a restart), with every socket this rig opened. */
  async stop(server: LeverageServerHandle): Promise<void> {
    for (const socket of this.sockets) socket.close();
    this.sockets = [];
    await server.close();
    this.servers = this.servers.filter((kept) => kept !== server);
  }

  async closeAll(): Promise<void> {
    for (const socket of this.sockets) socket.close();
    this.sockets = [];
    for (const server of this.servers) await server.close();
    this.servers = [];
  }

  /** A facilitator with an open console, and `count` students who joined with the code. */
  async classWith(server: LeverageServerHandle, count: number, settings: Record<string, unknown> = {}) {
    const facilitator = await this.connect(server, 'Ms Sato');
    const created = ok(
      await facilitator.ask<CreatedClassroom>('classroom:create', { title: 'Econ 2B', ...settings }),
    );
    ok(await facilitator.ask('classroom:watch', { classroomId: created.classroomId, token: created.token }));
    const students: { socket: TestPlayer; joined: JoinedClassroom }[] = [];
    for (let n = 1; n <= count; n++) {
      const socket = await this.connect(server, `Student ${n}`);
      const joined = ok(
        await socket.ask<JoinedClassroom>('classroom:join', { code: created.code, name: `Student ${n}` }),
      );
      students.push({ socket, joined });
    }
    const command = (body: Record<string, unknown>, token = created.token) =>
      facilitator.ask<ClassroomCommandResult>('classroom:command', {
        classroomId: created.classroomId,
        token,
        command: body,
      });
    return { facilitator, created, students, command };
  }
}

export function ok<T>(answer: Ack<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

export const latestConsole = (socket: TestPlayer) =>
  socket.received
    .filter((entry) => entry.event === 'classroom:console')
    .map((entry) => entry.payload as ClassroomConsoleMessage)
    .at(-1);

export const seatedOf = (socket: TestPlayer) =>
  socket.received
    .filter((entry) => entry.event === 'classroom:seated')
    .map((entry) => entry.payload as ClassroomSeatedMessage)
    .at(-1);

export function untilConsole(
  facilitator: TestPlayer,
  check: (console: ClassroomConsoleMessage) => boolean,
  what: string,
) {
  return facilitator.until(
    (player) => {
      const last = latestConsole(player);
      return last !== undefined && check(last);
    },
    5000,
    what,
  );
}
