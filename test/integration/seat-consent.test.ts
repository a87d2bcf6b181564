import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import type { SeatRequestPending } from '../../shared/protocol/socket.ts';
import { closeAfterEach, startServer, TestPlayer } from './harness.ts';
import { leaksIn } from './leaks.ts';

let server: LeverageServerHandle;
const players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

async function connect(name: string): Promise<TestPlayer> {
  const player = await TestPlayer.connect(server.url, name);
  players.push(player);
  return player;
}

const SECRET = 'our walk-away point is 18%';

/** Ana hosts and plays Tokyo against bots; the game is in round 1's negotiation and Tokyo has a secret. */
async function tokyoWithASecret() {
  const ana = await connect('Ana');
  const { code } = await ana.create({ mode: 'multiplayer', role: 'tokyo', rounds: 2, seed: 8 });
  await ana.commandOk({ type: 'host:start' });
  await ana.untilPhase('briefing');
  await ana.commandOk({ type: 'host:skip' });
  await ana.untilPhase('news');
  await ana.commandOk({ type: 'host:skip' });
  await ana.untilPhase('negotiate');
  await ana.commandOk({ type: 'chat:private', message: { to: ['whiteHouse'], text: SECRET } });
  await ana.until((player) => player.view!.channels.length === 1);
  return { ana, code };
}

const namesAt = (player: TestPlayer, role: string) =>
  player.roster?.seats.find((seat) => seat.role === role)?.people.map((person) => person.name);

