// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { GameClient } from '../../client/game/game-client.ts';
import { createSeatStore, seatKey } from '../../client/net/seat-store.ts';
import { fakeSocket, seatedClient, snapshotOf, TOKEN, viewAt } from './helpers.tsx';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => window.localStorage.clear());

describe('the game client', () => {
  it('shows the brief first to someone seated by the facilitator at a table that has begun, not at one still in its briefing', async () => {
    for (const [phase, brief] of [
      ['negotiate', true],
      ['briefing', false],
      ['lobby', false],
    ] as const) {
      const { client, socket } = seatedClient();
      socket.answerWith((sent) =>
        sent.event === 'game:sync' ? { ok: true, data: snapshotOf(viewAt(phase)) } : undefined,
      );
      client.briefOnArrival();
      await client.sync();
      expect(client.store.get().game?.view.phase).toBe(phase);
      expect(client.store.get().lateBrief).toBe(brief);
      window.localStorage.clear();
    }
  });

  it('asks for a resync when an update skips a seq, and applies the snapshot it gets', async () => {
    const view = viewAt('negotiate');
    const { client, socket } = seatedClient(view);
    const later = { ...viewAt('decide'), seq: view.seq + 5 };
    socket.answerWith((sent) =>
      sent.event === 'game:sync' ? { ok: true, data: snapshotOf(later) } : undefined,
    );
    socket.fire('game:update', {
      gameId: view.gameId,
      seq: view.seq + 3,
      prevSeq: view.seq + 2,
      patch: [],
      newPoints: [],
    });
    await flush();
    expect(socket.sent('game:sync')).toHaveLength(1);
    expect(client.store.get().game?.seq).toBe(later.seq);
    expect(client.store.get().game?.view.phase).toBe('decide');
  });

  it('applies the updates read before its resync answer on top of it, without a second resync', async () => {
    const view = viewAt('negotiate');
    const { client, socket } = seatedClient(view);
    const later = { ...viewAt('decide'), seq: view.seq + 5 };
    const update = (seq: number) => ({
      gameId: later.gameId,
      seq,
      prevSeq: seq - 1,
      patch: [{ op: 'set' as const, path: ['seq'], value: seq }],
      newPoints: [],
    });
    socket.fire('game:update', update(view.seq + 3));
    await flush();
    const [sync] = socket.sent('game:sync');
    // The answer and the update sent right after its snapshot come in one network read: the socket hands
    // the update over before the awaited answer resumes.
    sync!.ack({ ok: true, data: snapshotOf(later) });
    socket.fire('game:update', update(later.seq + 1));
    await flush();
    socket.fire('game:update', update(later.seq + 2));
    await flush();
    expect(socket.sent('game:sync')).toHaveLength(1);
    expect(client.store.get().game?.seq).toBe(later.seq + 2);
  });

  it('asks again when a resync gets no answer in time, and shows the snapshot of the second', async () => {
    const view = viewAt('negotiate');
    const { client, socket } = seatedClient();
    let syncs = 0;
    // The first answer is lost (or comes after the client's 200 ms): only the second one arrives.
    socket.answerWith((sent) =>
      sent.event === 'game:sync' && ++syncs > 1 ? { ok: true, data: snapshotOf(view) } : undefined,
    );
    void client.sync();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await flush();
    expect(socket.sent('game:sync')).toHaveLength(2);
    expect(client.store.get().game?.seq).toBe(view.seq);
    expect(client.store.get().game?.view.phase).toBe('negotiate');
  });

  it('applies an update in sequence without asking for a resync', async () => {
    const view = viewAt('negotiate');
    const { client, socket } = seatedClient(view);
    socket.fire('game:update', {
      gameId: view.gameId,
      seq: view.seq + 1,
      prevSeq: view.seq,
      patch: [{ op: 'set', path: ['paused'], value: true }],
      newPoints: [],
    });
    await flush();
    expect(socket.sent('game:sync')).toHaveLength(0);
    expect(client.store.get().game?.view.paused).toBe(true);
  });

  it('returns to its seat with the stored token after every (re)connection, then resyncs', async () => {
    window.localStorage.setItem(
      seatKey('game-1'),
      JSON.stringify({ gameId: 'game-1', code: 'K7M2QX', role: 'tokyo', token: TOKEN, isHost: false }),
    );
    const socket = fakeSocket(false);
    const client = new GameClient({
      socket: socket.port,
      seats: createSeatStore(window.localStorage),
      onError: () => {},
    });
    const view = viewAt('negotiate');
    socket.answerWith((sent) => {
      if (sent.event === 'seat:resume') {
        return {
          ok: true,
          data: { gameId: 'game-1', code: 'K7M2QX', role: 'tokyo', token: TOKEN, isHost: false },
        };
      }
      if (sent.event === 'game:sync') return { ok: true, data: snapshotOf(view) };
      return undefined;
    });
    client.enterGame('game-1');
    expect(socket.sent('seat:resume')).toHaveLength(0);
    socket.port.connected = true;
    socket.fire('connect');
    await flush();
    await flush();
    expect(socket.sent('seat:resume')[0]?.payload).toEqual({ gameId: 'game-1', token: TOKEN });
    expect(client.store.get().seatStatus).toBe('seated');
    expect(client.store.get().game?.view.phase).toBe('negotiate');

    socket.fire('disconnect', 'transport close');
    expect(client.store.get().connection).toBe('reconnecting');
    socket.fire('connect');
    await flush();
    expect(socket.sent('seat:resume')).toHaveLength(2);
    expect(client.store.get().connection).toBe('connected');
  });

  it('forgets a seat the server no longer knows', async () => {
    window.localStorage.setItem(
      seatKey('game-1'),
      JSON.stringify({ gameId: 'game-1', code: 'K7M2QX', role: 'tokyo', token: TOKEN, isHost: false }),
    );
    const socket = fakeSocket(true);
    const errors: string[] = [];
    const client = new GameClient({
      socket: socket.port,
      seats: createSeatStore(window.localStorage),
      onError: (error) => errors.push(error.code),
    });
    socket.answerWith(() => ({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } }));
    client.enterGame('game-1');
    await flush();
    expect(client.store.get().seatStatus).toBe('lost');
    expect(window.localStorage.getItem(seatKey('game-1'))).toBeNull();
    expect(errors).toEqual(['NOT_FOUND']);
  });

  it('stamps commands with a fresh id and the held version, and reports refusals', async () => {
    const view = viewAt('decide');
    const { client, socket, errors } = seatedClient(view);
    socket.answerWith((sent) =>
      sent.event === 'game:command'
        ? { ok: false, error: { code: 'WRONG_PHASE', message: 'not now' } }
        : undefined,
    );
    const ack = await client.command({ type: 'host:skip' });
    const sent = socket.sent('game:command')[0]?.payload as {
      commandId: string;
      version: number;
      type: string;
    };
    expect(sent.type).toBe('host:skip');
    expect(sent.version).toBe(view.version);
    expect(sent.commandId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(ack.ok).toBe(false);
    expect(errors).toEqual([{ code: 'WRONG_PHASE', message: 'not now' }]);
    await client.command({ type: 'host:skip' });
    const second = socket.sent('game:command')[1]?.payload as { commandId: string };
    expect(second.commandId).not.toBe(sent.commandId);
  });

  it('tells the player of a refused "I\'m back" once', async () => {
    const { client, socket, errors } = seatedClient(viewAt('decide'));
    socket.answerWith((sent) =>
      sent.event === 'seat:back'
        ? { ok: false, error: { code: 'FORBIDDEN', message: 'not yours' } }
        : undefined,
    );
    expect((await client.back()).ok).toBe(false);
    expect(errors).toEqual([{ code: 'FORBIDDEN', message: 'not yours' }]);
  });

  it('refuses at once while offline, and times out when the server never answers', async () => {
    const { client, socket, errors } = seatedClient(viewAt('decide'));
    socket.port.connected = false;
    expect((await client.command({ type: 'host:pause' })).ok).toBe(false);
    socket.port.connected = true;
    const ack = await client.command({ type: 'host:pause' });
    expect(ack.ok).toBe(false);
    expect(errors.map((error) => error.code)).toEqual(['OFFLINE', 'TIMEOUT']);
  });

  it('ignores messages for another game', () => {
    const { client, socket } = seatedClient(viewAt('negotiate'));
    socket.fire('lobby:roster', { gameId: 'other', code: 'AAAAAA', seats: [] });
    expect(client.store.get().roster).toBeNull();
    socket.fire('game:snapshot', snapshotOf({ ...viewAt('decide'), gameId: 'other' }));
    expect(client.store.get().game?.view.phase).toBe('negotiate');
  });
});
