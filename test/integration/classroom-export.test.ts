import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { MemoryGameStore } from '../../server/store/memory-store.ts';
import {
  SESSION_EXPORT_COLUMNS,
  SESSION_EXPORT_FORMAT,
  type SessionExport,
} from '../../shared/debrief/session-export.ts';
import type {
  ClassroomCommandResult,
  CreatedClassroom,
  JoinedClassroom,
} from '../../shared/protocol/classroom.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import { closeAfterEach, startServer, TestPlayer } from './harness.ts';

let server: LeverageServerHandle | null = null;
let sockets: TestPlayer[] = [];

closeAfterEach(() => ({ players: sockets, servers: [server] }));

function ok<T>(answer: Ack<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

async function connect(url: string, name: string) {
  const socket = await TestPlayer.connect(url, name);
  sockets.push(socket);
  return socket;
}

async function get(path: string, token?: string) {
  const response = await fetch(`${server!.url}${path}`, {
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

const WHISPER = 'Table one, quietly: we could sell.';

describe('the export of a class session', () => {
  it('is the facilitator’s alone (401 without a token, 403 with another’s), and holds every table’s accepted moves with its number once they end', async () => {
    const store = new MemoryGameStore();
    server = await startServer({ botDelayMs: 60_000, store });
    const facilitator = await connect(server.url, 'Ms Sato');
    const created = ok(await facilitator.ask<CreatedClassroom>('classroom:create', { title: 'Econ 2B' }));
    const students: { socket: TestPlayer; joined: JoinedClassroom }[] = [];
    for (let n = 1; n <= 8; n++) {
      const socket = await connect(server.url, `Student ${n}`);
      const joined = ok(
        await socket.ask<JoinedClassroom>('classroom:join', { code: created.code, name: `Student ${n}` }),
      );
      students.push({ socket, joined });
    }
    const command = (body: Record<string, unknown>) =>
      facilitator.ask<ClassroomCommandResult>('classroom:command', {
        classroomId: created.classroomId,
        token: created.token,
        command: body,
      });
    const path = (format: 'json' | 'csv') => `/api/sessions/${created.classroomId}/export.${format}`;

    // Refused: no token, a student's, another session's facilitator's; an unknown session is not found.
    const none = await get(path('csv'));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(JSON.parse(none.body)).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    expect((await get(path('json'), students[0]!.joined.token)).status).toBe(403);
    const other = ok(await facilitator.ask<CreatedClassroom>('classroom:create', { title: 'Other' }));
    const foreign = await get(path('json'), other.token);
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await get('/api/sessions/no-such-session/export.json', created.token)).status).toBe(404);
    // Before any table starts there is nothing but the session itself.
    const empty = JSON.parse((await get(path('json'), created.token)).body) as SessionExport;
    expect(empty).toMatchObject({
      format: SESSION_EXPORT_FORMAT,
      session: { classroomId: created.classroomId, code: created.code, title: 'Econ 2B' },
      tables: [],
    });

    // Two tables of four; table 1's Tokyo speaks in public and whispers to its White House.
    ok(await command({ type: 'tables:form' }));
    ok(await command({ type: 'tables:start', target: 'all' }));
    const classroom = server.classrooms.get(created.classroomId)!;
    expect(classroom.tables).toHaveLength(2);
    const [first, second] = classroom.tables.map((id) => server!.registry.get(id)!);
    const tokyoMember = [...classroom.members.values()].find(
      (member) => member.seat?.tableId === first!.id && member.seat.role === 'tokyo',
    )!;
    const tokyoStudent = students.find((student) => student.joined.personId === tokyoMember.id)!;
    const tokyo = tokyoStudent.socket;
    await tokyo.resume(first!.id, tokyoStudent.joined.token);
    ok(await command({ type: 'tables:skip', target: [first!.id] }));
    ok(await command({ type: 'tables:skip', target: [first!.id] }));
    await tokyo.untilPhase('negotiate', 1);
    await tokyo.commandOk({ type: 'chat:statement', statement: { text: 'Japan holds.', signal: 'denial' } });
    await tokyo.commandOk({ type: 'chat:private', message: { to: ['whiteHouse'], text: WHISPER } });

    // While the tables run: each table's public record, numbered; no whisper, no sheet, no log.
    const running = JSON.parse((await get(path('json'), created.token)).body) as SessionExport;
    expect(running.tables.map((entry) => [entry.table, entry.export.game.gameId])).toEqual([
      ['1', first!.id],
      ['2', second!.id],
    ]);
    expect(running.tables[0]!.export.debrief.statements.map((s) => s.text)).toEqual(['Japan holds.']);
    expect(JSON.stringify(running)).not.toContain(WHISPER);
    expect(running.tables.every((entry) => entry.export.log.length === 0)).toBe(true);

    // The facilitator speaks to table 1, then to every table: the export keeps both, with the tables reached.
    ok(await command({ type: 'message:broadcast', target: [first!.id], text: 'Table 1: two minutes.' }));
    ok(await command({ type: 'message:broadcast', target: 'all', text: 'Pens down everyone.' }));

    ok(await command({ type: 'tables:end', target: 'all' }));
    await Promise.all([first!, second!].map((game) => game.settled()));
    const csv = await get(path('csv'), created.token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="leverage-class-${created.code}-${created.classroomId}.csv"`,
    );
    // UTF-8's byte-order mark first, for Excel (the fetch's text() drops it, as a spreadsheet does).
    const raw = await fetch(`${server.url}${path('csv')}`, {
      headers: { Authorization: `Bearer ${created.token}` },
    }).then((response) => response.arrayBuffer());
    expect([...new Uint8Array(raw, 0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(SESSION_EXPORT_COLUMNS.join(','));
    const rows = lines.slice(1).map((line) => line.split(','));
    // Every accepted input of each table is an event row under that table's number, by its command id.
    for (const [index, game] of [first!, second!].entries()) {
      const log = await server.store.readLog(game.id);
      const events = rows.filter((row) => row[0] === String(index + 1) && row[1] === 'event');
      expect(events.length).toBe(log.length);
      for (const { event } of log)
        if ('command' in event) expect(events.some((row) => row[5] === event.command.commandId)).toBe(true);
    }
    // The whisper: once as its command (an event row) and once as a message, both at table 1 only.
    const whispers = lines.filter((line) => line.includes(WHISPER));
    expect(whispers.map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['1,event', '1,message']);
    expect(whispers[1]).toMatch(/^1,message,1,\d+,tokyo,/);
    // Each message is a broadcast row after the rows of every table it reached, the facilitator its sender.
    const broadcasts = rows.filter((row) => row[1] === 'broadcast');
    expect(broadcasts.map((row) => [row[0], row[4], row[9]])).toEqual([
      ['1', 'host', 'Table 1: two minutes.'],
      ['1', 'host', 'Pens down everyone.'],
      ['2', 'host', 'Pens down everyone.'],
    ]);
    expect(rows.findIndex((row) => row[0] === '2')).toBeGreaterThan(rows.indexOf(broadcasts[1]!));
    // Table 1's Tokyo's whisper names the student who sent it.
    expect(whispers[0]!.split(',').at(-1)).toBe(tokyoMember.name);
    const data = JSON.parse((await get(path('json'), created.token)).body) as SessionExport;
    expect(data.broadcasts.map(({ text, tables }) => [text, tables])).toEqual([
      ['Table 1: two minutes.', ['1']],
      ['Pens down everyone.', ['1', '2']],
    ]);
    expect(data.broadcasts.every(({ at }) => Number.isInteger(at) && at > 0)).toBe(true);
    // A table's own export names it by its number, as the class does (its questions too: never its code).
    for (const [index, game] of [first!, second!].entries()) {
      const own = JSON.parse((await get(`/api/games/${game.id}/export.json`, created.token)).body);
      expect(own.game.table).toBe(String(index + 1));
      expect(own.questions).toEqual(data.tables[index]!.export.questions);
      expect(data.tables[index]!.export.game.table).toBe(String(index + 1));
    }
    expect(data.comparison.map((row) => [row.label, row.ended])).toEqual([
      ['1', true],
      ['2', true],
    ]);

    // After a restart an ended session is not brought back, but its facilitator still gets its export,
    // read from the store, and still alone.
    for (const socket of sockets) socket.close();
    sockets = [];
    await server.close();
    server = await startServer({ store });
    expect(server.classrooms.get(created.classroomId)).toBeUndefined();
    const again = await get(path('csv'), created.token);
    expect(again.status).toBe(200);
    expect(again.body).toBe(csv.body);
    expect((await get(path('json'), students[0]!.joined.token)).status).toBe(403);
    expect((await get(path('json'))).status).toBe(401);
  });
});