describe('joining people at a seat needs their consent', () => {
  it('holds a stranger outside the seat until its player accepts, then gives them its brief and chats', async () => {
    server = await startServer({ bots: () => [] });
    const { ana, code } = await tokyoWithASecret();
    const sam = await connect('Sam');

    // No silent way in: an occupied seat is a request, and "any open role" says the table is full.
    expect(await sam.ask('game:join', { code, name: 'Sam', role: 'tokyo' })).toMatchObject({
      ok: false,
      error: { code: 'SEAT_OCCUPIED' },
    });
    expect(await sam.ask('game:join', { code, name: 'Sam' })).toMatchObject({
      ok: false,
      error: { code: 'TABLE_FULL' },
    });

    const asked = await sam.ask<SeatRequestPending>('seat:request', { code, name: 'Sam', role: 'tokyo' });
    expect(asked).toMatchObject({ ok: true, data: { role: 'tokyo' } });
    const { requestId } = (asked as { data: SeatRequestPending }).data;
    await ana.until((player) => player.seatRequests.length === 1, 5000, 'the request');
    expect(ana.seatRequests).toEqual([{ requestId, name: 'Sam', role: 'tokyo' }]);

    // Waiting, Sam holds nothing: no view, no roster, no secret, and no command is accepted.
    expect(await sam.ask('game:sync', {})).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    expect(sam.view).toBeNull();
    expect(JSON.stringify(sam.received)).not.toContain('walk-away');
    expect(sam.received.map((entry) => entry.event)).not.toContain('game:snapshot');
    expect(sam.received.map((entry) => entry.event)).not.toContain('lobby:roster');

    expect(await ana.ask('seat:answerRequest', { requestId, accept: true })).toEqual({
      ok: true,
      data: null,
    });
    await sam.until((player) => player.view?.you?.role === 'tokyo', 5000, "Tokyo's view");
    expect(sam.seatAnswer).toMatchObject({
      requestId,
      accepted: true,
      joined: { role: 'tokyo', isHost: false },
    });
    expect(sam.joined!.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // A late joiner gets the brief and objectives of the seat they got, and now the seat's chats.
    expect(sam.view!.you!.brief.confidentialObjectives.length).toBeGreaterThan(0);
    expect(JSON.stringify(sam.view!.channels)).toContain('walk-away');
    await ana.until((player) => namesAt(player, 'tokyo')?.join() === 'Ana,Sam', 5000, 'Sam at Tokyo');
    await ana.until((player) => player.seatRequests.length === 0, 5000, 'the request answered');
    expect(leaksIn(sam.received, 'tokyo', [ana.joined!.token])).toEqual([]);
  });

  it('tells a declined requester plainly, and lets the host answer for any seat (nobody else)', async () => {
    server = await startServer({ bots: () => [] });
    const host = await connect('Host');
    const ana = await connect('Ana');
    const cai = await connect('Cai');
    const bea = await connect('Bea');
    const { code } = await host.create({ mode: 'multiplayer', botFill: false });
    await ana.join(code, 'tokyo');
    await cai.join(code, 'investors');

    // An open seat is taken with game:join; and a refused request leaves the asker's own seat alone.
    expect(await cai.ask('seat:request', { code, name: 'Cai', role: 'usBusiness' })).toMatchObject({
      error: { code: 'SEAT_OPEN' },
    });
    expect(await cai.ask('game:sync', {})).toMatchObject({ ok: true });

    const first = await bea.ask<SeatRequestPending>('seat:request', { code, name: 'Bea', role: 'tokyo' });
    const requestId = (first as { data: SeatRequestPending }).data.requestId;
    await host.until((player) => player.seatRequests.length === 1, 5000, "the host's list");
    await ana.until((player) => player.seatRequests.length === 1, 5000, "Tokyo's list");
    // Another seat's player never hears of it and may not answer it.
    expect(cai.received.map((entry) => entry.event)).not.toContain('seat:requests');
    expect(await cai.ask('seat:answerRequest', { requestId, accept: true })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });

    expect(await ana.ask('seat:answerRequest', { requestId, accept: false })).toMatchObject({ ok: true });
    await bea.until((player) => player.seatAnswer !== null, 5000, 'the answer');
    expect(bea.seatAnswer).toEqual({ requestId, accepted: false, reason: 'declined' });
    expect(bea.view).toBeNull();
    expect(await ana.ask('seat:answerRequest', { requestId, accept: true })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });

    // Asked again, the host lets Bea in.
    bea.seatAnswer = null;
    const second = await bea.ask<SeatRequestPending>('seat:request', { code, name: 'Bea', role: 'tokyo' });
    const again = (second as { data: SeatRequestPending }).data.requestId;
    expect(again).not.toBe(requestId);
    await host.until((player) => player.seatRequests.some((request) => request.requestId === again));
    expect(await host.ask('seat:answerRequest', { requestId: again, accept: true })).toMatchObject({
      ok: true,
    });
    await bea.until((player) => player.view?.you?.role === 'tokyo', 5000, "Tokyo's view");
    await host.until((player) => namesAt(player, 'tokyo')?.join() === 'Ana,Bea');
  });

  it('lets the host remove a person: their sockets leave the game and their token is void', async () => {
    server = await startServer({ bots: () => [] });
    const host = await connect('Host');
    const ana = await connect('Ana');
    const { code, gameId } = await host.create({ mode: 'multiplayer', botFill: false });
    const { token } = await ana.join(code, 'tokyo');
    await host.until((player) => namesAt(player, 'tokyo')?.join() === 'Ana');
    const tokyo = host.roster!.seats.find((seat) => seat.role === 'tokyo')!;
    expect(tokyo.people).toEqual([
      { id: expect.stringMatching(/^person\d+$/), name: 'Ana', connected: true, isHost: false },
    ]);
    const anaId = tokyo.people[0]!.id;

    expect(await ana.ask('seat:remove', { personId: anaId })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    // The creator is the game's first person.
    expect(await host.ask('seat:remove', { personId: 'person1' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(await host.ask('seat:remove', { personId: 'person99' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });

    const removed = await host.ask('seat:remove', { personId: anaId });
    expect(removed.ok && (removed.data as { seats: unknown[] }).seats[0]).toMatchObject({
      role: 'tokyo',
      kind: 'open',
      people: [],
    });
    await ana.until((player) => player.received.some((entry) => entry.event === 'seat:removed'));
    expect(ana.received.find((entry) => entry.event === 'seat:removed')?.payload).toEqual({ gameId });
    expect(await ana.ask('game:sync', {})).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    expect(await ana.ask('seat:resume', { gameId, token })).toMatchObject({
      error: { code: 'UNAUTHORIZED' },
    });
    await host.until((player) => namesAt(player, 'tokyo')?.length === 0);
  });

  it('refuses to seat anyone in a game that has ended', async () => {
    server = await startServer({ bots: () => [] });
    const ana = await connect('Ana');
    const sam = await connect('Sam');
    const { code } = await ana.create({ mode: 'multiplayer', role: 'tokyo', botFill: false });
    await ana.commandOk({ type: 'host:start' });
    await ana.untilPhase('briefing');
    await ana.commandOk({ type: 'host:end' });
    await ana.untilPhase('ended');
    expect(await sam.ask('game:join', { code, name: 'Sam', role: 'investors' })).toMatchObject({
      error: { code: 'GAME_ENDED' },
    });
    expect(await sam.ask('seat:request', { code, name: 'Sam', role: 'tokyo' })).toMatchObject({
      error: { code: 'GAME_ENDED' },
    });
    expect(sam.view).toBeNull();
  });

  it('tells a requester still waiting when the game ends, and clears the request from the seat', async () => {
    server = await startServer({ bots: () => [] });
    const ana = await connect('Ana');
    const sam = await connect('Sam');
    const { code } = await ana.create({ mode: 'multiplayer', role: 'tokyo', botFill: false });
    await ana.commandOk({ type: 'host:start' });
    await ana.untilPhase('briefing');
    const asked = await sam.ask<SeatRequestPending>('seat:request', { code, name: 'Sam', role: 'tokyo' });
    const { requestId } = (asked as { data: SeatRequestPending }).data;
    await ana.until((player) => player.seatRequests.length === 1, 5000, 'the request');

    // Nobody answers: the end itself is the answer.
    await ana.commandOk({ type: 'host:end' });
    await sam.until((player) => player.seatAnswer !== null, 5000, 'the answer');
    expect(sam.seatAnswer).toEqual({ requestId, accepted: false, reason: 'gameEnded' });
    await ana.until((player) => player.seatRequests.length === 0, 5000, 'the list emptied');
    expect(await ana.ask('seat:answerRequest', { requestId, accept: true })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(sam.view).toBeNull();
  });
});
