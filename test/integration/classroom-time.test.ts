import { afterEach, describe, expect, it } from 'vitest';
import { ClassroomRig, latestConsole, ok, untilConsole } from './classroom-helpers.ts';

const rig = new ClassroomRig();
afterEach(() => rig.closeAll());

describe("a class table's requests for more time", () => {
  it('reach the console, which grants one as the table’s host; no other seat ever sees it', async () => {
    const server = await rig.serve();
    const { facilitator, created, students, command } = await rig.classWith(server, 4);
    ok(await command({ type: 'tables:form' }));
    ok(await command({ type: 'tables:start', target: 'all' }));
    const classroom = server.classrooms.get(created.classroomId)!;
    const table = server.registry.get(classroom.tables[0]!)!;
    const at = (role: string) => {
      const member = [...classroom.members.values()].find((entry) => entry.seat?.role === role)!;
      return students.find((student) => student.joined.personId === member.id)!;
    };
    const whiteHouse = at('whiteHouse');
    const tokyo = at('tokyo');
    await whiteHouse.socket.resume(table.id, whiteHouse.joined.token);
    await tokyo.socket.resume(table.id, tokyo.joined.token);
    ok(await command({ type: 'tables:skip', target: 'all' }));
    ok(await command({ type: 'tables:skip', target: 'all' }));
    await whiteHouse.socket.untilPhase('negotiate', 1);

    const asked = await whiteHouse.socket.commandOk({ type: 'time:request', seconds: 60 });
    await untilConsole(
      facilitator,
      (console) => console.tables[0]!.timeRequests.length === 1,
      'the request on the console',
    );
    expect(latestConsole(facilitator)!.tables[0]!.timeRequests).toEqual([
      { id: asked.requestId, role: 'whiteHouse', seconds: 60, at: expect.any(Number) },
    ]);

    await table.settled();
    const before = table.engine.state.deadline!;
    const granted = ok(await command({ type: 'time:grant', tableId: table.id, requestId: asked.requestId }));
    expect(granted.outcomes).toEqual([{ tableId: table.id, ok: true }]);
    await table.settled();
    expect(table.engine.state.deadline! - before).toBe(60_000);
    await untilConsole(
      facilitator,
      (console) => console.tables[0]!.timeRequests.length === 0,
      'the request gone from the console',
    );
    await whiteHouse.socket.until(
      (player) => player.view?.timeRequests.at(-1)?.status === 'granted',
      5000,
      'granted, as the asking seat sees it',
    );

    // A second grant of the same request is the game's own refusal; a table not of the session changes nothing.
    const again = ok(await command({ type: 'time:grant', tableId: table.id, requestId: asked.requestId }));
    expect(again.outcomes).toEqual([{ tableId: table.id, ok: false, code: 'UNKNOWN_TIME_REQUEST' }]);
    expect(await command({ type: 'time:grant', tableId: 'elsewhere', requestId: 't1' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    // Tokyo, at the same table, never heard of White House's request.
    expect(tokyo.socket.view!.timeRequests).toEqual([]);
    expect(tokyo.socket.received.some((entry) => entry.event === 'time:requests')).toBe(false);
  });
});
