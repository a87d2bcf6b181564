import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGameConfig, createGameEngine } from '../../../shared/game/engine.ts';
import type { Actor } from '../../../shared/game/events.ts';
import { createFastGame } from '../../../shared/game/fast-engine.ts';
import type { Command } from '../../../shared/protocol/commands.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { type HeadlessOptions, runHeadlessGame } from '../../../shared/sim/headless.ts';
import { defaultProfiles, gameSeed } from '../../../shared/sim/profiles.ts';

/**
 * The headless fast path (no XState actor, no second parse of commands the bots built) must play the very
 * game the server's path plays: the machine and the schemas stay the statement of the rules.
 */
function bothWays(options: HeadlessOptions) {
  const machine = runHeadlessGame({ ...options, engine: 'machine' });
  const fast = runHeadlessGame({ ...options, engine: 'fast' });
  return { machine, fast };
}

describe('the headless fast path', () => {
  it('plays seeded games exactly as the machine and the schemas do: final state, scores and log', () => {
    const cases: HeadlessOptions[] = [
      ...Array.from({ length: 4 }, (_, index) => ({
        seed: gameSeed(42, index),
        profiles: defaultProfiles(index),
      })),
      { seed: 5, bindingDeals: true },
      { seed: 6, rounds: 3 },
      { seed: 7, profiles: defaultProfiles(3, { tokyo: { personality: 'hawk', level: 'hard' } }) },
    ];
    for (const options of cases) {
      const { machine, fast } = bothWays(options);
      expect(machine.state.phase).toBe('ended');
      expect(fast.state).toStrictEqual(machine.state);
      expect(fast.state.scores).toStrictEqual(machine.state.scores);
      expect(fast.log).toStrictEqual(machine.log);
      // Keys in the same order too: a state written out as JSON is the same text.
      expect(JSON.stringify(fast.state)).toBe(JSON.stringify(machine.state));
      expect([fast.refused, fast.refusals]).toEqual([machine.refused, machine.refusals]);
    }
  });

  it('answers host commands, seat commands, ticks and timeouts in any order as the actor does', () => {
    type Step =
      | { kind: 'host'; type: string; seconds?: number }
      | { kind: 'say'; role: number }
      | { kind: 'timeout' }
      | { kind: 'tick' };
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('host' as const),
        type: fc.constantFrom('host:start', 'host:skip', 'host:pause', 'host:resume', 'host:end'),
      }),
      fc.record({
        kind: fc.constant('host' as const),
        type: fc.constant('host:extend'),
        seconds: fc.nat(60),
      }),
      fc.record({ kind: fc.constant('say' as const), role: fc.nat(3) }),
      fc.constant({ kind: 'timeout' as const }),
      fc.constant({ kind: 'tick' as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.nat(1000), (steps: Step[], seed) => {
        const config = createGameConfig({
          gameId: 'fast',
          seed,
          rounds: 2,
          seats: { tokyo: 'human', whiteHouse: 'human', investors: 'bot', usBusiness: 'bot' },
        });
        const machine = createGameEngine(config, 0, undefined, 'actor');
        const fast = createFastGame(config, 0);
        let at = 1000;
        let id = 0;
        for (const each of steps) {
          at += 40_000;
          if (each.kind === 'timeout') expect(fast.timeout(at)).toBe(machine.timeout(at));
          else if (each.kind === 'tick') expect(fast.tick(at)).toBe(machine.tick(at));
          else {
            const actor: Actor =
              each.kind === 'host' ? { kind: 'host' } : { kind: 'seat', role: ROLE_IDS[each.role]! };
            const body =
              each.kind === 'host'
                ? { type: each.type, ...(each.seconds !== undefined ? { seconds: each.seconds + 1 } : {}) }
                : { type: 'chat:statement', statement: { text: `Word ${id}`, signal: 'none' } };
            const command = { ...body, commandId: `c${++id}`, version: machine.state.version } as Command;
            expect(fast.command(actor, command, at)).toEqual(machine.command(actor, command, at));
          }
          expect(fast.state).toStrictEqual(machine.state);
        }
        expect(fast.log).toStrictEqual(machine.log);
        expect(JSON.stringify(fast.state)).toBe(JSON.stringify(machine.state));
        machine.stop();
      }),
      { numRuns: 60 },
    );
  });
});
