import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { MemoryGameStore } from '../../server/store/memory-store.ts';
import type { ProjectorMessage } from '../../shared/classroom/projector.ts';
import type {
  ClassroomCommandResult,
  CreatedClassroom,
  JoinedClassroom,
  ProjectorLink,
} from '../../shared/protocol/classroom.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import { closeAfterEach, startServer, TestPlayer } from './harness.ts';

let servers: LeverageServerHandle[] = [];
let sockets: TestPlayer[] = [];

closeAfterEach(() => ({ players: sockets, servers }));

function ok<T>(answer: Ack<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

async function connect(server: LeverageServerHandle, name: string) {
  const socket = await TestPlayer.connect(server.url, name);
  sockets.push(socket);
  return socket;
}

const projectors = (socket: TestPlayer) =>
  socket.received
    .filter((entry) => entry.event === 'classroom:projector')
    .map((entry) => entry.payload as ProjectorMessage);

/** Every key the projector may carry, at any depth: anything else is a field it must not send. */
const PROJECTOR_KEYS = new Set([
  ...['classroomId', 'code', 'title', 'seq', 'focus', 'tables', 'headlines', 'leaderboard'],
  ...['tableId', 'tableNumber', 'phase', 'round', 'rounds', 'deadline', 'paused', 'pausedRemainingMs'],
  ...['market', 'yield10y', 'usdJpy', 'usEquity', 'japanEquity', 'panic', 'yieldPath', 'at'],
  ...['scores', 'role', 'score', 'dealsSigned', 'breaches', 'id', 'headline', 'key', 'params', 'entries'],
  ...['join', 'url', 'qrSvg'],
]);

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      // A headline's params are the scenario's public words, not fields of the feed.
      into.add(key);
      if (key !== 'params') keysOf(inner, into);
    }
  }
  return into;
}

/** A session of 5 students at tables of 4 (table 2 is one student and three bots), started. */
async function startedClass(server: LeverageServerHandle) {
  const facilitator = await connect(server, 'Ms Sato');
  const created = ok(await facilitator.ask<CreatedClassroom>('classroom:create', { title: 'Econ 2B' }));
  const students: { socket: TestPlayer; joined: JoinedClassroom }[] = [];
  for (let n = 1; n <= 6; n++) {
    const socket = await connect(server, `Student ${n}`);
    const joined = ok(
      await socket.ask<JoinedClassroom>('classroom:join', { code: created.code, name: `Pupil Name${n}` }),
    );
    students.push({ socket, joined });
  }
  const command = (body: Record<string, unknown>) =>
    facilitator.ask<ClassroomCommandResult>('classroom:command', {
      classroomId: created.classroomId,
      token: created.token,
      command: body,
    });
  ok(await command({ type: 'tables:form' }));
  ok(await command({ type: 'tables:start', target: 'all' }));
  return { facilitator, created, students, command };
}

