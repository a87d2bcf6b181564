import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playerViewFor } from '../../shared/game/player-view.ts';
import type { GameState } from '../../shared/game/state.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import type { GameUpdateMessage } from '../../shared/protocol/socket.ts';
import { ROLE_IDS, type RoleId } from '../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../shared/scenario/japan-2025.ts';
import { SHEETS } from '../integration/harness.ts';
import { type KnownSecrets, secretsLeaked } from '../integration/leaks.ts';
import { FuzzClient } from './fuzz-client.ts';
import { createWorld, type FuzzWorld, runSteps, until } from './fuzz-world.ts';
import { stepArbitrary } from './recipes.ts';

/**
 * Every payload every socket received, over a whole game played by four people and over fuzzed traffic
 * from ten more clients wandering between games (joining tables as team members, resuming, creating):
 * nobody ever gets a token but its own (in its own answer), another role's objectives or book, a
 * private message of a channel it is not in, a proposal it is not party to, or Tokyo's holdings.
 */
let world: FuzzWorld;
const table: FuzzClient[] = [];

beforeAll(async () => {
  world = await createWorld();
});

afterAll(async () => {
  for (const client of table) client.close();
  await world.close();
});

let serial = 0;
async function ok(client: FuzzClient, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const answer: Ack | null = await client.ask('game:command', [
    { commandId: `table-${++serial}`, version: client.view?.version ?? 0, ...body },
  ]);
  if (!answer?.ok) throw new Error(`${client.id} ${String(body.type)}: ${JSON.stringify(answer)}`);
  return answer.data as Record<string, unknown>;
}

const everyone = (check: (client: FuzzClient) => boolean, what: string) =>
  Promise.all(table.map((client) => until(client, check, what)));

const inPhase = (phase: string, round?: number) => (client: FuzzClient) =>
  client.view?.phase === phase && (round === undefined || client.view.round === round);

/** Fuzzed traffic from the world's clients, in batches, while the table plays. */
async function fuzz(steps: number, seed: number): Promise<void> {
  const [batch] = fc.sample(
    fc.array(stepArbitrary(world.clients.length), { minLength: steps, maxLength: steps }),
    {
      numRuns: 1,
      seed,
    },
  );
  await runSteps(world, batch!);
}

async function playWholeGame(): Promise<void> {
  const [tokyo, whiteHouse, investors, usBusiness] = table as [
    FuzzClient,
    FuzzClient,
    FuzzClient,
    FuzzClient,
  ];
  const seat: Record<RoleId, FuzzClient> = { tokyo, whiteHouse, investors, usBusiness };
  await tokyo.ask('game:create', [
    { mode: 'multiplayer', role: 'tokyo', rounds: 2, botFill: false, seed: 42 },
  ]);
  for (const role of ['whiteHouse', 'investors', 'usBusiness'] as const)
    await seat[role].ask('game:join', [{ code: tokyo.code, name: role, role }]);
  // The wandering fuzz clients may now find this table too.
  world.pools.codes.add(tokyo.code!);
  world.pools.gameIds.add(tokyo.gameId!);

  await ok(tokyo, { type: 'host:start' });
  await everyone(inPhase('briefing'), 'briefing');
  await ok(tokyo, { type: 'host:skip' });
  for (let round = 1; round <= 2; round++) {
    await everyone(inPhase('news', round), `news ${round}`);
    await ok(tokyo, { type: 'host:skip' });
    await everyone(inPhase('negotiate', round), `negotiate ${round}`);
    await fuzz(300, 100 + round);
    for (const role of ROLE_IDS)
      await ok(seat[role], {
        type: 'chat:statement',
        statement: { text: `${role} speaks in round ${round}`, signal: 'none' },
      });
    await ok(tokyo, {
      type: 'chat:private',
      message: { to: ['whiteHouse'], text: `pm-t-${round} we could sell` },
    });
    await ok(investors, {
      type: 'chat:private',
      message: { to: ['usBusiness'], text: `pm-i-${round} hedge now` },
    });
    await ok(whiteHouse, {
      type: 'chat:private',
      message: { to: ['tokyo', 'investors'], text: `pm-w-${round} off the record` },
    });
    const { proposalId } = await ok(whiteHouse, {
      type: 'deal:propose',
      proposal: {
        terms: [
          { kind: 'tariffCap', role: 'whiteHouse', maxPct: 10, includesAutos: true },
          { kind: 'noNetSales', role: 'tokyo' },
        ],
        durationRounds: 1,
      },
    });
    await until(
      tokyo,
      (client) => client.view?.proposals.some((p) => p.id === proposalId) ?? false,
      'the proposal',
    );
    await ok(tokyo, { type: 'deal:accept', proposalId });
    // A proposal between the investors and business: Tokyo and the White House must never see it.
    await ok(usBusiness, {
      type: 'deal:propose',
      proposal: {
        terms: [
          { kind: 'passThroughCap', role: 'usBusiness', maxPct: 30 },
          { kind: 'treasuryFloor', role: 'investors', minPct: 40 },
        ],
        durationRounds: 2,
      },
    });
    // The market ticks while they talk (every 2 s): Tokyo's ticks carry its holdings.
    for (let tick = 0; tick < 3; tick++) await world.clock.advance(2_000);
    await ok(tokyo, { type: 'host:skip' });
    await everyone(inPhase('decide', round), `decide ${round}`);
    for (const role of ROLE_IDS) await ok(seat[role], { type: 'move:submit', move: SHEETS[role] });
    await fuzz(300, 200 + round);
  }
  await everyone(inPhase('ended'), 'the end');
}

