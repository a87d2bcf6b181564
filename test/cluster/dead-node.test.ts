import { afterAll, describe, expect, it } from 'vitest';
import type { Roster } from '../../shared/protocol/socket.ts';
import { TestPlayer } from '../integration/harness.ts';
import { ScratchCluster } from './scratch-cluster.ts';

/**
 * A node that dies takes its sockets with it, and the node running their game must hear of it though
 * nobody tells it: a guest joined through node A a game node B runs; node A is killed with SIGKILL. The
 * guest's seat must show as away in the roster node B sends (so idle takeover and the lobby's seat list
 * see the truth), within a few seconds, and count as connected again when the guest comes back.
 */

let cluster: ScratchCluster | null = null;
const players: TestPlayer[] = [];

afterAll(async () => {
  for (const player of players) player.socket.disconnect();
  await cluster?.stop();
});

const whiteHouse = (roster: Roster | null) => roster?.seats.find((seat) => seat.role === 'whiteHouse');
const guestConnected = (roster: Roster | null) =>
  whiteHouse(roster)?.people.find((person) => person.name === 'Guest')?.connected;

describe('a dead node', () => {
  it('stops counting its sockets as connected in games other nodes run', { timeout: 60_000 }, async () => {
    cluster = await ScratchCluster.start(['node-a', 'node-b'], { LEVERAGE_LEASE_MS: '1000' });
    const [nodeA, nodeB] = [cluster.node('node-a'), cluster.node('node-b')];
    const host = await TestPlayer.connect(nodeB.url, 'Host');
    const guest = await TestPlayer.connect(nodeA.url, 'Guest');
    players.push(host, guest);
    const created = await host.create({ mode: 'multiplayer', role: 'tokyo' });
    await guest.join(created.code, 'whiteHouse');
    const until = async (check: () => boolean, what: string, timeoutMs: number) => {
      const started = Date.now();
      while (!check()) {
        if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
        await new Promise((done) => setTimeout(done, 50));
      }
      return Date.now() - started;
    };
    await until(() => guestConnected(host.roster) === true, 'the guest connected', 5000);

    await nodeA.process.kill();
    const awayAfterMs = await until(() => guestConnected(host.roster) === false, 'the guest away', 10_000);
    console.info(`[cluster] the dead node's guest showed away ${awayAfterMs} ms after the kill`);
    expect(whiteHouse(host.roster)?.connected).toBe(false);

    // Back through node B with the token: connected again.
    const back = await TestPlayer.connect(nodeB.url, 'Guest');
    players.push(back);
    expect((await back.resume(created.gameId, guest.joined!.token)).role).toBe('whiteHouse');
    await until(() => guestConnected(host.roster) === true, 'the guest back', 5000);
    expect(nodeB.process.errors()).toEqual([]);
  });
});
