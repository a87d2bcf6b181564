import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { STATEMENTS_PER_ROUND } from '../../shared/game/limits.ts';
import { FakeClock } from './fake-clock.ts';
import { FLOOD_BUDGETS, floodAfter, RETRIED } from './flood.ts';
import { closeAfterEach, startServer, TestPlayer } from './harness.ts';

let server: LeverageServerHandle | null = null;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

describe('a retried command', () => {
  it('is answered, not applied again, after 280 other commands from the same seat', async () => {
    server = await startServer({
      clock: new FakeClock(),
      botDelayMs: 60_000,
      ...FLOOD_BUDGETS,
    });
    const solo = await TestPlayer.connect(server.url, 'Sol');
    players = [solo];
    const joined = await solo.create({ mode: 'solo', role: 'tokyo', seed: 4 });
    await solo.untilPhase('briefing');
    await solo.commandOk({ type: 'host:skip' });
    await solo.untilPhase('news', 1);
    await solo.commandOk({ type: 'host:skip' });
    await solo.untilPhase('negotiate', 1);

    const first = await solo.command(RETRIED, 'retry-me');
    expect(first.ok).toBe(true);
    await floodAfter(solo);
    const game = server.registry.get(joined.gameId)!;
    const { statements, version } = game.engine.state;
    expect(statements).toHaveLength(STATEMENTS_PER_ROUND - 1);

    const again = await solo.command(RETRIED, 'retry-me');
    expect(again).toEqual(first);
    expect(game.engine.state.statements).toBe(statements);
    expect(game.engine.state.version).toBe(version);
  });
});
