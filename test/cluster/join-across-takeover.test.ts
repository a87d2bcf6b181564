import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { NodeRequest } from '../../server/cluster/relay.ts';
import { until } from '../fixtures/until.ts';
import { TestPlayer } from '../integration/harness.ts';
import { ScratchCluster } from './scratch-cluster.ts';

/**
 * A join forwarded to a game's node, which seats the person and dies before its answer goes out: the
 * asking node carries the same request (one id for every try, server/cluster/forward.ts) to the node that
 * takes the game over. The person is seated once, with a token from the second answer that holds the seat.
 */

let cluster: ScratchCluster | null = null;

/** Polls an asynchronous check (what the store holds) until it holds, or fails after `ms`. */
async function eventually(check: () => Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const giveUpAt = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > giveUpAt) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
const players: TestPlayer[] = [];

afterAll(async () => {
  for (const player of players) player.socket.disconnect();
  await cluster?.stop();
});

describe('a join carried to the node that took its game over', () => {
  it('seats its person once, not twice', { timeout: 60_000 }, async () => {
    cluster = await ScratchCluster.start(['node-a', 'node-b'], { LEVERAGE_LEASE_MS: '1000' });
    const host = await TestPlayer.connect(cluster.node('node-a').url, 'Host');
    players.push(host);
    const created = await host.create({ mode: 'multiplayer', role: 'tokyo' });
    const join: NodeRequest = {
      kind: 'event',
      requestId: randomUUID(),
      gameId: created.gameId,
      event: 'game:join',
      input: { code: created.code, role: 'investors', name: 'Late Lee' },
      socket: { id: 'socket-elsewhere', data: { node: 'node-elsewhere' }, rooms: [] },
    };
    const store = cluster.store();
    const seatedAs = async (name: string) =>
      ((await store.load(created.gameId))?.lobby.people ?? []).filter((person) => person.name === name);
    try {
      await cluster.relay('node-a', join);
      await eventually(async () => (await seatedAs('Late Lee')).length === 1, 'Late Lee seated at node A');
      const first = (await seatedAs('Late Lee'))[0]!.tokenDigest;

      await cluster.node('node-a').process.kill();
      const nodeB = cluster.node('node-b').process;
      await until(
        () => nodeB.output.some((line) => line.includes(`took over game ${created.gameId}`)),
        'node B running the game',
        10_000,
      );
      await cluster.relay('node-b', join);
      // Node B answers the join as the first time: the same person, whose new token (sent back to the
      // asker, which tells its socket) holds the seat.
      const resumed = await TestPlayer.connect(cluster.node('node-b').url, 'Host');
      players.push(resumed);
      await resumed.resume(created.gameId, host.joined!.token);
      await until(() => resumed.roster !== null, 'the roster at node B');
      // The second delivery has landed once node B stored a new token for the person it found.
      await eventually(
        async () => (await seatedAs('Late Lee')).some((person) => person.tokenDigest !== first),
        'the join answered again at node B',
      );
      expect(await seatedAs('Late Lee')).toHaveLength(1);
      expect(resumed.roster?.seats.find((seat) => seat.role === 'investors')?.people).toHaveLength(1);
      expect(nodeB.errors()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
