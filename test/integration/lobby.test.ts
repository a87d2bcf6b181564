import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import type { Roster } from '../../shared/protocol/socket.ts';
import { FakeClock, flush } from './fake-clock.ts';
import { closeAfterEach, startServer, TestPlayer, wait } from './harness.ts';
import { leaksIn } from './leaks.ts';

let server: LeverageServerHandle;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

const kinds = (roster: Roster | null) => roster?.seats.map((seat) => seat.kind);

describe('the lobby and the host', () => {
  it('seats people and bots, fixes the seats at the start, and still lets a latecomer into an open seat', async () => {
    server = await startServer({ bots: () => [] });
    const host = await TestPlayer.connect(server.url, 'Facilitator');
    const ana = await TestPlayer.connect(server.url, 'Ana');
    const ben = await TestPlayer.connect(server.url, 'Ben');
    const cai = await TestPlayer.connect(server.url, 'Cai');
    players = [host, ana, ben, cai];
    const created = await host.create({ mode: 'multiplayer', botFill: false, rounds: 1 });
    expect(created).toMatchObject({ role: null, isHost: true });
    expect((await ana.join(created.code)).role).toBe('tokyo');
    const hawk = { personality: 'hawk', level: 'hard' };
    expect(await host.ask('lobby:setBot', { role: 'whiteHouse', bot: hawk })).toMatchObject({ ok: true });
    expect(await host.ask('lobby:setBot', { role: 'tokyo', bot: hawk })).toMatchObject({
      error: { code: 'SEAT_TAKEN' },
    });
    expect(await ben.ask('game:join', { code: created.code, name: 'Ben', role: 'whiteHouse' })).toMatchObject(
      {
        ok: false,
        error: { code: 'SEAT_TAKEN' },
      },
    );
    expect((await ben.join(created.code)).role).toBe('investors');
    await host.until((player) => kinds(player.roster)?.join() === 'human,bot,human,open');

    await host.commandOk({ type: 'host:start' });
    await Promise.all([host, ana, ben].map((player) => player.untilPhase('briefing')));
    expect(host.view!.you).toBeNull();
    expect(host.view!.seats.whiteHouse.kind).toBe('bot');
    expect(host.view!.seats.usBusiness.kind).toBe('human');
    expect(await ana.ask('lobby:chooseRole', { role: 'usBusiness' })).toMatchObject({
      error: { code: 'WRONG_PHASE' },
    });
    expect(await host.ask('lobby:setBot', { role: 'usBusiness', bot: hawk })).toMatchObject({
      error: { code: 'WRONG_PHASE' },
    });

    // Cai arrives late: the seat nobody took is still open to people.
    expect((await cai.join(created.code)).role).toBe('usBusiness');
    expect(cai.view!.phase).toBe('briefing');
    expect(cai.view!.you!.role).toBe('usBusiness');
    await host.until((player) => kinds(player.roster)?.join() === 'human,bot,human,human');
    await ana.commandOk({
      type: 'chat:private',
      message: { to: ['investors'], text: 'Shall we coordinate?' },
    });
    await ben.until((player) => player.view?.channels.length === 1);
    expect(
      leaksIn(
        host.received,
        null,
        [ana, ben, cai].map((player) => player.joined!.token),
      ),
    ).toEqual([]);
    expect(host.view!.channels).toEqual([]);
  });

  it('pauses and resumes the game for everyone, and ends it on request', async () => {
    server = await startServer({ bots: () => [] });
    const ana = await TestPlayer.connect(server.url, 'Ana');
    players = [ana];
    await ana.create({ mode: 'solo', role: 'whiteHouse', rounds: 3 });
    await ana.untilPhase('briefing');
    await ana.commandOk({ type: 'host:pause' });
    await ana.until((player) => player.view!.paused && player.view!.deadline === null);
    expect(ana.view!.pausedRemainingMs).toBeGreaterThan(0);
    expect(
      await ana.command({ type: 'chat:private', message: { to: ['tokyo'], text: 'Hello?' } }),
    ).toMatchObject({
      error: { code: 'PAUSED' },
    });
    await ana.commandOk({ type: 'host:resume' });
    await ana.until((player) => !player.view!.paused && player.view!.deadline !== null);
    await ana.commandOk({ type: 'host:extend', seconds: 60 });
    await ana.commandOk({ type: 'host:end' });
    await ana.untilPhase('ended');
    expect(await ana.command({ type: 'host:skip' })).toMatchObject({ error: { code: 'GAME_ENDED' } });
  });

  it('lets go of games nobody has been connected to for a long time', async () => {
    const clock = new FakeClock();
    server = await startServer({ clock, bots: () => [], idleGameMs: 30 * 60_000 });
    const ana = await TestPlayer.connect(server.url, 'Ana');
    players = [ana];
    // A game under way (an empty lobby goes much sooner: seat-limits.test.ts).
    const { code } = await ana.create({ mode: 'solo', role: 'tokyo' });
    await clock.advance(60 * 60_000);
    expect(server.registry.size).toBe(1); // still connected: kept
    ana.close();
    for (let tries = 0; tries < 100 && server.registry.withCode(code)?.idleSince === null; tries++)
      await wait(10);
    await clock.advance(29 * 60_000);
    expect(server.registry.size).toBe(1);
    await clock.advance(2 * 60_000);
    await flush();
    expect(server.registry.size).toBe(0);
  });
});
