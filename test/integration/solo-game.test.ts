import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import type { GameExport } from '../../shared/debrief/export.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { FakeClock, flush } from './fake-clock.ts';
import { closeAfterEach, SHEETS, startServer, TestPlayer } from './harness.ts';
import { leaksIn } from './leaks.ts';

let server: LeverageServerHandle;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

describe('a solo game against bots', () => {
  it('starts at the briefing, runs on its own timers, and the bots hand in their sheets every round', async () => {
    const clock = new FakeClock();
    server = await startServer({ clock, botDelayMs: { minMs: 100, maxMs: 300 } });
    const solo = await TestPlayer.connect(server.url, 'Sol');
    players = [solo];
    const joined = await solo.create({ mode: 'solo', role: 'investors', rounds: 2, seed: 99 });
    expect(joined).toMatchObject({ role: 'investors', isHost: true });
    await solo.untilPhase('briefing');
    expect(solo.roster!.seats.map((seat) => seat.kind)).toEqual(['bot', 'bot', 'human', 'bot']);
    const game = server.registry.get(joined.gameId)!;

    // Time moves only when the test says so: every phase ends on its deadline (the player skips nothing).
    let submitted = false;
    for (let step = 0; step < 5000 && game.engine.state.phase !== 'ended'; step++) {
      const { phase, round } = game.engine.state;
      if (phase === 'decide' && round === 1 && !submitted) {
        await solo.untilPhase('decide', 1);
        await solo.commandOk({ type: 'move:submit', move: SHEETS.investors });
        submitted = true;
      }
      clock.fireNext();
      await flush();
    }
    await solo.untilPhase('ended');

    const view = solo.view!;
    expect(view.reports).toHaveLength(2);
    expect(solo.phasesSeen).toEqual(new Set(['briefing', 'news', 'negotiate', 'decide', 'ended']));
    expect(solo.gaps).toBe(0);
    const log = game.engine.log;
    expect(log.filter((event) => event.type === 'clock:timeout').length).toBeGreaterThanOrEqual(6);
    expect(log.filter((event) => event.type === 'market:tick').length).toBeGreaterThan(10);
    for (const role of ['tokyo', 'whiteHouse', 'usBusiness'] as const) {
      const sheets = log.filter(
        (event) => event.type === 'move:submit' && event.actor.kind === 'seat' && event.actor.role === role,
      );
      expect(sheets.length, `${role} sheets`).toBe(2);
      // Each bot said why, and the debrief shows it once the game is over.
      expect(view.botReasons.some((reason) => reason.role === role)).toBe(true);
    }
    for (const role of ROLE_IDS) {
      expect(view.seats[role].score).toBeGreaterThanOrEqual(0);
      expect(view.seats[role].score).toBeLessThanOrEqual(100);
    }
    expect(leaksIn(solo.received, 'investors', [])).toEqual([]);
    // The export says the player was alone with the bots, so the debrief addresses them, not a facilitator.
    await game.settled();
    const exported = await fetch(`${server.url}/api/games/${joined.gameId}/export.json`, {
      headers: { Authorization: `Bearer ${joined.token}` },
    });
    expect(((await exported.json()) as GameExport).game).toMatchObject({ ended: true, tableOfOne: true });
  });

  it('gives the bots personalities that vary with the seed', async () => {
    server = await startServer({ bots: () => [] });
    const player = await TestPlayer.connect(server.url, 'Sol');
    players = [player];
    const lineups = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5]) {
      await player.create({ mode: 'solo', role: 'tokyo', seed, botLevel: 'hard' });
      const bots = player.roster!.seats.flatMap((seat) => (seat.bot ? [seat.bot] : []));
      expect(bots).toHaveLength(3);
      expect(bots.every((bot) => bot.level === 'hard')).toBe(true);
      lineups.add(bots.map((bot) => bot.personality).join());
    }
    expect(lineups.size).toBeGreaterThan(1);
  });
});
