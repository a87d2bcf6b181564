import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { SqliteGameStore } from '../../server/store/sqlite-store.ts';
import { STATEMENTS_PER_ROUND } from '../../shared/game/limits.ts';
import { FakeClock } from '../integration/fake-clock.ts';
import { FLOOD_BUDGETS, floodAfter, RETRIED } from '../integration/flood.ts';
import { startServer, TestPlayer } from '../integration/harness.ts';
import { commandKeys, removeTempFolders, tempDataDir } from './helpers.ts';

let servers: LeverageServerHandle[] = [];
let players: TestPlayer[] = [];
let stores: SqliteGameStore[] = [];

afterEach(async () => {
  for (const player of players) player.close();
  players = [];
  for (const server of servers) await server.close();
  servers = [];
  for (const store of stores) await store.close();
  stores = [];
  removeTempFolders();
});

async function serve(dataDir: string, clock: FakeClock): Promise<LeverageServerHandle> {
  const store = new SqliteGameStore({ dataDir: join(dataDir, 'data') });
  stores.push(store);
  const server = await startServer({
    clock,
    store,
    botDelayMs: 60_000,
    ...FLOOD_BUDGETS,
  });
  servers.push(server);
  return server;
}

async function connect(server: LeverageServerHandle, name: string): Promise<TestPlayer> {
  const player = await TestPlayer.connect(server.url, name);
  players.push(player);
  return player;
}

describe('a retried command across a restart', () => {
  it('gets its first answer from a new server after 280 other commands, and is applied once', async () => {
    const clock = new FakeClock();
    const dataDir = tempDataDir();
    const first = await serve(dataDir, clock);
    const solo = await connect(first, 'Sol');
    const joined = await solo.create({ mode: 'solo', role: 'tokyo', seed: 4 });
    await solo.untilPhase('briefing');
    await solo.commandOk({ type: 'host:skip' });
    await solo.untilPhase('news', 1);
    await solo.commandOk({ type: 'host:skip' });
    await solo.untilPhase('negotiate', 1);
    const said = await solo.command(RETRIED, 'retry-me');
    expect(said.ok).toBe(true);
    await floodAfter(solo);
    const before = first.registry.get(joined.gameId)!.engine.state;
    expect(before.statements).toHaveLength(STATEMENTS_PER_ROUND - 1);

    for (const player of players) player.close();
    players = [];
    await first.close();
    servers = [];

    const second = await serve(dataDir, clock);
    expect(second.restored).toMatchObject({ games: 1, failed: 0 });
    const back = await connect(second, 'Sol again');
    await back.resume(joined.gameId, joined.token);
    const retried = await back.command(RETRIED, 'retry-me');
    expect(retried).toEqual(said);
    const game = second.registry.get(joined.gameId)!;
    expect(game.engine.state.statements).toHaveLength(STATEMENTS_PER_ROUND - 1);
    expect(game.engine.state.version).toBe(before.version);
    const log = (await second.store.readLog(joined.gameId)).map((entry) => entry.event);
    expect(commandKeys(log).filter((key) => key === 'tokyo:retry-me')).toHaveLength(1);
  });
});
