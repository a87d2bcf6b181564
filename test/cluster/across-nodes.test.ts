import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorKey } from '../../shared/game/events.ts';
import type { Roster } from '../../shared/protocol/socket.ts';
import { commandKeys } from '../durability/helpers.ts';
import { ResilientPlayer } from '../durability/resilient-player.ts';
import { until } from '../fixtures/until.ts';
import { TestPlayer } from '../integration/harness.ts';
import { ScratchCluster } from './scratch-cluster.ts';

/**
 * People on two nodes of one game (server/cluster/), one cluster for the file: per-game messages that are
 * not commands reach the game through any node; a node frozen past its lease forwards what it still
 * receives to the game's new node; a node that dies takes its sockets with it though nobody tells the
 * game's node. The last test kills node A, so it comes last.
 */

let cluster: ScratchCluster;
const players: TestPlayer[] = [];
const resilient: ResilientPlayer[] = [];

beforeAll(async () => {
  cluster = await ScratchCluster.start(['node-a', 'node-b'], { LEVERAGE_LEASE_MS: '1000' });
}, 90_000);

afterAll(async () => {
  for (const player of players) player.socket.disconnect();
  for (const player of resilient) player.close();
  await cluster?.stop();
});

async function connect(node: 'node-a' | 'node-b', name: string): Promise<TestPlayer> {
  const player = await TestPlayer.connect(cluster.node(node).url, name);
  players.push(player);
  return player;
}

const statement = (text: string) => ({ type: 'chat:statement', statement: { text, signal: 'none' } });
const seat = (roster: Roster | null, role: string) => roster?.seats.find((entry) => entry.role === role);
const connectedAs = (roster: Roster | null, role: string, name: string) =>
  seat(roster, role)?.people.find((person) => person.name === name)?.connected;

