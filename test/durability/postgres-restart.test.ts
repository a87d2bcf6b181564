import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresGameStore } from '../../server/store/postgres-store.ts';
import { TestPlayer } from '../integration/harness.ts';
import { commandKeys, replayStored } from './helpers.ts';
import { ScratchPostgres } from './postgres.ts';
import { freePort, ServerProcess } from './server-process.ts';

/**
 * `npm start` with LEVERAGE_DATABASE_URL, killed with SIGKILL mid-round and started again: the game
 * comes back from PostgreSQL with every command that was acknowledged, and its log replays exactly.
 */

let postgres: ScratchPostgres | null = null;
let server: ServerProcess | null = null;
const players: TestPlayer[] = [];
let store: PostgresGameStore | null = null;

beforeAll(async () => {
  postgres = await ScratchPostgres.start();
}, 60_000);

afterAll(async () => {
  for (const player of players) player.close();
  await server?.kill();
  await store?.close();
  await postgres?.stop();
});

async function serve(url: string): Promise<string> {
  const port = await freePort();
  server = await ServerProcess.start({
    PORT: String(port),
    LEVERAGE_DATABASE_URL: url,
    LEVERAGE_BOT_DELAY_MS: '100',
  });
  return `http://127.0.0.1:${port}`;
}

async function connect(address: string, name: string): Promise<TestPlayer> {
  const player = await TestPlayer.connect(address, name);
  players.push(player);
  return player;
}

describe('the server on PostgreSQL', () => {
  it('restores a game from PostgreSQL after a kill -9, with no acknowledged move lost', async () => {
    const url = await postgres!.freshSchema();
    const first = await serve(url);

    const host = await connect(first, 'Aki');
    const joined = await host.create({ mode: 'solo', role: 'tokyo', seed: 11 });
    await host.untilPhase('briefing');
    // Printed just after 'serving on', long before a game is created.
    expect(server!.output.join('\n')).toContain('games are kept in PostgreSQL');
    await host.commandOk({ type: 'host:skip' });
    await host.untilPhase('news', 1);
    await host.commandOk({ type: 'host:skip' });
    await host.untilPhase('negotiate', 1);
    const said: string[] = [];
    for (const text of ['We hold $1.1tn', 'Talk first', 'Or we sell']) {
      const commandId = `said-${said.length}`;
      const answer = await host.command(
        { type: 'chat:statement', statement: { text, signal: 'none' } },
        commandId,
      );
      expect(answer.ok).toBe(true);
      said.push(`tokyo:${commandId}`);
    }
    const versionBefore = host.view!.version;
    await server!.kill();
    host.close();

    const second = await serve(url);
    const back = await connect(second, 'Aki again');
    await back.resume(joined.gameId, joined.token);
    await back.until(
      (player) => (player.view?.version ?? -1) >= versionBefore,
      5000,
      'the view before the kill',
    );
    expect(back.view!.round).toBe(1);
    expect(back.view!.statements.map((statement) => statement.text)).toEqual(
      expect.arrayContaining(['We hold $1.1tn', 'Talk first', 'Or we sell']),
    );

    store = new PostgresGameStore({ connectionString: url });
    const log = (await store.readLog(joined.gameId)).map((entry) => entry.event);
    expect(commandKeys(log).filter((key) => said.includes(key))).toEqual(said);
    const replay = await replayStored(store, joined.gameId);
    expect(replay.mismatches).toEqual([]);
    expect(replay.outOfOrder).toEqual([]);
    // Two starts of the server in a child process (each compiles it): seconds apiece on a busy machine.
  }, 90_000);
});
