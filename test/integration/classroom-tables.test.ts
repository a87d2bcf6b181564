import { afterEach, describe, expect, it } from 'vitest';
import { MemoryGameStore } from '../../server/store/memory-store.ts';
import type { ClassroomConsoleMessage } from '../../shared/protocol/classroom.ts';
import { parseCsv } from '../fixtures/read-csv.ts';
import { ClassroomRig, latestConsole, ok, seatedOf, untilConsole } from './classroom-helpers.ts';
import { FakeClock } from './fake-clock.ts';

const rig = new ClassroomRig();
afterEach(() => rig.closeAll());

describe("a class session's tables are joined through the session", () => {
  it("refuses game:join and seat:request with a table's own code, before and after a restart, and shows members no code", async () => {
    const store = new MemoryGameStore();
    const server = await rig.serve({ store });
    const { facilitator, students, command } = await rig.classWith(server, 4, { tableSize: 4 });
    ok(await command({ type: 'tables:form' }));
    await untilConsole(facilitator, (console) => console.tables.length === 1, 'one table');
    const tableId = latestConsole(facilitator)!.tables[0]!.tableId;
    const tableCode = server.registry.get(tableId)!.code;

    const stranger = await rig.connect(server, 'Stranger');
    const direct = await stranger.ask('game:join', { code: tableCode, name: 'Stranger' });
    expect(direct).toMatchObject({ ok: false, error: { code: 'CLASS_TABLE' } });
    expect(!direct.ok && direct.error.message).toMatch(/class code/);
    expect(
      await stranger.ask('seat:request', { code: tableCode, name: 'Stranger', role: 'tokyo' }),
    ).toMatchObject({ ok: false, error: { code: 'CLASS_TABLE' } });
    // Nothing changed at the table: the four students and the facilitator's host seat, nobody else.
    expect(
      server.registry
        .get(tableId)!
        .lobby.everyone()
        .map((person) => person.name),
    ).toEqual(['Facilitator', 'Student 1', 'Student 2', 'Student 3', 'Student 4']);

    // A member at the table is told no code that would invite others: neither in the seat nor the roster.
    const first = students[0]!;
    await first.socket.until((socket) => seatedOf(socket) !== undefined, 5000, 'seated');
    const resumed = await first.socket.resume(tableId, first.joined.token);
    expect(resumed.code).toBeNull();
    await first.socket.until((socket) => socket.roster !== null, 5000, 'the roster');
    expect(first.socket.roster!.code).toBeNull();
    expect(JSON.stringify(first.socket.received)).not.toContain(tableCode);

    // The table remembers its session across a restart: its code still seats nobody.
    await rig.stop(server);
    const again = await rig.serve({ store });
    expect(again.registry.get(tableId)?.code).toBe(tableCode);
    const later = await rig.connect(again, 'Later');
    expect(await later.ask('game:join', { code: tableCode, name: 'Later' })).toMatchObject({
      ok: false,
      error: { code: 'CLASS_TABLE' },
    });
    await store.close();
  });

  it('still lets people join an ordinary game with its code', async () => {
    const server = await rig.serve();
    const host = await rig.connect(server, 'Host');
    const created = await host.create({ mode: 'multiplayer', role: 'tokyo' });
    expect(created.code).toMatch(/^[A-Z0-9]{6}$/);
    const guest = await rig.connect(server, 'Guest');
    expect((await guest.join(created.code, 'whiteHouse')).code).toBe(created.code);
  });
});

