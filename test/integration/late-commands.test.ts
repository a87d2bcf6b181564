import { afterEach, describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { SAMPLE_SHEETS } from '../fixtures/sample-sheets.ts';
import { FakeClock } from './fake-clock.ts';
import { startServer, TestPlayer } from './harness.ts';

/**
 * A phase ends at its deadline, not when the server's timer for it gets its turn. Under load the server
 * runs due timers one per turn of the event loop (server/clock.ts: hundreds of a class's tables end
 * their phases together), so a player's command can be read after the deadline and before the timer:
 * it meets the next phase, as it would have a moment later, never the one that is over.
 */

let server: LeverageServerHandle | null = null;
let players: TestPlayer[] = [];

afterEach(async () => {
  for (const player of players) player.close();
  players = [];
  await server?.close();
  server = null;
});

async function deciding(clock: FakeClock) {
  server = await startServer({ clock, bots: () => [] });
  const ana = await TestPlayer.connect(server.url, 'Ana');
  const ben = await TestPlayer.connect(server.url, 'Ben');
  players = [ana, ben];
  const created = await ana.create({ mode: 'multiplayer', role: 'tokyo', botFill: false, seed: 3 });
  await ben.join(created.code, 'whiteHouse');
  for (const role of ROLE_IDS.slice(2)) await ana.ask('lobby:setBot', { role, bot: true });
  await ana.commandOk({ type: 'host:start' });
  // The briefing, the news and the talk are skipped: round 1's sheets are due.
  for (const next of ['news', 'negotiate', 'decide'] as const) {
    await ana.commandOk({ type: 'host:skip' });
    await ana.untilPhase(next, 1);
  }
  await ben.untilPhase('decide', 1);
  return { ana, ben, game: server.registry.get(created.gameId)! };
}

describe('a command read after its phase’s deadline', () => {
  it('meets the phase after it: the deadline is applied first, in the log and in what everyone sees', async () => {
    const clock = new FakeClock();
    const { ben, game } = await deciding(clock);
    const deadline = game.engine.state.deadline!;
    clock.pass(deadline - clock.now() + 50);
    expect(game.engine.state.phase).toBe('decide');

    const late = await ben.command({ type: 'move:submit', move: SAMPLE_SHEETS.whiteHouse });
    expect(late.ok || late.error.code).toBe('WRONG_PHASE');
    await game.settled();
    const { state, log } = game.engine;
    expect(state.round === 2 || state.phase !== 'decide').toBe(true);
    expect(state.submitted.whiteHouse).toBeUndefined();
    expect(state.reports).toHaveLength(1);
    // The round was resolved at the deadline, from the sheets in by then: the White House's stood still.
    expect(log.some((event) => event.type === 'clock:timeout')).toBe(true);
    const lastCommand = log.findLastIndex(
      (event) => event.type !== 'clock:timeout' && event.type !== 'market:tick',
    );
    expect(log.findLastIndex((event) => event.type === 'clock:timeout')).toBeGreaterThan(lastCommand);
  });

  it('is taken in its phase while the deadline has not come', async () => {
    const clock = new FakeClock();
    const { ben, game } = await deciding(clock);
    clock.pass(game.engine.state.deadline! - clock.now() - 50);
    const inTime = await ben.command({ type: 'move:submit', move: SAMPLE_SHEETS.whiteHouse });
    expect(inTime.ok).toBe(true);
    expect(game.engine.state.submitted.whiteHouse).toBeDefined();
  });
});
