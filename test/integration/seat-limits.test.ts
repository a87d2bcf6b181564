import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { MAX_PEOPLE_PER_SEAT } from '../../server/lobby.ts';
import { MAX_SOCKETS_PER_PERSON } from '../../server/seating.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import type { SeatRequestPending } from '../../shared/protocol/socket.ts';
import { FakeClock, flush } from './fake-clock.ts';
import { closeAfterEach, startServer, TestPlayer, wait } from './harness.ts';

let server: LeverageServerHandle;
const players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

async function connect(name: string): Promise<TestPlayer> {
  const player = await TestPlayer.connect(server.url, name);
  players.push(player);
  return player;
}

const codes = (answers: Ack[]) => answers.map((answer) => (answer.ok ? 'ok' : answer.error.code));
const PLENTY = { burst: 1000, perSecond: 1000 };

describe('limits per seat, per person and per address', () => {
  it(`caps a seat at ${MAX_PEOPLE_PER_SEAT} people, and a person at ${MAX_SOCKETS_PER_PERSON} sockets`, async () => {
    server = await startServer({ bots: () => [], sessionRate: PLENTY, addressRate: PLENTY });
    const ana = await connect('Ana');
    const { code, gameId, token } = await ana.create({ mode: 'multiplayer', role: 'tokyo' });
    for (let n = 1; n < MAX_PEOPLE_PER_SEAT; n++) {
      const member = await connect(`Member ${n}`);
      const asked = await member.ask<SeatRequestPending>('seat:request', {
        code,
        name: member.name,
        role: 'tokyo',
      });
      if (!asked.ok) throw new Error(asked.error.message);
      expect(
        await ana.ask('seat:answerRequest', { requestId: asked.data.requestId, accept: true }),
      ).toMatchObject({
        ok: true,
      });
    }
    await ana.until((player) => player.roster?.seats[0]?.people.length === MAX_PEOPLE_PER_SEAT);
    const extra = await connect('One too many');
    expect(await extra.ask('seat:request', { code, name: 'Extra', role: 'tokyo' })).toMatchObject({
      error: { code: 'SEAT_FULL' },
    });

    // Ana already acts through one socket; three more are fine, the next is refused.
    const tabs = await Promise.all(
      Array.from({ length: MAX_SOCKETS_PER_PERSON }, (_, n) => connect(`Ana tab ${n}`)),
    );
    const answers = [];
    for (const tab of tabs) answers.push(await tab.ask('seat:resume', { gameId, token }));
    expect(codes(answers)).toEqual([...Array(MAX_SOCKETS_PER_PERSON - 1).fill('ok'), 'TOO_MANY_CONNECTIONS']);
  });

  it("shares one command budget among a seat's sockets, and one event budget among an address's", async () => {
    const clock = new FakeClock();
    server = await startServer({
      clock,
      bots: () => [],
      commandRate: PLENTY,
      sessionRate: PLENTY,
      seatCommandRate: { burst: 5, perSecond: 1 },
      addressRate: { burst: 40, perSecond: 1 },
    });
    const ana = await connect('Ana');
    const { gameId, token } = await ana.create({ mode: 'multiplayer', role: 'tokyo' });
    const tabs = [ana, await connect('Tab 1'), await connect('Tab 2')];
    await tabs[1]!.resume(gameId, token);
    await tabs[2]!.resume(gameId, token);
    // Three sockets, three commands each (refused in the lobby, but every one spends): five get through.
    const answers: Ack[] = [];
    for (const tab of tabs)
      for (let n = 0; n < 3; n++) answers.push(await tab.command({ type: 'host:pause' }));
    expect(codes(answers).filter((code) => code === 'RATE_LIMITED')).toHaveLength(4);
    expect(codes(answers).slice(0, 5)).not.toContain('RATE_LIMITED');

    // The address has spent 3 connects' worth of events: create, 2 resumes, 9 commands = 12 of 40.
    const syncs: Ack[] = [];
    for (let n = 0; n < 30; n++) syncs.push(await tabs[n % 3]!.ask('game:sync', {}));
    expect(codes(syncs).filter((code) => code === 'RATE_LIMITED')).toHaveLength(2);
    await clock.advance(10_000);
    expect(await ana.ask('game:sync', {})).toMatchObject({ ok: true });
  });

  it('caps the lobbies, and the games of any kind, one address holds at once', async () => {
    server = await startServer({
      bots: () => [],
      createRate: PLENTY,
      sessionRate: PLENTY,
      maxOpenLobbiesPerAddress: 2,
      maxGamesPerAddress: 4,
    });
    const ana = await connect('Ana');
    const answers: Ack[] = [];
    for (let n = 0; n < 3; n++) answers.push(await ana.ask('game:create', { mode: 'multiplayer' }));
    // Solo games are not lobbies, but they count among the address's games.
    for (let n = 0; n < 3; n++) answers.push(await ana.ask('game:create', { mode: 'solo', role: 'tokyo' }));
    expect(codes(answers)).toEqual(['ok', 'ok', 'RATE_LIMITED', 'ok', 'ok', 'RATE_LIMITED']);
    expect(server.registry.size).toBe(4);
  });

  it('lets an empty lobby go after five minutes, a game under way after thirty', async () => {
    const clock = new FakeClock();
    server = await startServer({ clock, bots: () => [] });
    const ana = await connect('Ana');
    const ben = await connect('Ben');
    const lobby = await ana.create({ mode: 'multiplayer' });
    const solo = await ben.create({ mode: 'solo', role: 'tokyo', briefingSeconds: 1800 });
    ana.close();
    ben.close();
    for (let tries = 0; tries < 100; tries++) {
      const games = [server.registry.get(lobby.gameId), server.registry.get(solo.gameId)];
      if (games.every((game) => game?.idleSince !== null)) break;
      await wait(10);
    }
    await clock.advance(4 * 60_000);
    expect(server.registry.get(lobby.gameId)).toBeDefined();
    await clock.advance(2 * 60_000);
    await flush();
    expect(server.registry.get(lobby.gameId)).toBeUndefined();
    expect(server.registry.get(solo.gameId)).toBeDefined();
  });
});

describe('the public address', () => {
  it('is served in /healthz: the configured one, or none on a loopback address', async () => {
    server = await startServer({ publicUrl: 'https://class.example.org' });
    const configured = (await (await fetch(`${server.url}/healthz`)).json()) as { publicUrl: string | null };
    expect(configured.publicUrl).toBe('https://class.example.org');
    await server.close();
    server = await startServer({});
    const local = (await (await fetch(`${server.url}/healthz`)).json()) as { publicUrl: string | null };
    expect(local.publicUrl).toBeNull();
  });
});