describe("the facilitator names a team's captain from the console", () => {
  it('makes the named member the captain who signs, shown on the console and to the table; a wrong token or person changes nothing', async () => {
    const server = await rig.serve();
    const { facilitator, students, command } = await rig.classWith(server, 5, { tableSize: 5 });
    ok(await command({ type: 'tables:form' }));
    await untilConsole(facilitator, (console) => console.tables.length === 1, 'one table');
    const table = latestConsole(facilitator)!.tables[0]!;
    const tokyo = table.seats.find((seat) => seat.role === 'tokyo')!;
    expect(tokyo.people.map((person) => person.name)).toEqual(['Student 1', 'Student 5']);
    const [first, second] = tokyo.people;
    // The first seated captains a team until someone names another.
    expect(tokyo.captainId).toBe(first!.id);

    // Without the facilitator's token, or for someone not at the table, nothing changes.
    expect(
      await command({ type: 'team:captain', tableId: table.tableId, personId: second!.id }, 'z'.repeat(32)),
    ).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(
      await command({ type: 'team:captain', tableId: table.tableId, personId: 'person99' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await command({ type: 'team:captain', tableId: 'no-such-table', personId: second!.id }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await command({ type: 'team:captain', tableId: table.tableId, personId: 'Ken' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_COMMAND' },
    });
    expect(server.registry.get(table.tableId)!.roster.seats[0]!.captainId).toBe(first!.id);

    expect(ok(await command({ type: 'team:captain', tableId: table.tableId, personId: second!.id }))).toEqual(
      { outcomes: [{ tableId: table.tableId, ok: true }] },
    );
    await untilConsole(
      facilitator,
      (console) => console.tables[0]!.seats[0]!.captainId === second!.id,
      'the new captain on the console',
    );
    // The table's people hear it in their roster: the named member now signs for Tokyo.
    const fifth = students[4]!;
    await fifth.socket.until((socket) => seatedOf(socket) !== undefined, 5000, 'seated');
    await fifth.socket.resume(table.tableId, fifth.joined.token);
    const seat = fifth.socket.roster!.seats.find((entry) => entry.role === 'tokyo')!;
    expect(seat).toMatchObject({ captainId: second!.id, signerId: second!.id });
  });
});

describe("a class session's idle seats", () => {
  it("are taken over at the facilitator's limit and level, and the console shows who plays them", async () => {
    const clock = new FakeClock();
    const server = await rig.serve({ clock });
    const { facilitator, students, command } = await rig.classWith(server, 4, {
      idleTakeover: { afterSeconds: 60, level: 'hard' },
    });
    ok(await command({ type: 'tables:form' }));
    await clock.advance(1000);
    await untilConsole(facilitator, (console) => console.tables.length === 1, 'one table');
    const tableId = latestConsole(facilitator)!.tables[0]!.tableId;
    for (const student of students) {
      await student.socket.until((socket) => seatedOf(socket) !== undefined, 5000, 'seated');
      await student.socket.resume(tableId, student.joined.token);
    }
    const table = server.registry.get(tableId)!;
    expect(table.settings.idleTakeover).toEqual({ afterSeconds: 60, level: 'hard' });
    ok(await command({ type: 'tables:start', target: 'all' }));
    // The White House's only person leaves: away, the seat is warned 30 s before the limit, then a bot plays it.
    const whiteHouse = (console: ClassroomConsoleMessage) =>
      console.tables[0]!.seats.find((seat) => seat.role === 'whiteHouse')!;
    students[1]!.socket.close();
    await untilConsole(facilitator, (console) => !whiteHouse(console).connected, 'the White House away');
    await clock.advance(1000);
    const left = clock.now();
    // Each step, and the console's pace after it (250 ms).
    await clock.advance(30_500);
    await untilConsole(facilitator, (console) => whiteHouse(console).control !== null, 'warned');
    expect(whiteHouse(latestConsole(facilitator)!).control).toEqual({
      status: 'warned',
      since: left + 30_000,
      takeoverAt: left + 60_000,
    });
    await clock.advance(30_000);
    await untilConsole(
      facilitator,
      (console) => whiteHouse(console).control?.status === 'bot',
      'a bot plays',
    );
    expect(whiteHouse(latestConsole(facilitator)!)).toEqual({
      role: 'whiteHouse',
      kind: 'human',
      people: [{ id: expect.any(String), name: 'Student 2', connected: false }],
      captainId: expect.any(String),
      connected: false,
      handedIn: false,
      control: { status: 'bot', since: left + 60_000, level: 'hard' },
      score: expect.any(Number),
    });
  });
});

describe("the console's Skip", () => {
  it('skips the phase each table showed when it was pressed, never the next one after a timeout on the way', async () => {
    const server = await rig.serve();
    const { facilitator, command } = await rig.classWith(server, 8, { tableSize: 4 });
    ok(await command({ type: 'tables:form' }));
    await untilConsole(facilitator, (console) => console.tables.length === 2, 'two tables');
    ok(await command({ type: 'tables:start', target: 'all' }));
    const [first, second] = latestConsole(facilitator)!.tables.map((table) => table.tableId) as [
      string,
      string,
    ];
    const phaseOf = (tableId: string) => server.registry.get(tableId)!.engine.state.phase;
    expect([phaseOf(first), phaseOf(second)]).toEqual(['briefing', 'briefing']);

    // The first table's briefing ends before the press arrives (as a timeout would end it): the console
    // still showed the briefing, so that table is left in the news and the other one skips its briefing.
    ok(await command({ type: 'tables:skip', target: [first] }));
    expect(phaseOf(first)).toBe('news');
    const seen = [first, second].map((tableId) => ({ tableId, round: 0, phase: 'briefing' as const }));
    expect(ok(await command({ type: 'tables:skip', target: 'all', seen }))).toEqual({
      outcomes: [
        { tableId: first, ok: false, code: 'STALE_VERSION' },
        { tableId: second, ok: true },
      ],
    });
    expect([phaseOf(first), phaseOf(second)]).toEqual(['news', 'news']);
    // Without `seen` (an older console) Skip ends whatever phase each table is in, as before.
    ok(await command({ type: 'tables:skip', target: [first] }));
    expect(phaseOf(first)).toBe('negotiate');
  });
});

describe('the session export names who in a team wrote each team message', () => {
  it('fills the author column of team-chat rows and of every command a person sent, and leaves it empty elsewhere, for the facilitator only', async () => {
    const server = await rig.serve();
    const { facilitator, created, students, command } = await rig.classWith(server, 5, { tableSize: 5 });
    ok(await command({ type: 'tables:form' }));
    await untilConsole(facilitator, (console) => console.tables.length === 1, 'one table');
    const tableId = latestConsole(facilitator)!.tables[0]!.tableId;
    // Tokyo is Students 1 and 5; the White House is Student 2.
    const [one, two, , , five] = students;
    for (const student of [one!, two!, five!]) {
      await student.socket.until((socket) => seatedOf(socket) !== undefined, 5000, 'seated');
      await student.socket.resume(tableId, student.joined.token);
    }
    ok(await command({ type: 'tables:start', target: 'all' }));
    ok(await command({ type: 'tables:skip', target: 'all' }));
    ok(await command({ type: 'tables:skip', target: 'all' }));
    await five!.socket.untilPhase('negotiate', 1);
    await five!.socket.commandOk({ type: 'chat:team', message: { text: 'we hold for now' } });
    await one!.socket.commandOk({ type: 'chat:team', message: { text: 'agreed then' } });
    await one!.socket.commandOk({
      type: 'chat:private',
      message: { to: ['whiteHouse'], text: 'a word in private' },
    });
    await two!.socket.until(
      (socket) => socket.view!.channels.some((channel) => channel.messages.length === 1),
      5000,
      'the private word',
    );
    // Each member's view says who wrote each team message, by the roster's person id too.
    await five!.socket.until(
      (socket) => socket.view!.channels.find((channel) => channel.id === 'tokyo')?.messages.length === 2,
      5000,
      'both team messages',
    );
    expect(
      five!.socket
        .view!.channels.find((channel) => channel.id === 'tokyo')!
        .messages.map((message) => [message.author, message.authorId]),
    ).toEqual([
      ['Student 5', five!.socket.joined!.personId],
      ['Student 1', one!.socket.joined!.personId],
    ]);
    ok(await command({ type: 'tables:end', target: 'all' }));
    await server.registry.get(tableId)!.settled();

    const response = await fetch(`${server.url}/api/sessions/${created.classroomId}/export.csv`, {
      headers: { Authorization: `Bearer ${created.token}` },
    });
    const [header, ...rows] = parseCsv(await response.text()) as [string[], ...string[][]];
    expect(header.at(-1)).toBe('author');
    const column = (name: string) => header.indexOf(name);
    const messages = rows.filter((row) => row[column('kind')] === 'message');
    expect(messages.map((row) => [row[column('type')], row[column('text')], row[column('author')]])).toEqual([
      ['tokyo', 'we hold for now', 'Student 5'],
      ['tokyo', 'agreed then', 'Student 1'],
      ['tokyo+whiteHouse', 'a word in private', ''],
    ]);
    const teamEvents = rows.filter(
      (row) => row[column('kind')] === 'event' && row[column('type')] === 'chat:team',
    );
    expect(teamEvents.map((row) => row[column('author')])).toEqual(['Student 5', 'Student 1']);
    // Every command a person sent names them on its event row, the private word too (its message row,
    // the seat's, does not); the facilitator's commands are the host's, with no author.
    const commands = rows.filter((row) => row[column('kind')] === 'event' && row[column('id')] !== '');
    const privateWord = commands.filter((row) => row[column('type')] === 'chat:private');
    expect(privateWord.map((row) => row[column('author')])).toEqual(['Student 1']);
    expect(commands.every((row) => (row[column('author')] === '') === (row[column('role')] === 'host'))).toBe(
      true,
    );
    // Every other row names no author (a handed-in sheet's rows would name its sender).
    const others = rows.filter(
      (row) => !messages.includes(row) && !commands.includes(row) && row[column('type')] !== 'handedIn',
    );
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((row) => row[column('author')] === '')).toBe(true);

    // What the players see is as before: the White House never has Tokyo's team channel.
    expect(two!.socket.view!.channels.map((channel) => channel.id)).toEqual(['tokyo+whiteHouse']);
    expect(JSON.stringify(two!.socket.received)).not.toContain('we hold for now');
  });
});
