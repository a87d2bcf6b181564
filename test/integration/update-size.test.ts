import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { FakeClock } from './fake-clock.ts';
import { closeAfterEach, startServer, TestPlayer } from './harness.ts';

let server: LeverageServerHandle | null = null;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

const STATEMENTS = 300;
const UPDATE_BUDGET_BYTES = 32 * 1024;

describe('updates stay small however much is said', () => {
  it(`keeps every game:update under 32 KB through ${STATEMENTS} statements in one round`, async () => {
    // The clock stands still (the round never ends) and no rate limit gets in the way of the flood.
    server = await startServer({
      clock: new FakeClock(),
      bots: () => [],
      commandRate: { burst: 10_000, perSecond: 10_000 },
      seatCommandRate: { burst: 10_000, perSecond: 10_000 },
      addressRate: { burst: 10_000, perSecond: 10_000 },
    });
    const ana = await TestPlayer.connect(server.url, 'Ana');
    const others = await Promise.all(
      ['Ben', 'Cai', 'Dee'].map((name) => TestPlayer.connect(server!.url, name)),
    );
    players = [ana, ...others];
    const created = await ana.create({ mode: 'multiplayer', role: 'tokyo', botFill: false, seed: 3 });
    for (const [index, player] of others.entries()) await player.join(created.code, ROLE_IDS[index + 1]);
    await ana.commandOk({ type: 'host:start' });
    await ana.untilPhase('briefing');
    await ana.commandOk({ type: 'host:skip' });
    await ana.untilPhase('news', 1);
    await ana.commandOk({ type: 'host:skip' });
    await Promise.all(players.map((player) => player.untilPhase('negotiate', 1)));
    const from = players.map((player) => player.received.length);

    await Promise.all(
      players.map(async (player) => {
        for (let i = 0; i < STATEMENTS / players.length; i++) {
          await player.commandOk({
            type: 'chat:statement',
            statement: {
              text: `${player.name}, statement ${i}: our position is unchanged, and we expect the other side to move first.`,
              signal: 'none',
            },
          });
        }
      }),
    );
    await Promise.all(
      players.map((player) =>
        player.until((held) => held.view!.statements.length === STATEMENTS, 5000, 'every statement'),
      ),
    );

    for (const [index, player] of players.entries()) {
      const updates = player.received.slice(from[index]).filter((entry) => entry.event === 'game:update');
      expect(updates.length, player.name).toBeGreaterThanOrEqual(STATEMENTS);
      const sizes = updates.map((entry) => Buffer.byteLength(JSON.stringify(entry.payload)));
      expect(Math.max(...sizes), player.name).toBeLessThan(UPDATE_BUDGET_BYTES);
      // What each browser holds, built from the updates alone, is the whole record, in order.
      expect(player.gaps, player.name).toBe(0);
      expect(player.view!.statements.map((statement) => statement.id)).toEqual(
        server.registry.get(created.gameId)!.engine.state.statements.map((statement) => statement.id),
      );
    }
  });
});
