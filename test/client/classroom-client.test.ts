// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ClassroomClient, facilitatorKey, MEMBERSHIP_KEY } from '../../client/classroom/classroom-client.ts';
import { createSeatStore } from '../../client/net/seat-store.ts';
import type { JoinedClassroom } from '../../shared/protocol/classroom.ts';
import { fakeSocket } from './helpers.tsx';

const TOKEN = 'T'.repeat(32);
const joined: JoinedClassroom = {
  classroomId: 'class-1',
  personId: 'student3',
  name: 'Aiko',
  token: TOKEN,
  language: 'en',
  seat: null,
};

function classroomClient(storage: Storage) {
  const socket = fakeSocket();
  const opened: string[] = [];
  /** Whether each table opened was a seat given just now (its brief first at a started table). */
  const seatedNow: boolean[] = [];
  const client = new ClassroomClient({
    socket: socket.port,
    seats: createSeatStore(storage),
    storage,
    onSeated: (tableId, now) => {
      opened.push(tableId);
      seatedNow.push(now);
    },
    onError: () => {},
  });
  return { socket, client, opened, seatedNow };
}

describe('the class session client', () => {
  it('waits after joining, then keeps the seat it is given and opens that table', async () => {
    window.localStorage.clear();
    const { socket, client, opened } = classroomClient(window.localStorage);
    socket.answerWith((sent) => (sent.event === 'classroom:join' ? { ok: true, data: joined } : undefined));
    const ack = await client.join({ code: 'abc23', name: 'Aiko' });
    expect(ack.ok).toBe(true);
    expect(client.store.get().membership).toEqual(joined);
    expect(opened).toEqual([]);

    // Another session's seat is not this member's.
    socket.fire('classroom:seated', { classroomId: 'class-2', tableId: 'g9', tableNumber: 1, role: 'tokyo' });
    expect(opened).toEqual([]);
    socket.fire('classroom:seated', {
      classroomId: 'class-1',
      tableId: 'g2',
      tableNumber: 2,
      role: 'investors',
    });
    expect(opened).toEqual(['g2']);
    expect(createSeatStore(window.localStorage).load('g2')).toEqual({
      gameId: 'g2',
      code: null,
      role: 'investors',
      token: TOKEN,
      isHost: false,
    });
  });

  it('says a seat the facilitator gives just now is new (a started table shows its brief first), a resumed one not', async () => {
    window.localStorage.clear();
    const { socket, client, opened, seatedNow } = classroomClient(window.localStorage);
    socket.answerWith((sent) => (sent.event === 'classroom:join' ? { ok: true, data: joined } : undefined));
    await client.join({ code: 'abc23', name: 'Aiko' });
    socket.fire('classroom:seated', { classroomId: 'class-1', tableId: 'g2', tableNumber: 2, role: 'tokyo' });
    expect(opened).toEqual(['g2']);
    expect(seatedNow).toEqual([true]);

    // After a refresh, the member's seat comes back with the session: nothing new to read.
    window.localStorage.setItem(MEMBERSHIP_KEY, JSON.stringify({ classroomId: 'class-1', token: TOKEN }));
    const back = classroomClient(window.localStorage);
    const seat = { tableId: 'g2', tableNumber: 2, role: 'tokyo' as const };
    back.socket.answerWith((sent) =>
      sent.event === 'classroom:resume' ? { ok: true, data: { ...joined, seat } } : undefined,
    );
    await back.client.resume();
    expect(back.opened).toEqual(['g2']);
    expect(back.seatedNow).toEqual([false]);
  });

  it('comes back to the session after a refresh with the stored token, and ignores a tampered one', async () => {
    window.localStorage.clear();
    window.localStorage.setItem(MEMBERSHIP_KEY, JSON.stringify({ classroomId: 'class-1', token: TOKEN }));
    const { socket, client } = classroomClient(window.localStorage);
    socket.answerWith((sent) => (sent.event === 'classroom:resume' ? { ok: true, data: joined } : undefined));
    await client.resume();
    expect(socket.sent('classroom:resume').map((sent) => sent.payload)).toEqual([
      { classroomId: 'class-1', token: TOKEN },
    ]);
    expect(client.store.get().membership?.name).toBe('Aiko');

    window.localStorage.setItem(MEMBERSHIP_KEY, JSON.stringify({ classroomId: 'class-1', token: 'short' }));
    const fresh = classroomClient(window.localStorage);
    await fresh.client.resume();
    expect(fresh.socket.sent('classroom:resume')).toEqual([]);
  });

  it('keeps the facilitator token in this browser and sends it with every command, newest console only', async () => {
    window.localStorage.clear();
    const { socket, client } = classroomClient(window.localStorage);
    const created = { classroomId: 'class-1', code: 'ABC23', token: TOKEN, joinUrl: null, joinQrSvg: null };
    socket.answerWith((sent) =>
      sent.event === 'classroom:create'
        ? { ok: true, data: created }
        : sent.event === 'classroom:command'
          ? { ok: true, data: { outcomes: [] } }
          : undefined,
    );
    await client.create({ preset: 'class45' });
    expect(window.localStorage.getItem(facilitatorKey('class-1'))).toBe(TOKEN);
    await client.command('class-1', { type: 'tables:pause', target: 'all' });
    expect(socket.sent('classroom:command')[0]?.payload).toEqual({
      classroomId: 'class-1',
      token: TOKEN,
      command: { type: 'tables:pause', target: 'all' },
    });
    const console = { classroomId: 'class-1', code: 'ABC23', title: null, people: [], tables: [] };
    socket.fire('classroom:console', { ...console, seq: 5 });
    socket.fire('classroom:console', { ...console, seq: 4, title: 'late' });
    expect(client.store.get().console).toMatchObject({ seq: 5, title: null });
  });

  it('watches the console again on every new connection, and takes the answer even from a restarted server', async () => {
    window.localStorage.clear();
    window.localStorage.setItem(facilitatorKey('class-1'), TOKEN);
    const { socket, client } = classroomClient(window.localStorage);
    const room = { classroomId: 'class-1', code: 'ABC23', title: null, people: [], tables: [] };
    let seq = 40;
    socket.answerWith((sent) =>
      sent.event === 'classroom:watch' ? { ok: true, data: { ...room, seq: seq++ } } : undefined,
    );
    await client.watch('class-1');
    expect(client.store.get().console?.seq).toBe(40);
    // The socket dropped and came back: a new socket is in no room, so the console asks again.
    seq = 1;
    socket.fire('connect');
    await Promise.resolve();
    await Promise.resolve();
    expect(socket.sent('classroom:watch').map((sent) => sent.payload)).toEqual([
      { classroomId: 'class-1', token: TOKEN },
      { classroomId: 'class-1', token: TOKEN },
    ]);
    expect(client.store.get().console?.seq).toBe(1);
    socket.fire('classroom:console', { ...room, seq: 2, title: 'live again' });
    expect(client.store.get().console).toMatchObject({ seq: 2, title: 'live again' });
  });

  it('stops watching a console the server refused', async () => {
    window.localStorage.clear();
    const { socket, client } = classroomClient(window.localStorage);
    socket.answerWith((sent) =>
      sent.event === 'classroom:watch'
        ? { ok: false, error: { code: 'UNAUTHORIZED', message: 'no' } }
        : undefined,
    );
    await client.watch('class-1');
    socket.fire('connect');
    await Promise.resolve();
    expect(socket.sent('classroom:watch')).toHaveLength(1);
  });
});