describe('the projector feed', () => {
  it('opens only with the projector key the facilitator is given: no key, a wrong one, a student token or the facilitator token itself is refused', async () => {
    const server = await startServer({ botDelayMs: 60_000 });
    servers.push(server);
    const { facilitator, created, students } = await startedClass(server);
    const student = students[0]!;
    const classroomId = created.classroomId;

    // Only the facilitator gets the key; a student's token is refused.
    const denied = await student.socket.ask<ProjectorLink>('classroom:projectorLink', {
      classroomId,
      token: student.joined.token,
    });
    expect(denied.ok ? 'ok' : denied.error.code).toBe('UNAUTHORIZED');
    const { projectorKey } = ok(
      await facilitator.ask<ProjectorLink>('classroom:projectorLink', { classroomId, token: created.token }),
    );
    expect(projectorKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(projectorKey).not.toBe(created.token);

    const outsider = await connect(server, 'Public');
    for (const key of [undefined, 'x'.repeat(43), student.joined.token, created.token]) {
      const answer = await outsider.ask<ProjectorMessage>('classroom:project', { classroomId, key });
      expect(answer.ok ? 'ok' : answer.error.code).toBe(
        key === undefined ? 'INVALID_COMMAND' : 'UNAUTHORIZED',
      );
    }
    // The key names one session only, and opens neither the console nor a command.
    const other = ok(await facilitator.ask<CreatedClassroom>('classroom:create', {}));
    const elsewhere = await outsider.ask('classroom:project', {
      classroomId: other.classroomId,
      key: projectorKey,
    });
    expect(elsewhere.ok ? 'ok' : elsewhere.error.code).toBe('UNAUTHORIZED');
    const console = await outsider.ask('classroom:watch', { classroomId, token: projectorKey });
    expect(console.ok ? 'ok' : console.error.code).toBe('UNAUTHORIZED');
    const command = await outsider.ask('classroom:command', {
      classroomId,
      token: projectorKey,
      command: { type: 'tables:pause', target: 'all' },
    });
    expect(command.ok ? 'ok' : command.error.code).toBe('UNAUTHORIZED');
    expect(outsider.received.some((entry) => entry.event === 'classroom:projector')).toBe(false);
    expect(outsider.received.some((entry) => entry.event === 'classroom:console')).toBe(false);

    const screen = await connect(server, 'Projector');
    const first = ok(
      await screen.ask<ProjectorMessage>('classroom:project', { classroomId, key: projectorKey }),
    );
    expect(first.tables.map((table) => table.tableNumber)).toEqual([1, 2]);
    expect(first.title).toBe('Econ 2B');
  });

  it('carries the public figures of every table and an anonymised leaderboard, never a name, a token or a sheet', async () => {
    const server = await startServer({ botDelayMs: 60_000 });
    servers.push(server);
    const { facilitator, created, students, command } = await startedClass(server);
    const classroomId = created.classroomId;
    const { projectorKey } = ok(
      await facilitator.ask<ProjectorLink>('classroom:projectorLink', { classroomId, token: created.token }),
    );
    const screen = await connect(server, 'Projector');
    ok(await screen.ask<ProjectorMessage>('classroom:project', { classroomId, key: projectorKey }));

    ok(await command({ type: 'tables:skip', target: 'all' }));
    const tables = ok(
      await facilitator.ask<{ tables: { tableId: string }[] }>('classroom:watch', {
        classroomId,
        token: created.token,
      }),
    ).tables;
    const injected = ok(
      await command({ type: 'shock:inject', target: [tables[1]!.tableId], shockId: 'sale-rumour' }),
    );
    expect(injected.outcomes).toEqual([{ tableId: tables[1]!.tableId, ok: true }]);
    await screen.until(
      (player) =>
        projectors(player).some((message) => message.headlines.some((line) => line.tableNumber === 2)),
      5000,
      "table 2's shock on the ticker",
    );
    const latest = projectors(screen).at(-1)!;
    expect(latest.tables.map((table) => table.phase)).toEqual(['news', 'news']);
    expect(latest.tables.every((table) => table.yieldPath.length > 0)).toBe(true);
    expect(latest.leaderboard.map((entry) => entry.role)).toEqual([
      'tokyo',
      'whiteHouse',
      'investors',
      'usBusiness',
    ]);

    const everything = screen.received.filter(
      (entry) => entry.event.includes('projector') || entry.event.includes('project'),
    );
    const text = JSON.stringify(everything);
    for (const { joined } of students) {
      expect(text).not.toContain(joined.name);
      expect(text).not.toContain(joined.token);
    }
    expect(text).not.toContain(created.token);
    expect(
      [...keysOf(everything.map((entry) => entry.payload))].filter(
        (key) => !PROJECTOR_KEYS.has(key) && key !== 'ok' && key !== 'data',
      ),
    ).toEqual([]);
    // The projector socket hears nothing else of the session.
    expect(new Set(screen.received.map((entry) => entry.event))).toEqual(
      new Set(['ack:classroom:project', 'classroom:projector']),
    );
  });

  it("shows the facilitator's choice of table large: projector:focus, refused for a table of another session", async () => {
    const server = await startServer({ botDelayMs: 60_000 });
    servers.push(server);
    const { facilitator, created, command } = await startedClass(server);
    const classroomId = created.classroomId;
    const { projectorKey } = ok(
      await facilitator.ask<ProjectorLink>('classroom:projectorLink', { classroomId, token: created.token }),
    );
    const screen = await connect(server, 'Projector');
    const first = ok(
      await screen.ask<ProjectorMessage>('classroom:project', { classroomId, key: projectorKey }),
    );
    expect(first.focus).toBeNull();
    const second = first.tables[1]!.tableId;

    const stranger = await command({ type: 'projector:focus', tableId: 'not-a-table' });
    expect(stranger.ok ? 'ok' : stranger.error.code).toBe('NOT_FOUND');
    expect(ok(await command({ type: 'projector:focus', tableId: second })).outcomes).toEqual([
      { tableId: second, ok: true },
    ]);
    await screen.until((player) => projectors(player).at(-1)?.focus === second, 5000, 'table 2 large');
    ok(await command({ type: 'projector:focus', tableId: null }));
    await screen.until((player) => projectors(player).at(-1)?.focus === null, 5000, 'every table again');
  });

  it('keeps the table shown large across a restart of the server', async () => {
    const store = new MemoryGameStore();
    const server = await startServer({ botDelayMs: 60_000, store });
    servers.push(server);
    const { facilitator, created, command } = await startedClass(server);
    const classroomId = created.classroomId;
    const { projectorKey } = ok(
      await facilitator.ask<ProjectorLink>('classroom:projectorLink', { classroomId, token: created.token }),
    );
    const second = server.classrooms.get(classroomId)!.tables[1]!;
    ok(await command({ type: 'projector:focus', tableId: second }));

    for (const socket of sockets) socket.close();
    sockets = [];
    await server.close();
    servers = [];
    const again = await startServer({ botDelayMs: 60_000, store });
    servers.push(again);
    const screen = await connect(again, 'Projector');
    const shown = ok(
      await screen.ask<ProjectorMessage>('classroom:project', { classroomId, key: projectorKey }),
    );
    expect(shown.focus).toBe(second);
  });

  it("shows the session's join link and QR code while the room comes in, and not once a table has started", async () => {
    const server = await startServer({ botDelayMs: 60_000, publicUrl: 'http://192.168.1.20:3000' });
    servers.push(server);
    const facilitator = await connect(server, 'Ms Sato');
    const created = ok(await facilitator.ask<CreatedClassroom>('classroom:create', { title: 'Econ 2B' }));
    const classroomId = created.classroomId;
    const { projectorKey } = ok(
      await facilitator.ask<ProjectorLink>('classroom:projectorLink', { classroomId, token: created.token }),
    );
    const screen = await connect(server, 'Projector');
    const first = ok(
      await screen.ask<ProjectorMessage>('classroom:project', { classroomId, key: projectorKey }),
    );
    expect(first.join).toEqual({ url: created.joinUrl, qrSvg: created.joinQrSvg });
    expect(first.join?.url).toBe(`http://192.168.1.20:3000/#/class/${created.code}`);
    expect(first.join?.qrSvg).toContain('<svg');

    const student = await connect(server, 'Student');
    ok(await student.ask<JoinedClassroom>('classroom:join', { code: created.code, name: 'Aiko' }));
    const command = (body: Record<string, unknown>) =>
      facilitator.ask<ClassroomCommandResult>('classroom:command', {
        classroomId,
        token: created.token,
        command: body,
      });
    ok(await command({ type: 'tables:form' }));
    await screen.until(
      (socket) => projectors(socket).some((sent) => sent.tables.length === 1),
      5000,
      'a table',
    );
    // Formed but in its lobby: people are still sitting down, the code stays up.
    expect(projectors(screen).at(-1)?.join?.url).toBe(created.joinUrl);
    ok(await command({ type: 'tables:start', target: 'all' }));
    await screen.until(
      (socket) => projectors(socket).at(-1)?.tables[0]?.phase === 'briefing',
      5000,
      'the table started',
    );
    expect(projectors(screen).at(-1)?.join).toBeNull();
  });

  it('has no join QR code when the server knows no public address', async () => {
    const server = await startServer({ botDelayMs: 60_000, host: '127.0.0.1' });
    servers.push(server);
    const facilitator = await connect(server, 'Ms Sato');
    const created = ok(await facilitator.ask<CreatedClassroom>('classroom:create', {}));
    const { projectorKey } = ok(
      await facilitator.ask<ProjectorLink>('classroom:projectorLink', {
        classroomId: created.classroomId,
        token: created.token,
      }),
    );
    const projected = ok(
      await facilitator.ask<ProjectorMessage>('classroom:project', {
        classroomId: created.classroomId,
        key: projectorKey,
      }),
    );
    expect(created.joinUrl).toBeNull();
    expect(projected.join).toBeNull();
  });
});
