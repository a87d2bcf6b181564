import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGameConfig, createGameEngine, type GameEngine } from '../../../shared/game/engine.ts';
import type { SeatControlEvent } from '../../../shared/game/takeover.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { host, seat, T0, type TestGame } from './helpers.ts';
import { playStep, step } from './random-table.ts';

/**
 * The server's engine runs the machine on the stepper (machine-steps.ts); the XState actor is the
 * reference. Random games, mostly real ones (random-table.ts) with seats warned, taken over and handed
 * back between the steps, go through both at once: every answer, every state, every logged event, every
 * preview and every persisted snapshot must be the same, and a snapshot either one made must restore
 * into the other.
 */
function twin(stepper: GameEngine, actor: GameEngine): GameEngine {
  const both = <T>(run: (engine: GameEngine) => T): T => {
    const answer = run(stepper);
    expect(answer).toStrictEqual(run(actor));
    expect(stepper.state).toStrictEqual(actor.state);
    return answer;
  };
  return {
    get state() {
      return stepper.state;
    },
    get log() {
      return stepper.log;
    },
    command: (sender, input, at, reason) => both((engine) => engine.command(sender, input, at, reason)),
    preview: (sender, input, at) => both((engine) => engine.preview(sender, input, at)),
    timeout: (at) => both((engine) => engine.timeout(at)),
    tick: (at) => both((engine) => engine.tick(at)),
    seatControl: (event) => both((engine) => engine.seatControl(event)),
    replay: (event) => both((engine) => engine.replay(event)),
    persistedSnapshot: () => both((engine) => engine.persistedSnapshot()),
    stop: () => {
      stepper.stop();
      actor.stop();
    },
  };
}

const seatControl = fc.record({
  type: fc.constantFrom('seat:warn', 'seat:takeover', 'seat:return'),
  role: fc.constantFrom(...ROLE_IDS),
});

describe('the engine on the stepper and on the XState actor', () => {
  it('answer, change state, log, preview and persist alike in random games', () => {
    const phasesSeen = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(2, 3),
        fc.array(fc.oneof({ weight: 12, arbitrary: step }, seatControl), { minLength: 60, maxLength: 200 }),
        (seed, rounds, steps) => {
          const config = createGameConfig({
            gameId: 'drivers',
            seed,
            rounds,
            seats: { tokyo: 'human', whiteHouse: 'human', investors: 'human', usBusiness: 'bot' },
          });
          const stepper = createGameEngine(config, T0, undefined, 'stepper');
          const actor = createGameEngine(config, T0, undefined, 'actor');
          const engine = twin(stepper, actor);
          const game: TestGame = {
            engine,
            now: T0,
            send: () => ({ ok: true, data: {} }),
            expire: () => false,
            advance(ms) {
              game.now += ms;
            },
          };
          engine.command(host, { type: 'host:start', commandId: 'r0', version: 0 }, T0);
          for (const [index, next] of steps.entries()) {
            if (!('kind' in next)) {
              const event = { ...next, at: game.now, takeoverAt: game.now + 30_000, level: 'easy' };
              engine.seatControl(event as SeatControlEvent);
            } else {
              // What the next command would lead to, asked of both before it is sent.
              const body = { type: 'chat:statement', statement: { text: `Word ${index}`, signal: 'none' } };
              engine.preview(
                seat('tokyo'),
                { ...body, commandId: `p${index}`, version: engine.state.version },
                game.now,
              );
              playStep(game, next, index + 1);
            }
            phasesSeen.add(engine.state.phase);
            if (index % 25 === 0)
              expect(JSON.stringify(stepper.persistedSnapshot())).toBe(
                JSON.stringify(actor.persistedSnapshot()),
              );
          }
          expect(stepper.log).toStrictEqual(actor.log);
          expect(JSON.stringify(stepper.state)).toBe(JSON.stringify(actor.state));
          // A game saved by either driver is the same game restored by the other.
          const saved = JSON.parse(JSON.stringify(stepper.persistedSnapshot()));
          const intoActor = createGameEngine(config, T0, saved, 'actor');
          const intoStepper = createGameEngine(
            config,
            T0,
            JSON.parse(JSON.stringify(actor.persistedSnapshot())),
            'stepper',
          );
          expect(intoActor.state).toStrictEqual(actor.state);
          expect(intoStepper.state).toStrictEqual(stepper.state);
          // ...and goes on alike from there.
          const later = game.now + 600_000;
          expect(intoStepper.timeout(later)).toBe(intoActor.timeout(later));
          expect(intoStepper.state).toStrictEqual(intoActor.state);
          intoActor.stop();
          engine.stop();
        },
      ),
      { numRuns: 60 },
    );
    // The games reached the whole machine, not only its first phases.
    expect([...phasesSeen].sort()).toEqual(['briefing', 'decide', 'ended', 'negotiate', 'news']);
  }, 120_000);
});
