import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FuzzClient } from './fuzz-client.ts';
import { createWorld, type FuzzWorld, runSteps, unexplainedChanges, until } from './fuzz-world.ts';
import { stepArbitrary } from './recipes.ts';

/**
 * 10,000 random and malformed events at a live server: wrong types, huge strings and arrays, 1e308,
 * NaN, binary, __proto__ keys, unknown events, events without (or with misplaced) acknowledgements,
 * out-of-phase commands, other seats' sheets, other games' proposals and ids, replayed commandIds and
 * bogus tokens. The server must answer each one that asks with a well-formed answer (never INTERNAL),
 * keep every connection, and change no game except by commands it said yes to.
 */
const RUNS = 50;
const STEPS_PER_RUN = 200;
const SEED = 20250403;

let world: FuzzWorld;

beforeAll(async () => {
  world = await createWorld();
});

afterAll(async () => {
  await world.close();
});

describe('the server under fuzzing', () => {
  it('answers every event, keeps every connection, and changes games only by accepted commands', {
    timeout: 90_000,
  }, async () => {
    const started = performance.now();
    const eventsBefore = world.ledger.events;
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArbitrary(world.clients.length), { minLength: STEPS_PER_RUN, maxLength: STEPS_PER_RUN }),
        async (steps) => {
          await runSteps(world, steps);
          expect(world.ledger.broken).toEqual([]);
          expect(world.clients.filter((client) => !client.connected).map((client) => client.id)).toEqual([]);
        },
      ),
      // The server keeps its state from run to run, so shrinking a failure would not replay it: report as found.
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    const sent = world.ledger.events - eventsBefore;
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(performance.now() - started).toBeLessThan(60_000);

    // The fuzz reached the game, not just the schema: commands were accepted and refused for every reason.
    const codes = world.ledger.codes;
    const count = (key: string) => codes.get(key) ?? 0;
    expect(count('game:command ok')).toBeGreaterThan(300);
    for (const code of [
      'INVALID_COMMAND',
      'WRONG_PHASE',
      'STALE_VERSION',
      'FORBIDDEN',
      'WRONG_ROLE',
      'UNKNOWN_PROPOSAL',
      'SELF_MESSAGE',
    ])
      expect(count(`game:command ${code}`), code).toBeGreaterThan(0);
    for (const key of [
      'game:join NOT_FOUND',
      'seat:resume UNAUTHORIZED',
      'game:create INVALID_COMMAND',
      // The seat events reached their rules, not only their schemas.
      'seat:request INVALID_COMMAND',
      'seat:answerRequest NOT_FOUND',
      'seat:remove FORBIDDEN',
    ])
      expect(count(key), key).toBeGreaterThan(0);

    const { problems, games, logged } = await unexplainedChanges(world);
    expect(problems).toEqual([]);
    expect(games).toBeGreaterThanOrEqual(3);
    expect(logged).toBeGreaterThan(300);
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is still up afterwards: healthy, and a newcomer can create and join games', async () => {
    // Let the join-code guard forget the fuzzer's guesses; the timers that now fire are the games' own.
    await world.clock.advance(61_000);
    const health = (await (await fetch(`${world.server.url}/healthz`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ok', connections: world.clients.length });
    const host = await FuzzClient.connect(world.server.url, 'late-host', world.ledger);
    const guest = await FuzzClient.connect(world.server.url, 'late-guest', world.ledger);
    try {
      const created = await host.ask('game:create', [{ mode: 'multiplayer', role: 'tokyo' }]);
      expect(created).toMatchObject({ ok: true });
      expect(
        await guest.ask('game:join', [{ code: host.code, name: 'Late', role: 'whiteHouse' }]),
      ).toMatchObject({
        ok: true,
        data: { role: 'whiteHouse' },
      });
      await until(guest, (client) => client.view?.phase === 'lobby', 'the lobby');
    } finally {
      host.close();
      guest.close();
    }
  });

  it('would notice a change nobody was told about', async () => {
    const game = [...world.server.registry.games()].find((candidate) =>
      ['briefing', 'news', 'negotiate', 'decide'].includes(candidate.engine.state.phase),
    )!;
    const { version } = game.engine.state;
    // Straight into the engine, past the socket and its acknowledgement.
    const answer = game.engine.command(
      { kind: 'host' },
      { type: 'host:extend', commandId: 'behind-the-back', version, seconds: 5 },
      world.clock.now(),
    );
    expect(answer.ok).toBe(true);
    // (The clock has moved since the fuzz, so timer entries are reported too; only the stranger matters here.)
    const { problems } = await unexplainedChanges(world);
    expect(problems.filter((problem) => problem.includes('never accepted'))).toEqual([
      `${game.id}: host:behind-the-back (host:extend) was never accepted`,
    ]);
  });
});
