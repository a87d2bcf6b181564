import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { GameClient } from '../../client/game/game-client.ts';
import { createSeatStore } from '../../client/net/seat-store.ts';
import { type GameSocket, socketPort } from '../../client/net/socket-port.ts';
import type { TeamDraftMessage } from '../../shared/protocol/team.ts';
import { until } from '../fixtures/until.ts';
import { ClassroomRig, latestConsole, ok, seatedOf, untilConsole } from '../integration/classroom-helpers.ts';
import type { TestPlayer } from '../integration/harness.ts';

const rig = new ClassroomRig();
let socket: GameSocket | null = null;

afterEach(async () => {
  socket?.disconnect();
  socket = null;
  await rig.closeAll();
});

/** localStorage for a client running in Node. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const lastDraft = (player: TestPlayer) =>
  (player.received.filter((entry) => entry.event === 'team:draft').at(-1)?.payload as TeamDraftMessage)
    ?.draft;

describe("a team member's sheet change made offline", () => {
  it('reaches the team once the browser is back, over what a teammate wrote meanwhile', async () => {
    const server = await rig.serve();
    const { facilitator, students, command } = await rig.classWith(server, 5, { tableSize: 5 });
    ok(await command({ type: 'tables:form' }));
    await untilConsole(facilitator, (console) => console.tables.length === 1, 'one table');
    const tableId = latestConsole(facilitator)!.tables[0]!.tableId;
    // Tokyo is Students 1 and 5: Student 1 plays in a browser (the real client), Student 5 watches.
    const [one, , , , five] = students;
    await five!.socket.until((player) => seatedOf(player) !== undefined, 5000, 'seated');
    await five!.socket.resume(tableId, five!.joined.token);
    ok(await command({ type: 'tables:start', target: 'all' }));
    ok(await command({ type: 'tables:skip', target: 'all' }));
    ok(await command({ type: 'tables:skip', target: 'all' }));
    await five!.socket.untilPhase('negotiate', 1);

    const storage = memoryStorage();
    createSeatStore(storage).save({
      gameId: tableId,
      code: null,
      role: 'tokyo',
      token: one!.joined.token,
      isHost: false,
    });
    socket = io(server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise<void>((ready) => socket!.once('connect', () => ready()));
    const client = new GameClient({
      socket: socketPort(socket),
      seats: createSeatStore(storage),
      onError: () => {},
    });
    client.enterGame(tableId);
    await until(() => client.store.get().game?.view.phase === 'negotiate', 'the table in the browser');

    // The connection drops; the member goes on typing, and a teammate changes the same field meanwhile.
    socket.disconnect();
    await until(() => client.store.get().connection === 'reconnecting', 'the drop noticed');
    const typed = client.team.edit({ round: 1, field: 'treasuryAmountBn', value: '60' });
    ok(await five!.socket.ask('team:edit', { round: 1, field: 'treasuryAmountBn', value: '20' }));
    await five!.socket.until((player) => lastDraft(player)?.fields.treasuryAmountBn?.value === '20');

    socket.connect();
    const answer = await typed;
    expect(answer.ok).toBe(true);
    await five!.socket.until(
      (player) => lastDraft(player)?.fields.treasuryAmountBn?.value === '60',
      5000,
      "the offline change in the teammate's draft",
    );
    expect(lastDraft(five!.socket)!.fields.treasuryAmountBn).toMatchObject({
      value: '60',
      name: 'Student 1',
    });
    expect(server.registry.get(tableId)!.teamDrafts.of('tokyo', 1)!.fields.treasuryAmountBn!.value).toBe(
      '60',
    );
  });
});
