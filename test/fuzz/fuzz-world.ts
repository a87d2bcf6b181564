import type { LeverageServerHandle } from '../../server/app.ts';
import { actorKey, type GameEvent } from '../../shared/game/events.ts';
import { replayGame } from '../../shared/game/replay.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import { FakeClock } from '../integration/fake-clock.ts';
import { startServer } from '../integration/harness.ts';
import { FuzzClient, Ledger } from './fuzz-client.ts';
import { concrete, Pools, type Step } from './recipes.ts';

/**
 * A live server (port 0, 127.0.0.1) with three tables already playing and a few clients that hold no
 * seat, on a clock that moves only when the test says so: no deadline or market tick can change a game
 * behind the fuzzer's back, so every entry in a game's log must be a command someone was told was accepted.
 */
export interface FuzzWorld {
  server: LeverageServerHandle;
  clock: FakeClock;
  ledger: Ledger;
  pools: Pools;
  clients: FuzzClient[];
  close(): Promise<void>;
}

const GENEROUS = { burst: 1_000_000, perSecond: 1_000_000 };

async function must(answer: Promise<Ack | null>, what: string): Promise<Ack> {
  const result = await answer;
  if (!result?.ok) throw new Error(`fuzz setup: ${what}: ${JSON.stringify(result)}`);
  return result;
}

let serial = 0;
async function command(client: FuzzClient, body: Record<string, unknown>): Promise<Ack> {
  const version = client.view?.version ?? 0;
  return must(
    client.ask('game:command', [{ commandId: `setup-${++serial}`, version, ...body }]),
    String(body.type),
  );
}

