import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { closeAfterEach, startServer, TestPlayer, wait } from './harness.ts';

let server: LeverageServerHandle;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

describe('the host skips a phase', () => {
  it('moves a hosted game of four people from the briefing to the news, and no further', async () => {
    server = await startServer();
    const tokyo = await TestPlayer.connect(server.url, 'Aiko');
    const whiteHouse = await TestPlayer.connect(server.url, 'Ben');
    const investors = await TestPlayer.connect(server.url, 'Chloé');
    const business = await TestPlayer.connect(server.url, 'Dan');
    players = [tokyo, whiteHouse, investors, business];
    const { code } = await tokyo.create({
      mode: 'multiplayer',
      role: 'tokyo',
      rounds: 2,
      negotiateSeconds: 300,
      decideSeconds: 120,
    });
    await whiteHouse.join(code, 'whiteHouse');
    await investors.join(code, 'investors');
    await business.join(code, 'usBusiness');
    await tokyo.commandOk({ type: 'host:start' });
    await Promise.all(players.map((player) => player.untilPhase('briefing')));

    const skippedAt = Date.now();
    const skip = { type: 'host:skip', commandId: 'skip-briefing', version: tokyo.view!.version };
    const first = await tokyo.ask('game:command', skip);
    expect(first).toMatchObject({ ok: true });
    await Promise.all(players.map((player) => player.untilPhase('news')));
    // What a browser may send after the skip: the same command again (a retry after a lost answer) is
    // answered as before; a second click made against the briefing is stale. Neither moves the game.
    expect(await tokyo.ask('game:command', skip)).toEqual(first);
    expect(await tokyo.ask('game:command', { ...skip, commandId: 'skip-again' })).toMatchObject({
      ok: false,
      error: { code: 'STALE_VERSION' },
    });
    // Half a second on, nothing else may have moved the game: no second skip, no early timeout.
    await wait(500);
    const newsMs = 15_000;
    for (const player of players) {
      expect(player.view!.phase).toBe('news');
      expect(player.view!.round).toBe(1);
      expect(player.view!.deadline! - skippedAt).toBeGreaterThan(newsMs - 1000);
      expect(player.view!.deadline! - skippedAt).toBeLessThanOrEqual(newsMs + 1000);
    }
    const game = server.registry.get(tokyo.joined!.gameId)!;
    await game.settled();
    expect(game.engine.log.map((event) => event.type)).toEqual(['host:start', 'host:skip']);
  });
});