describe('what every socket received', () => {
  it('over a whole game and fuzzed traffic, holds no secret that is not its own', {
    timeout: 90_000,
  }, async () => {
    for (let n = 0; n < 4; n++) table.push(await FuzzClient.connect(world.server.url, `d${n}`, world.ledger));
    await fuzz(1000, 1);
    await playWholeGame();
    await fuzz(1000, 2);
    for (const game of world.server.registry.games()) await game.settled();

    const finished = world.server.registry.get(table[0]!.gameId!)!.engine.state;
    const secrets: KnownSecrets = {
      tokenOwners: world.ledger.tokenOwners,
      objectives: Object.fromEntries(
        ROLE_IDS.map((role) => [
          role,
          DEFAULT_SCENARIO.briefs[role].confidentialObjectives.flatMap((text) => Object.values(text)),
        ]),
      ) as Record<RoleId, string[]>,
      privateNotes: world.ledger.privateNotes,
      bookKeys: bookOnlyKeys(finished),
    };
    const clients = [...world.clients, ...table];
    const leaks = clients.flatMap((client) =>
      secretsLeaked(client.id, client.received, secrets).map((leak) => `${client.id}: ${leak}`),
    );
    expect(leaks.slice(0, 20)).toEqual([]);

    // The audit had something to find: the secrets were there, with their owners.
    const received = clients.reduce((sum, client) => sum + client.received.length, 0);
    expect(received).toBeGreaterThan(3_000);
    expect(world.ledger.events).toBeGreaterThan(3_200);
    expect(secrets.privateNotes.length).toBeGreaterThanOrEqual(6);
    expect(secrets.tokenOwners.size).toBeGreaterThanOrEqual(14);
    expect(secrets.bookKeys.size).toBeGreaterThan(5);
    const [tokyo, whiteHouse, investors] = table as [FuzzClient, FuzzClient, FuzzClient];
    // Market ticks reached the table (updates with a new point and no new version), Tokyo's with its holdings.
    const ticks = (client: FuzzClient) =>
      client.received.filter(
        (entry) =>
          entry.event === 'game:update' &&
          (entry.payload as GameUpdateMessage).newPoints.length === 1 &&
          !(entry.payload as GameUpdateMessage).patch.some((op) => op.path[0] === 'version'),
      );
    expect(ticks(tokyo).some((entry) => JSON.stringify(entry.payload).includes('"holdings"'))).toBe(true);
    expect(ticks(whiteHouse).length).toBeGreaterThan(0);
    expect(JSON.stringify(whiteHouse.received)).toContain('pm-t-1');
    expect(JSON.stringify(investors.received)).not.toContain('pm-t-1');
    expect(JSON.stringify(investors.received)).toContain('pm-w-2');
    expect(finished.phase).toBe('ended');
    expect(finished.deals.length).toBe(2);
  });
});

/** Keys of the four books that the public view never uses: they may only appear under a seat's own `you.book`. */
function bookOnlyKeys(state: GameState): Set<string> {
  const publicKeys = new Set<string>();
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null)
      for (const [key, child] of Object.entries(value)) {
        publicKeys.add(key);
        collect(child);
      }
  };
  collect(playerViewFor(state, null));
  return new Set(
    ROLE_IDS.flatMap((role) => Object.keys(state.books[role])).filter((key) => !publicKeys.has(key)),
  );
}