/** Waits until a client's view satisfies `check` (its updates arrive after the answer that caused them). */
export async function until(
  client: FuzzClient,
  check: (client: FuzzClient) => boolean,
  what: string,
): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check(client)) {
    if (Date.now() > deadline) throw new Error(`${client.id}: timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 2));
  }
}

export async function createWorld(): Promise<FuzzWorld> {
  const clock = new FakeClock();
  const server = await startServer({
    clock,
    // Bots that never act: every change to a game comes from a fuzzed client.
    bots: () => [],
    // The frozen clock never refills a bucket; the limits themselves are tested elsewhere.
    commandRate: GENEROUS,
    sessionRate: GENEROUS,
    createRate: GENEROUS,
    seatCommandRate: GENEROUS,
    addressRate: GENEROUS,
    maxOpenLobbiesPerAddress: 4000,
    maxGamesPerAddress: 4000,
    joinLimits: {
      failuresPerSocket: 400,
      failuresPerAddress: 4000,
      createsPerAddress: 400,
      windowMs: 60_000,
    },
    maxGames: 200,
  });
  const ledger = new Ledger();
  const pools = new Pools();
  const clients: FuzzClient[] = [];
  for (let n = 0; n < 10; n++) clients.push(await FuzzClient.connect(server.url, `c${n}`, ledger));
  const [a0, a1, a2, a3, b0, b1, b2, solo] = clients.slice(0, 8).map((client) => client!) as [
    FuzzClient,
    FuzzClient,
    FuzzClient,
    FuzzClient,
    FuzzClient,
    FuzzClient,
    FuzzClient,
    FuzzClient,
  ];

  // Table A: four people, twelve rounds, the host plays Tokyo.
  await must(
    a0.ask('game:create', [{ mode: 'multiplayer', role: 'tokyo', rounds: 12, botFill: false, seed: 1 }]),
    'create A',
  );
  for (const [client, role] of [
    [a1, 'whiteHouse'],
    [a2, 'investors'],
    [a3, 'usBusiness'],
  ] as const)
    await must(client.ask('game:join', [{ code: a0.code, name: role, role }]), `join A as ${role}`);
  // Table B: a host without a seat, two people and two (idle) bots.
  await must(b0.ask('game:create', [{ mode: 'multiplayer', rounds: 6, seed: 2 }]), 'create B');
  await must(b1.ask('game:join', [{ code: b0.code, name: 'B1', role: 'tokyo' }]), 'join B');
  await must(b2.ask('game:join', [{ code: b0.code, name: 'B2', role: 'whiteHouse' }]), 'join B');
  // Table C: one person against (idle) bots.
  await must(solo.ask('game:create', [{ mode: 'solo', role: 'investors', rounds: 3, seed: 3 }]), 'create C');

  await command(a0, { type: 'host:start' });
  await until(a0, (client) => client.view?.phase === 'briefing', 'A briefing');
  await command(a0, { type: 'host:skip' });
  await until(a0, (client) => client.view?.phase === 'news', 'A news');
  await command(a0, { type: 'host:skip' });
  await until(a0, (client) => client.view?.phase === 'negotiate', 'A negotiate');
  await command(b0, { type: 'host:start' });

  for (const client of clients) {
    if (client.code) pools.codes.add(client.code);
    if (client.gameId) pools.gameIds.add(client.gameId);
  }
  return {
    server,
    clock,
    ledger,
    pools,
    clients,
    async close() {
      for (const client of clients) client.close();
      await server.close();
    },
  };
}

let stepSerial = 0;

/** Plays the steps: each client sends its own in order (waiting for each answer), all clients at once. */
export async function runSteps(world: FuzzWorld, steps: readonly Step[]): Promise<void> {
  const byClient = new Map<number, Step[]>();
  for (const step of steps) byClient.set(step.client, [...(byClient.get(step.client) ?? []), step]);
  await Promise.all(
    [...byClient].map(async ([index, mine]) => {
      const client = world.clients[index]!;
      for (const step of mine) {
        const { event, args, ack } = concrete(step.recipe, client, world.pools, ++stepSerial);
        if (ack === 'none') client.fire(event, args);
        else await client.ask(event, args);
        for (const proposal of client.view?.proposals ?? []) world.pools.proposalIds.add(proposal.id);
        if (client.code) world.pools.codes.add(client.code);
        if (client.gameId) world.pools.gameIds.add(client.gameId);
      }
    }),
  );
}

const isCommand = (event: GameEvent) => event.type !== 'clock:timeout' && event.type !== 'market:tick';

/**
 * Every way a game changed other than by a command its sender was told was accepted: log entries nobody
 * was told about, accepted commands missing from the log, commands applied twice, timer entries, and a
 * state that its own log does not replay to.
 */
export async function unexplainedChanges(
  world: FuzzWorld,
): Promise<{ problems: string[]; games: number; logged: number }> {
  const problems: string[] = [];
  let logged = 0;
  const games = [...world.server.registry.games()];
  for (const game of games) await game.settled();
  for (const game of games) {
    const log = game.engine.log;
    logged += log.length;
    const accepted = world.ledger.accepted.get(game.id) ?? new Set<string>();
    const unanswered = world.ledger.unanswered.get(game.id) ?? new Set<string>();
    const keys: string[] = [];
    for (const event of log) {
      if (!isCommand(event)) {
        problems.push(`${game.id}: a ${event.type} entry while the clock stood still`);
        continue;
      }
      if (!('actor' in event)) continue;
      const key = `${actorKey(event.actor)}:${event.command.commandId}`;
      keys.push(key);
      if (!accepted.has(key) && !unanswered.has(key))
        problems.push(`${game.id}: ${key} (${event.type}) was never accepted`);
    }
    for (const key of accepted)
      if (!keys.includes(key)) problems.push(`${game.id}: accepted ${key} is not in the log`);
    if (new Set(keys).size !== keys.length) problems.push(`${game.id}: a command was applied twice`);
    const replayed = replayGame(game.engine.state.config, game.createdAt, log);
    if (JSON.stringify(replayed) !== JSON.stringify(game.engine.state))
      problems.push(`${game.id}: the log does not replay to the state`);
  }
  for (const gameId of world.ledger.accepted.keys())
    if (!world.server.registry.get(gameId))
      problems.push(`${gameId}: accepted commands for a game that is gone`);
  return { problems, games: games.length, logged };
}
