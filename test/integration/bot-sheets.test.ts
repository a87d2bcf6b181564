import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import type { GameEvent } from '../../shared/game/events.ts';
import type { RoleId } from '../../shared/roles.ts';
import { FakeClock } from './fake-clock.ts';
import { closeAfterEach, SHEETS, startServer, TestPlayer } from './harness.ts';

let server: LeverageServerHandle | null = null;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

const BOTS: RoleId[] = ['investors', 'usBusiness'];

/** Who handed in a sheet, in the order the log has them. */
const sheetsIn = (log: readonly GameEvent[]) =>
  log.flatMap((event) =>
    event.type === 'move:submit' && event.actor.kind === 'seat' ? [event.actor.role] : [],
  );

/** Tokyo (the host) and the White House are people, the bots sit in the other two seats; on to decide. */
async function tableInDecide() {
  // The clock stands still: the bots' sheets wait on their delay unless a person's sheet hurries them.
  server = await startServer({ clock: new FakeClock(), botDelayMs: 60_000 });
  const ana = await TestPlayer.connect(server.url, 'Ana');
  const ben = await TestPlayer.connect(server.url, 'Ben');
  players = [ana, ben];
  const created = await ana.create({ mode: 'multiplayer', role: 'tokyo', rounds: 2, seed: 21 });
  await ben.join(created.code, 'whiteHouse');
  await ana.commandOk({ type: 'host:start' });
  for (const phase of ['briefing', 'news', 'negotiate']) {
    await ana.untilPhase(phase);
    await ana.commandOk({ type: 'host:skip' });
  }
  await Promise.all(players.map((player) => player.untilPhase('decide', 1)));
  return { ana, ben, game: server.registry.get(created.gameId)! };
}

describe('bots’ sheets hurried by a person’s sheet', () => {
  it('are left waiting by a refused or malformed sheet, and by a sheet the phase still waits past', async () => {
    const { ana, ben, game } = await tableInDecide();
    const malformed = await ana.command({ type: 'move:submit', move: { role: 'tokyo', treasury: 'all' } });
    expect(malformed.ok || malformed.error.code).toBe('INVALID_COMMAND');
    const wrongSeat = await ben.command({ type: 'move:submit', move: SHEETS.tokyo });
    expect(wrongSeat.ok || wrongSeat.error.code).toBe('WRONG_ROLE');
    await game.settled();
    expect(sheetsIn(game.engine.log)).toEqual([]);
    for (const role of BOTS) expect(ana.view!.seats[role].submitted, role).toBe(false);

    // Ana's sheet is accepted, but Ben's is still to come: the bots keep their own pace.
    await ana.commandOk({ type: 'move:submit', move: SHEETS.tokyo });
    await ben.until((player) => player.view!.seats.tokyo.submitted, 5000, 'Tokyo’s sheet');
    expect(sheetsIn(game.engine.log)).toEqual(['tokyo']);
    for (const role of BOTS) expect(ben.view!.seats[role].submitted, role).toBe(false);
  });

  it('land before the last person’s sheet closes the round', async () => {
    const { ana, ben, game } = await tableInDecide();
    await ana.commandOk({ type: 'move:submit', move: SHEETS.tokyo });
    await ben.commandOk({ type: 'move:submit', move: SHEETS.whiteHouse });
    await Promise.all(players.map((player) => player.untilPhase('news', 2)));
    expect(sheetsIn(game.engine.log)).toEqual(['tokyo', ...BOTS, 'whiteHouse']);
  });
});