describe('people of one game on two nodes', () => {
  it('ask to join a seat through another node than the game’s, and are seated from there', {
    timeout: 30_000,
  }, async () => {
    const host = await connect('node-b', 'Host');
    const created = await host.create({ mode: 'multiplayer', role: 'tokyo' });
    const asker = await connect('node-a', 'Asker');
    const leaver = await connect('node-a', 'Leaver');

    // Forwarded to node B, which holds the request; node A keeps the socket waiting.
    const pending = await asker.ask('seat:request', { code: created.code, name: 'Asker', role: 'tokyo' });
    expect(pending, JSON.stringify(pending)).toMatchObject({ ok: true, data: { role: 'tokyo' } });
    await until(() => host.seatRequests.length === 1, 'the request at the host');
    expect(host.seatRequests[0]).toMatchObject({ name: 'Asker', role: 'tokyo' });

    // A requester whose socket closes at node A is withdrawn at node B.
    expect((await leaver.ask('seat:request', { code: created.code, name: 'Leaver', role: 'tokyo' })).ok).toBe(
      true,
    );
    await until(() => host.seatRequests.length === 2, 'both requests at the host');
    leaver.socket.disconnect();
    await until(() => host.seatRequests.length === 1, 'the leaver withdrawn');

    const requestId = host.seatRequests[0]!.requestId;
    expect(await host.ask('seat:answerRequest', { requestId, accept: true })).toMatchObject({ ok: true });
    await until(() => asker.seatAnswer?.accepted === true && asker.view !== null, 'the asker seated');
    expect(asker.joined).toMatchObject({ gameId: created.gameId, role: 'tokyo', isHost: false });
    await until(() => connectedAs(host.roster, 'tokyo', 'Asker') === true, 'the asker in the roster');
    // Node A keeps the seated socket's data: its later events reach the game as the seat's.
    const synced = await asker.ask('game:sync', {});
    expect(synced).toMatchObject({ ok: true });
    const chosen = await asker.ask('lobby:chooseRole', { role: 'investors' });
    expect(chosen, JSON.stringify(chosen)).toMatchObject({ ok: true });
    await until(() => connectedAs(host.roster, 'investors', 'Asker') === true, 'the asker at investors');

    // Removed by the host at node B, the asker's socket at node A leaves the game's rooms: it hears
    // nothing more of the game (a roster change the host still sees does not reach it).
    const askerId = seat(host.roster, 'investors')!.people.find((person) => person.name === 'Asker')!.id;
    expect(await host.ask('seat:remove', { personId: askerId })).toMatchObject({ ok: true });
    await until(() => asker.received.some(({ event }) => event === 'seat:removed'), 'the asker removed');
    const heardBefore = asker.received.length;
    const hawk = { personality: 'hawk', level: 'hard' };
    expect(await host.ask('lobby:setBot', { role: 'usBusiness', bot: hawk })).toMatchObject({ ok: true });
    await until(() => seat(host.roster, 'usBusiness')?.bot?.personality === 'hawk', 'the host sees the bot');
    await new Promise((done) => setTimeout(done, 300));
    expect(asker.received.slice(heardBefore).map(({ event }) => event)).toEqual([]);
  });

  it('tell a requester waiting through another node that the game ended', { timeout: 30_000 }, async () => {
    const host = await connect('node-b', 'Host');
    const created = await host.create({ mode: 'multiplayer', role: 'tokyo', botFill: false });
    await host.commandOk({ type: 'host:start' });
    await host.untilPhase('briefing');
    const asker = await connect('node-a', 'Asker');
    const asked = await asker.ask('seat:request', { code: created.code, name: 'Asker', role: 'tokyo' });
    expect(asked, JSON.stringify(asked)).toMatchObject({ ok: true });
    const { requestId } = (asked as { data: { requestId: string } }).data;
    await until(() => host.seatRequests.length === 1, 'the request at the host');

    // Nobody answers: the end at node B is the answer, sent to the socket node A holds.
    await host.commandOk({ type: 'host:end' });
    await until(() => asker.seatAnswer !== null, 'the answer at node A');
    expect(asker.seatAnswer).toEqual({ requestId, accepted: false, reason: 'gameEnded' });
    await until(() => host.seatRequests.length === 0, 'the host’s list emptied');
    // The request is gone at node B: answering it late finds nothing.
    expect(await host.ask('seat:answerRequest', { requestId, accept: true })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });

  /**
   * Node A is frozen (SIGSTOP) past its lease, node B takes the game over, and a command A's player sent
   * meanwhile is read by A when it runs again, before A has heard that the game moved. It must be
   * forwarded to B and answered from there, not refused INTERNAL (A's commit is refused by the fence)
   * or NOT_FOUND (A let the game go while the command waited in its queue).
   */
  it('forward what a node frozen past its lease still receives to the game’s new node', {
    timeout: 30_000,
  }, async () => {
    const [nodeA, nodeB] = [cluster.node('node-a'), cluster.node('node-b')];
    const host = new ResilientPlayer(nodeA.url, 'host');
    resilient.push(host);
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

  it('stop counting a dead node’s sockets as connected in games other nodes run', {
    timeout: 30_000,
  }, async () => {
    const host = await connect('node-b', 'Host');
    const guest = await connect('node-a', 'Guest');
    const created = await host.create({ mode: 'multiplayer', role: 'tokyo' });
    await guest.join(created.code, 'whiteHouse');
    await until(() => connectedAs(host.roster, 'whiteHouse', 'Guest') === true, 'the guest connected');

    await cluster.node('node-a').process.kill();
    const awayAfterMs = await until(
      () => connectedAs(host.roster, 'whiteHouse', 'Guest') === false,
      'the guest away',
      10_000,
    );
    console.info(`[cluster] the dead node's guest showed away ${awayAfterMs} ms after the kill`);
    expect(seat(host.roster, 'whiteHouse')?.connected).toBe(false);

    // Back through node B with the token: connected again.
    const back = await connect('node-b', 'Guest');
    expect((await back.resume(created.gameId, guest.joined!.token)).role).toBe('whiteHouse');
    await until(() => connectedAs(host.roster, 'whiteHouse', 'Guest') === true, 'the guest back');
    expect(cluster.node('node-b').process.errors()).toEqual([]);
  });
});
