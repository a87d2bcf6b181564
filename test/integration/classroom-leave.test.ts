import { afterEach, describe, expect, it } from 'vitest';
import { MemoryGameStore } from '../../server/store/memory-store.ts';
import { ClassroomRig, latestConsole, ok, untilConsole } from './classroom-helpers.ts';

const rig = new ClassroomRig();
afterEach(() => rig.closeAll());

describe('a member leaves a class session', () => {
  it('while waiting: gone from the console, the tables and the store, their token resumes nothing; once seated, refused', async () => {
    const store = new MemoryGameStore();
    const server = await rig.serve({ store });
    const { facilitator, created, students, command } = await rig.classWith(server, 3, { tableSize: 4 });
    const { classroomId } = created;
    const mistaken = students[1]!;
    const leave = { classroomId, token: mistaken.joined.token };

    expect(await mistaken.socket.ask('classroom:leave', leave)).toEqual({ ok: true, data: null });
    await untilConsole(facilitator, (console) => console.people.length === 2, 'two people');
    expect(latestConsole(facilitator)!.people.map((person) => person.name)).toEqual([
      'Student 1',
      'Student 3',
    ]);
    expect((await store.activeClassrooms())[0]!.members.map((member) => member.name)).toEqual([
      'Student 1',
      'Student 3',
    ]);
    // The token is no member's any more: no second leave, no coming back with it.
    expect(await mistaken.socket.ask('classroom:leave', leave)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await mistaken.socket.ask('classroom:resume', leave)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });

    // The tables are formed without them, and a seated member cannot leave this way.
    ok(await command({ type: 'tables:form' }));
    await untilConsole(facilitator, (console) => console.tables.length === 1, 'one table');
    const seats = latestConsole(facilitator)!.tables[0]!.seats;
    expect(seats.flatMap((seat) => seat.people.map((person) => person.name))).toEqual([
      'Student 1',
      'Student 3',
    ]);
    const seated = students[0]!;
    expect(
      await seated.socket.ask('classroom:leave', { classroomId, token: seated.joined.token }),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_PHASE' } });
    expect(latestConsole(facilitator)!.people).toHaveLength(2);
    await store.close();
  });

  it('refuses an unknown session and a malformed request', async () => {
    const server = await rig.serve();
    const { students } = await rig.classWith(server, 1);
    const { socket, joined } = students[0]!;
    expect(
      await socket.ask('classroom:leave', { classroomId: 'no-such-class', token: joined.token }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await socket.ask('classroom:leave', { classroomId: joined.classroomId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_COMMAND' },
    });
  });
});
