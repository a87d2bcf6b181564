import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { MemoryGameStore } from '../../server/store/memory-store.ts';
import type {
  ClassroomCommandResult,
  ClassroomConsoleMessage,
  CreatedClassroom,
  JoinedClassroom,
  TableSummary,
} from '../../shared/protocol/classroom.ts';
import { latestConsole, ok, seatedOf, untilConsole } from './classroom-helpers.ts';
import { closeAfterEach, startServer, TestPlayer } from './harness.ts';

let servers: LeverageServerHandle[] = [];
const sockets: TestPlayer[] = [];

closeAfterEach(() => ({ players: sockets, servers }));

async function serve(options: Parameters<typeof startServer>[0] = {}) {
  const server = await startServer({ botDelayMs: 60_000, ...options });
  servers.push(server);
  return server;
}

async function connect(server: LeverageServerHandle, name: string) {
  const socket = await TestPlayer.connect(server.url, name);
  sockets.push(socket);
  return socket;
}

const consoles = (socket: TestPlayer) =>
  socket.received
    .filter((entry) => entry.event === 'classroom:console')
    .map((entry) => entry.payload as ClassroomConsoleMessage);

/** A facilitator with an open console, and `count` students who joined with the code. */
async function classWith(
  server: LeverageServerHandle,
  count: number,
  settings: Record<string, unknown> = {},
) {
  const facilitator = await connect(server, 'Ms Sato');
  const created = ok(
    await facilitator.ask<CreatedClassroom>('classroom:create', { title: 'Econ 2B', ...settings }),
  );
  ok(await facilitator.ask('classroom:watch', { classroomId: created.classroomId, token: created.token }));
  const students: { socket: TestPlayer; joined: JoinedClassroom }[] = [];
  for (let n = 1; n <= count; n++) {
    const socket = await connect(server, `Student ${n}`);
    const joined = ok(
      await socket.ask<JoinedClassroom>('classroom:join', {
        code: created.code.toLowerCase(),
        name: `Student ${n}`,
      }),
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

const seatPeople = (table: TableSummary, role: string) =>
  table.seats.find((seat) => seat.role === role)!.people.map((person) => person.name);

describe('a class session', () => {
  it("tells the console how many rounds its tables will play before any table is formed: the session's choice, else its preset's", async () => {
    const server = await serve();
    const watched = async (settings: Record<string, unknown>) => {
      const facilitator = await connect(server, 'Ms Sato');
      const created = ok(await facilitator.ask<CreatedClassroom>('classroom:create', settings));
      return ok(
        await facilitator.ask<ClassroomConsoleMessage>('classroom:watch', {
          classroomId: created.classroomId,
          token: created.token,
        }),
      );
    };
    expect(await watched({})).toMatchObject({ rounds: 4, tables: [] });
    expect(await watched({ preset: 'workshop90' })).toMatchObject({ rounds: 6, tables: [] });
    expect(await watched({ preset: 'workshop90', rounds: 3 })).toMatchObject({ rounds: 3, tables: [] });
  });

  it('seats 13 students at tables of 5 as documented: 5, 5 and 3, Tokyo teams of two, a bot for US businesses at the short table', async () => {
    const server = await serve({ publicUrl: 'http://192.168.1.20:3000' });
    const { facilitator, students, command, created } = await classWith(server, 13, { tableSize: 5 });
    expect(created.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);
    expect(created.joinUrl).toBe(`http://192.168.1.20:3000/#/class/${created.code}`);
    expect(created.joinQrSvg).toContain('<svg');

    const formed = ok(await command({ type: 'tables:form' }));
    expect(formed.outcomes).toHaveLength(3);
    await untilConsole(facilitator, (console) => console.tables.length === 3, 'three tables on the console');
    const tables = latestConsole(facilitator)!.tables;
    expect(tables.map((table) => table.tableNumber)).toEqual([1, 2, 3]);
    expect(seatPeople(tables[0]!, 'tokyo')).toEqual(['Student 1', 'Student 5']);
    expect(seatPeople(tables[1]!, 'tokyo')).toEqual(['Student 6', 'Student 10']);
    expect(tables[2]!.seats.map((seat) => seat.kind)).toEqual(['human', 'human', 'human', 'bot']);
    expect(seatPeople(tables[2]!, 'investors')).toEqual(['Student 13']);
    expect(tables.every((table) => table.phase === 'lobby')).toBe(true);

    // Every student hears where they sit, and their session token opens that seat.
    const fifth = students[4]!;
    await fifth.socket.until((socket) => seatedOf(socket) !== undefined, 5000, 'seated');
    expect(seatedOf(fifth.socket)).toMatchObject({
      tableId: tables[0]!.tableId,
      tableNumber: 1,
      role: 'tokyo',
    });
    const resumed = await fifth.socket.resume(tables[0]!.tableId, fifth.joined.token);
    expect(resumed).toMatchObject({ role: 'tokyo', isHost: false });
    const last = students[12]!;
    await last.socket.until((socket) => seatedOf(socket) !== undefined, 5000, 'seated');
    expect(seatedOf(last.socket)).toMatchObject({ tableNumber: 3, role: 'investors' });
    // The people list says where everyone is.
    await untilConsole(
      facilitator,
      (console) => console.people.every((person) => person.seat !== null),
      'everyone seated',
    );
  });

  it('refuses facilitator commands and the console without the token, and changes nothing', async () => {
    const server = await serve();
    const { facilitator, students, command, created } = await classWith(server, 4);
    const student = students[0]!.socket;
    const before = server.registry.size;
    // Listening on loopback with no public address: no link a classroom could open, so none is offered.
    expect(created.joinUrl).toBeNull();
    expect(created.joinQrSvg).toBeNull();

    const wrong = await command({ type: 'tables:form' }, 'x'.repeat(32));
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    // A student holds a token of this session, but not the facilitator's.
    const asStudent = await student.ask('classroom:command', {
      classroomId: created.classroomId,
      token: students[0]!.joined.token,
      command: { type: 'tables:form' },
    });
    expect(asStudent).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const missing = await student.ask('classroom:command', {
      classroomId: created.classroomId,
      command: { type: 'tables:form' },
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_COMMAND' } });
    const spy = await student.ask('classroom:watch', {
      classroomId: created.classroomId,
      token: students[0]!.joined.token,
    });
    expect(spy).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(server.registry.size).toBe(before);
    expect(student.received.some((entry) => entry.event === 'classroom:console')).toBe(false);
    // Nothing any student received carries the facilitator's token.
    for (const { socket } of students) expect(JSON.stringify(socket.received)).not.toContain(created.token);

    // With the token, the same command forms the table; then a wrong token cannot pause it.
    ok(await command({ type: 'tables:form' }));
    ok(await command({ type: 'tables:start', target: 'all' }));
    const [tableId] = server.classrooms.get(created.classroomId)!.tables;
    const table = server.registry.get(tableId!)!;
    await table.settled();
    const version = table.engine.state.version;
    expect(await command({ type: 'tables:pause', target: 'all' }, 'y'.repeat(32))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    await table.settled();
    expect(table.engine.state.paused).toBe(false);
    expect(table.engine.state.version).toBe(version);
    await untilConsole(
      facilitator,
      (console) => console.tables.length === 1 && !console.tables[0]!.paused,
      'the table',
    );
  });

  it('injects a shock into its target tables and no others, library or custom', async () => {
    const server = await serve();
    const { command, created } = await classWith(server, 12);
    ok(await command({ type: 'tables:form' }));
    ok(await command({ type: 'tables:start', target: 'all' }));
    const tables = server.classrooms.get(created.classroomId)!.tables.map((id) => server.registry.get(id)!);
    expect(tables).toHaveLength(3);
    const [first, second, third] = tables;
    const yields = tables.map((table) => table.engine.state.market.yield10y);

    const inject = ok(await command({ type: 'shock:inject', target: [second!.id], shockId: 'sale-rumour' }));
    expect(inject.outcomes).toEqual([{ tableId: second!.id, ok: true }]);
    const custom = {
      headline: 'Rating agency puts US on watch',
      kind: 'data',
      effect: { yieldBp: 15, panic: 4 },
    };
    ok(await command({ type: 'shock:custom', target: [second!.id, third!.id], shock: custom }));
    await Promise.all(tables.map((table) => table.settled()));

    expect(first!.engine.state.shocksFired).toEqual([]);
    expect(first!.engine.state.market.yield10y).toBe(yields[0]);
    expect(second!.engine.state.shocksFired.map((shock) => shock.shockId)).toEqual([
      'sale-rumour',
      'custom-1',
    ]);
    expect(third!.engine.state.shocksFired.map((shock) => shock.shockId)).toEqual(['custom-1']);
    expect(third!.engine.state.market.yield10y).toBeGreaterThan(yields[2]! + 0.1);
    expect(third!.engine.state.news.at(-1)?.headline.params?.title).toBe('Rating agency puts US on watch');

    // A table not of this session refuses the whole command, and an unknown shock is the game's refusal.
    expect(
      await command({ type: 'shock:inject', target: [first!.id, 'elsewhere'], shockId: 'sale-rumour' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const unknown = ok(
      await command({ type: 'shock:inject', target: [first!.id], shockId: 'alien-landing' }),
    );
    expect(unknown.outcomes).toEqual([{ tableId: first!.id, ok: false, code: 'UNKNOWN_SHOCK' }]);
    expect(first!.engine.state.shocksFired).toEqual([]);
  });

  it('pauses and resumes every table, extends them, and keeps their clocks in step', async () => {
    const server = await serve();
    const { facilitator, command, created } = await classWith(server, 8);
    ok(await command({ type: 'tables:form' }));
    ok(await command({ type: 'tables:start', target: 'all' }));
    const tables = server.classrooms.get(created.classroomId)!.tables.map((id) => server.registry.get(id)!);

    const paused = ok(await command({ type: 'tables:pause', target: 'all' }));
    expect(paused.outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
    await untilConsole(
      facilitator,
      (console) => console.tables.length === 2 && console.tables.every((table) => table.paused),
      'all paused',
    );
    // Pausing again is the games' own refusal, table by table.
    const again = ok(await command({ type: 'tables:pause', target: 'all' }));
    expect(again.outcomes.map((outcome) => outcome.code)).toEqual(['WRONG_PHASE', 'WRONG_PHASE']);
    ok(await command({ type: 'tables:resume', target: 'all' }));
    await untilConsole(
      facilitator,
      (console) => console.tables.every((table) => !table.paused),
      'all running',
    );

    const [first, second] = tables;
    ok(await command({ type: 'tables:extend', target: [first!.id], seconds: 90 }));
    await first!.settled();
    const gap = first!.engine.state.deadline! - second!.engine.state.deadline!;
    expect(gap).toBeGreaterThanOrEqual(89_000);
    const aligned = ok(await command({ type: 'clocks:align', target: 'all' }));
    expect(aligned.outcomes).toEqual([{ tableId: second!.id, ok: true }]);
    await second!.settled();
    expect(Math.abs(first!.engine.state.deadline! - second!.engine.state.deadline!)).toBeLessThan(1000);
  });

  it('shows each table on the console, once per burst of changes, and broadcasts to its targets only', async () => {
    const server = await serve({ consoleFeedMs: 500 });
    const { facilitator, students, command, created } = await classWith(server, 8);
    ok(await command({ type: 'tables:form' }));
    const sentBefore = consoles(facilitator).length;
    ok(await command({ type: 'tables:start', target: 'all' }));
    await untilConsole(
      facilitator,
      (console) => console.tables.length === 2 && console.tables.every((table) => table.phase === 'briefing'),
      'briefing',
    );
    const console = latestConsole(facilitator)!;
    expect(console).toMatchObject({ classroomId: created.classroomId, code: created.code, title: 'Econ 2B' });
    for (const table of console.tables) {
      expect(table.round).toBe(0);
      expect(table.rounds).toBe(4);
      expect(table.deadline).toBeGreaterThan(Date.now());
      expect(table.market.yield10y).toBeGreaterThan(3);
      expect(table.seats.map((seat) => seat.role)).toEqual([
        'tokyo',
        'whiteHouse',
        'investors',
        'usBusiness',
      ]);
      expect(table.seats.every((seat) => seat.kind === 'human' && seat.handedIn === false)).toBe(true);
    }
    // Starting two tables changes each several times (the start, the roster, the briefing): one console or two.
    expect(consoles(facilitator).length - sentBefore).toBeLessThanOrEqual(2);

    // A student connecting to their table shows on the console as connected.
    const [tableOne] = console.tables;
    const student = students[0]!;
    await student.socket.resume(tableOne!.tableId, student.joined.token);
    await untilConsole(
      facilitator,
      (latest) =>
        latest.tables[0]!.seats[0]!.people.some((person) => person.name === 'Student 1' && person.connected),
      'student 1 connected',
    );

    // A message to table 2 reaches its players, not table 1's.
    const atTableTwo = students[4]!;
    await atTableTwo.socket.resume(console.tables[1]!.tableId, atTableTwo.joined.token);
    ok(
      await command({
        type: 'message:broadcast',
        target: [console.tables[1]!.tableId],
        text: 'Two minutes left',
      }),
    );
    await atTableTwo.socket.until(
      (socket) => socket.received.some((entry) => entry.event === 'classroom:message'),
      5000,
      'the message',
    );
    expect(student.socket.received.some((entry) => entry.event === 'classroom:message')).toBe(false);
  });

  it('places a late joiner by the rule, and survives a restart of the server', async () => {
    const store = new MemoryGameStore();
    const server = await serve({ store });
    const { command, created, students } = await classWith(server, 6);
    ok(await command({ type: 'tables:form' }));
    // Six at tables of 4: 4 and 2; the short table has bots for investors and US businesses.
    const late = await connect(server, 'Late');
    const joined = ok(
      await late.ask<JoinedClassroom>('classroom:join', { code: created.code, name: 'Late' }),
    );
    const placed = ok(await command({ type: 'person:place', personId: joined.personId }));
    const tables = server.classrooms.get(created.classroomId)!.tables;
    expect(placed.outcomes).toEqual([{ tableId: tables[1], ok: true }]);
    await late.until((socket) => seatedOf(socket) !== undefined, 5000, 'seated');
    expect(seatedOf(late)).toMatchObject({ tableNumber: 2, role: 'investors' });
    expect(server.registry.get(tables[1]!)!.lobby.botAt('investors')).toBeNull();
    // By hand: student 1 moves to table 2's US business seat (a bot's, before the start).
    ok(
      await command({
        type: 'person:place',
        personId: students[0]!.joined.personId,
        tableId: tables[1],
        role: 'usBusiness',
      }),
    );
    expect(server.registry.get(tables[0]!)!.lobby.peopleAt('tokyo')).toEqual([]);

    for (const socket of sockets) socket.close();
    await server.close();
    servers = servers.filter((kept) => kept !== server);
    const again = await serve({ store });
    expect(again.restored.classrooms).toBe(1);
    const facilitator = await connect(again, 'Ms Sato');
    const console = ok(
      await facilitator.ask<ClassroomConsoleMessage>('classroom:watch', {
        classroomId: created.classroomId,
        token: created.token,
      }),
    );
    expect(console.tables.map((table) => table.tableId)).toEqual(tables);
    expect(seatPeople(console.tables[1]!, 'usBusiness')).toEqual(['Student 1']);
    expect(console.people.find((person) => person.name === 'Late')?.seat).toMatchObject({
      tableNumber: 2,
      role: 'investors',
    });
    const back = await connect(again, 'Late');
    const resumed = ok(
      await back.ask<JoinedClassroom>('classroom:resume', {
        classroomId: created.classroomId,
        token: joined.token,
      }),
    );
    expect(resumed.seat).toMatchObject({ tableId: tables[1], role: 'investors' });
    expect(await back.resume(tables[1]!, joined.token)).toMatchObject({ role: 'investors' });
    await store.close();
  });

  it('keeps a room of 120 at 30 tables live: pausing every table shows on the console within a second', async () => {
    const server = await serve({ consoleFeedMs: 250 });
    const { facilitator, command } = await classWith(server, 120);
    ok(await command({ type: 'tables:form' }));
    ok(await command({ type: 'tables:start', target: 'all' }));
    await untilConsole(
      facilitator,
      (console) =>
        console.tables.length === 30 && console.tables.every((table) => table.phase === 'briefing'),
      '30 tables in their briefing',
    );
    const sentBefore = consoles(facilitator).length;
    const asked = performance.now();
    const paused = ok(await command({ type: 'tables:pause', target: 'all' }));
    expect(paused.outcomes.filter((outcome) => outcome.ok)).toHaveLength(30);
    await untilConsole(
      facilitator,
      (console) => console.tables.length === 30 && console.tables.every((table) => table.paused),
      'all 30 paused',
    );
    expect(performance.now() - asked).toBeLessThan(1000);
    // Thirty tables each changing at once make a console or two, not thirty.
    expect(consoles(facilitator).length - sentBefore).toBeLessThanOrEqual(3);
  }, 60_000);

  it('slows down guessing: wrong class codes and facilitator tokens count, and then even the right code waits', async () => {
    const server = await serve({
      joinLimits: { failuresPerSocket: 3, failuresPerAddress: 100, createsPerAddress: 100, windowMs: 60_000 },
    });
    const { created } = await classWith(server, 0);
    const guesser = await connect(server, 'Guesser');
    for (const code of ['ZZZZZ', 'YYYYY']) {
      expect(await guesser.ask('classroom:join', { code, name: 'Guess' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    expect(
      await guesser.ask('classroom:command', {
        classroomId: created.classroomId,
        token: 'z'.repeat(32),
        command: { type: 'tables:form' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await guesser.ask('classroom:join', { code: created.code, name: 'Guess' })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    expect(server.classrooms.get(created.classroomId)!.members.size).toBe(0);
  });
  it('stops counting a console as the first session’s watcher once it opens another session’s console', async () => {
    const server = await serve();
    const first = await classWith(server, 0);
    const second = ok(
      await first.facilitator.ask<CreatedClassroom>('classroom:create', { title: 'Econ 3A' }),
    );
    ok(
      await first.facilitator.ask('classroom:watch', {
        classroomId: second.classroomId,
        token: second.token,
      }),
    );
    const socketId = first.facilitator.socket.id!;
    expect([...server.classrooms.get(first.created.classroomId)!.watchers]).toEqual([]);
    expect([...server.classrooms.get(second.classroomId)!.watchers]).toEqual([socketId]);

    // The first session changes: a console still open on it hears, the switched one does not.
    const deputy = await connect(server, 'Ms Sato (tablet)');
    ok(
      await deputy.ask('classroom:watch', {
        classroomId: first.created.classroomId,
        token: first.created.token,
      }),
    );
    const heardBefore = consoles(first.facilitator).length;
    const student = await connect(server, 'Student 1');
    ok(await student.ask('classroom:join', { code: first.created.code, name: 'Student 1' }));
    await untilConsole(deputy, (console) => console.people.length === 1, 'the student on the first console');
    expect(
      consoles(first.facilitator)
        .slice(heardBefore)
        .filter((console) => console.classroomId === first.created.classroomId),
    ).toEqual([]);
  });
});
