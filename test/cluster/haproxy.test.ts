import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../fixtures/until.ts';
import { type ClientSocket, TestPlayer } from '../integration/harness.ts';
import { ScratchCluster } from './scratch-cluster.ts';
import { ScratchHaproxy } from './scratch-haproxy.ts';

/**
 * docs/deploy.md's load balancer, exactly as documented (only its addresses changed): HAProxy in front
 * of two nodes, round robin with a sticky cookie. People play one game through it over long-polling
 * (every poll must reach the node that holds the session: the cookie), over polling upgraded to a
 * WebSocket (as browsers connect), and over a WebSocket alone.
 */

let cluster: ScratchCluster;
let haproxy: ScratchHaproxy;
const players: TestPlayer[] = [];

beforeAll(async () => {
  cluster = await ScratchCluster.start(['node-1', 'node-2']);
  haproxy = await ScratchHaproxy.start(cluster.nodes.map((node) => `127.0.0.1:${node.port}`));
}, 90_000);

afterAll(async () => {
  for (const player of players) player.socket.disconnect();
  await haproxy?.stop();
  await cluster?.stop();
});

/** A player through the balancer; `withCredentials` keeps the balancer's cookie, as a browser does. */
async function connect(name: string, transports: ('polling' | 'websocket')[]): Promise<TestPlayer> {
  const socket: ClientSocket = io(haproxy.url(), {
    transports,
    withCredentials: true,
    reconnection: false,
    forceNew: true,
  });
  const player = new TestPlayer(name, socket);
  players.push(player);
  await new Promise<void>((ready, fail) => {
    socket.once('connect', () => ready());
    socket.once('connect_error', fail);
  });
  return player;
}

describe('the documented HAProxy in front of two nodes', () => {
  it('carries one game over long-polling, an upgraded connection and a WebSocket', {
    timeout: 30_000,
  }, async () => {
    const polling = await connect('Polling', ['polling']);
    const upgraded = await connect('Upgraded', ['polling', 'websocket']);
    const websocket = await connect('Socket', ['websocket']);
    const created = await polling.create({
      mode: 'multiplayer',
      role: 'tokyo',
      rounds: 1,
      briefingSeconds: 60,
      newsSeconds: 60,
      negotiateSeconds: 120,
      decideSeconds: 60,
    });
    await upgraded.join(created.code, 'whiteHouse');
    await websocket.join(created.code, 'investors');
    await until(() => upgraded.socket.io.engine.transport.name === 'websocket', 'the upgrade to a WebSocket');
    expect(polling.socket.io.engine.transport.name).toBe('polling');

    expect(await polling.command({ type: 'host:start' })).toMatchObject({ ok: true });
    for (const phase of ['briefing', 'news'] as const) {
      await until(() => polling.view?.phase === phase, phase);
      expect(await polling.command({ type: 'host:skip' })).toMatchObject({ ok: true });
    }
    const everyone = [polling, upgraded, websocket];
    await until(() => everyone.every((player) => player.view?.phase === 'negotiate'), 'the negotiation');
    for (const player of everyone) {
      const said = { type: 'chat:statement', statement: { text: `${player.name} speaks`, signal: 'none' } };
      expect(await player.command(said)).toMatchObject({ ok: true });
    }
    // Every statement reached every player, through whichever node each is on.
    const heard = (player: TestPlayer) => player.view?.statements.map((statement) => statement.text) ?? [];
    const all = everyone.map(({ name }) => `${name} speaks`);
    await until(
      () => everyone.every((player) => all.every((text) => heard(player).includes(text))),
      'every statement everywhere',
    );
    expect(everyone.every((player) => player.gaps === 0)).toBe(true);
    // The round robin spread the three over both nodes (each node's health counts its own sockets).
    const connections = await Promise.all(
      cluster.nodes.map(
        async (node) =>
          ((await (await fetch(`${node.url}/healthz`)).json()) as { connections: number }).connections,
      ),
    );
    expect(connections.reduce((sum, count) => sum + count, 0)).toBe(3);
    expect(Math.min(...connections)).toBeGreaterThanOrEqual(1);
    for (const node of cluster.nodes) expect(node.process.errors()).toEqual([]);
  });
});
