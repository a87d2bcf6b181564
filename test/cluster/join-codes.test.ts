import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { type ClusterLink, connectCluster } from '../../server/cluster/link.ts';
import { cryptoIds, type Ids } from '../../server/ids.ts';
import { type GameRecord, JoinCodeTakenError, type StoredLobby } from '../../server/store/game-store.ts';
import { PostgresGameStore } from '../../server/store/postgres-store.ts';
import { ScratchPostgres } from '../durability/postgres.ts';
import { ScratchRedis } from '../durability/redis.ts';
import { startServer, TestPlayer } from '../integration/harness.ts';

/**
 * A join code names one live game across the cluster (server/join-code.ts, migration 3): a node that
 * draws a code another node's live game holds is refused by PostgreSQL and draws again, so a code
 * typed at any node reaches the one game it was given for.
 */

let postgres: ScratchPostgres;
let redis: ScratchRedis;
const stores: PostgresGameStore[] = [];
const links: ClusterLink[] = [];
const servers: LeverageServerHandle[] = [];
const players: TestPlayer[] = [];

beforeAll(async () => {
  [postgres, redis] = await Promise.all([ScratchPostgres.start(), ScratchRedis.start()]);
});

afterAll(async () => {
  for (const player of players) player.socket.disconnect();
  for (const server of servers) await server.close();
  for (const link of links) {
    await link.relay.close();
    await link.redis.close();
  }
  for (const store of stores) await store.close();
  await Promise.all([postgres?.stop(), redis?.stop()]);
});

const lobby: StoredLobby = {
  people: [],
  bots: { tokyo: null, whiteHouse: null, investors: null, usBusiness: null },
  started: false,
  nextPersonId: 1,
};
const record = (id: string, code: string): GameRecord => ({
  id,
  code,
  settings: { mode: 'multiplayer', role: 'tokyo', botLevel: 'easy', bindingDeals: false, botFill: true },
  seed: 1,
  createdAt: 1_743_670_800_000,
});

/** A node in this process: its own store (with leases) and Redis link, on the shared services. */
async function startNode(url: string, id: string, ids: Ids): Promise<LeverageServerHandle> {
  const store = new PostgresGameStore({ connectionString: url, node: { id, leaseMs: 2500 } });
  stores.push(store);
  await store.ready();
  const cluster = await connectCluster(redis.url(), store.leases!, store.classroomLeases!);
  links.push(cluster);
  const server = await startServer({ store, cluster, ids });
  servers.push(server);
  return server;
}

describe('join codes across nodes', () => {
  it('are refused by PostgreSQL while another live game (active or idle) holds them, free once it ended', async () => {
    const store = new PostgresGameStore({ connectionString: await postgres.freshSchema() });
    stores.push(store);
    await store.create(record('first', 'SAME22'), lobby);
    const clash = store.create(record('second', 'SAME22'), lobby);
    await expect(clash).rejects.toBeInstanceOf(JoinCodeTakenError);
    await expect(clash).rejects.toMatchObject({ code: 'SAME22' });
    // Nothing of the refused game was kept.
    expect(await store.load('second')).toBeNull();
    await store.setIdle('first', true);
    await expect(store.create(record('third', 'SAME22'), lobby)).rejects.toBeInstanceOf(JoinCodeTakenError);
    await store.commit('first', { entries: [], ended: true });
    await store.create(record('fourth', 'SAME22'), lobby);
    expect((await store.load('fourth'))?.record.code).toBe('SAME22');
  });

  it('are drawn again by a node whose first draw another node gave out', { timeout: 30_000 }, async () => {
    const url = await postgres.freshSchema();
    const clash = cryptoIds.joinCode();
    const other = cryptoIds.joinCode();
    // Both nodes draw the same first code, as two independent generators may.
    const drawing = (codes: string[]): Ids => ({
      ...cryptoIds,
      joinCode: () => codes.shift() ?? cryptoIds.joinCode(),
    });
    const nodeA = await startNode(url, 'node-a', drawing([clash]));
    const nodeB = await startNode(url, 'node-b', drawing([clash, other]));
    const ana = await TestPlayer.connect(nodeA.url, 'Ana');
    const ben = await TestPlayer.connect(nodeB.url, 'Ben');
    const cleo = await TestPlayer.connect(nodeB.url, 'Cleo');
    players.push(ana, ben, cleo);
    const atA = await ana.create({ mode: 'multiplayer', role: 'tokyo' });
    const atB = await ben.create({ mode: 'multiplayer', role: 'tokyo' });
    expect(atA.code).toBe(clash);
    expect(atB.code).toBe(other);
    // The code typed at node B reaches node A's game (forwarded there), not node B's.
    const joined = await cleo.join(clash, 'whiteHouse');
    expect(joined.gameId).toBe(atA.gameId);
    expect(nodeB.registry.withCode(clash)).toBeUndefined();
  });
});
