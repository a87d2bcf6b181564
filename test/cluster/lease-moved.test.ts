import { afterAll, describe, expect, it } from 'vitest';
import { actorKey } from '../../shared/game/events.ts';
import { commandKeys } from '../durability/helpers.ts';
import { ResilientPlayer } from '../durability/resilient-player.ts';
import { ScratchCluster } from './scratch-cluster.ts';

/**
 * A node that loses a game's lease without dying: node A is frozen (SIGSTOP) past its lease, node B
 * takes the game over, and a command A's player sent meanwhile is read by A when it runs again, before
 * A has heard that the game moved. The command must be forwarded to B and answered from there, not
 * refused INTERNAL (A's commit is refused by the fence) or NOT_FOUND (A let the game go while the
 * command waited in its queue).
 */

let cluster: ScratchCluster | null = null;
const players: ResilientPlayer[] = [];

afterAll(async () => {
  for (const player of players) player.close();
  await cluster?.stop();
});

const statement = (text: string) => ({ type: 'chat:statement', statement: { text, signal: 'none' } });

describe('a node that lost a lease while frozen', () => {
  it('forwards the commands it still receives for the game to its new node', {
    timeout: 60_000,
  }, async () => {
    cluster = await ScratchCluster.start(['node-a', 'node-b'], { LEVERAGE_LEASE_MS: '1000' });
    const [nodeA, nodeB] = [cluster.node('node-a'), cluster.node('node-b')];
    const host = new ResilientPlayer(nodeA.url, 'host');
    players.push(host);
    await host.connected();
    const created = await host.create({
      mode: 'multiplayer',
      role: 'tokyo',
      rounds: 2,
      seed: 5,
      briefingSeconds: 60,
      newsSeconds: 60,
      negotiateSeconds: 120,
      decideSeconds: 60,
    });
    expect((await host.send({ type: 'host:start' })).ok).toBe(true);
    for (const phase of ['briefing', 'news'] as const) {
      await host.until(() => host.view?.phase === phase, 5000, phase);
      expect((await host.send({ type: 'host:skip' })).ok).toBe(true);
    }
    await host.until(() => host.view?.phase === 'negotiate', 5000, 'the negotiation');
    expect(await host.send(statement('before the freeze'))).toMatchObject({ ok: true });

    nodeA.process.pause();
    const tookOver = () =>
      nodeB.process.output.some((line) => line.includes(`took over game ${created.gameId}`));
    const frozenAt = Date.now();
    while (!tookOver() && Date.now() - frozenAt < 15_000) await new Promise((done) => setTimeout(done, 100));
    expect(tookOver(), nodeB.process.output.join('\n')).toBe(true);

    // Sent to the frozen node: it reads it first thing when it runs again.
    const sent = host.send(statement('while frozen'));
    await new Promise((done) => setTimeout(done, 200));
    nodeA.process.resume();
    const answer = await sent;
    expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });

    // The game goes on at node B, which holds the command, and its broadcast reaches the host on A.
    await host.until(
      () => host.view?.statements.some((said) => said.text === 'while frozen') ?? false,
      5000,
      'the statement in the chat',
    );
    const store = cluster.store();
    try {
      const keys = commandKeys((await store.readLog(created.gameId)).map((entry) => entry.event));
      for (const { payload, commandId } of host.accepted) {
        const actor = String(payload.type).startsWith('host:')
          ? { kind: 'host' as const }
          : { kind: 'seat' as const, role: 'tokyo' as const };
        expect(keys).toContain(`${actorKey(actor)}:${commandId}`);
      }
      expect(host.accepted.map(({ payload }) => payload.statement)).toContainEqual({
        text: 'while frozen',
        signal: 'none',
      });
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      await store.close();
    }
    expect(nodeB.process.errors()).toEqual([]);
  });
});
