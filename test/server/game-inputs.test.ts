import { describe, expect, it } from 'vitest';
import type { DurableEngine } from '../../server/durable-engine.ts';
import { GameInputs } from '../../server/game-inputs.ts';
import { createGameConfig, createGameEngine, type GameEngine } from '../../shared/game/engine.ts';
import { FakeClock } from '../integration/fake-clock.ts';

/**
 * A game in its briefing behind its inputs, with a stand-in for the store that commits whatever the
 * engine logged: counts how often the engine is asked to time out, and how often a change is committed
 * and settled or the timers are set again without one.
 */
function briefingGame() {
  const clock = new FakeClock(0);
  const engine = createGameEngine(createGameConfig({ gameId: 'g', seed: 5 }), 0);
  const start = { type: 'host:start', commandId: 'start', version: engine.state.version };
  expect(engine.command({ kind: 'host' }, start, 0).ok).toBe(true);
  expect(engine.state.phase).toBe('briefing');
  const counts = { timeouts: 0, commits: 0, settles: 0, reschedules: 0 };
  const counting: Pick<GameEngine, 'timeout'> = {
    timeout: (at) => {
      counts.timeouts++;
      return engine.timeout(at);
    },
  };
  let committed = engine.log.length;
  const durable = {
    closedRefusal: () => null,
    apply: <T>(step: (engine: GameEngine) => T) => step(counting as GameEngine),
    commit: async () => {
      const fresh = engine.log.length > committed;
      committed = engine.log.length;
      if (fresh) counts.commits++;
      return fresh;
    },
  } as unknown as DurableEngine;
  const inputs = new GameInputs({
    clock,
    durable,
    settle: () => counts.settles++,
    reschedule: () => counts.reschedules++,
    onError: (error) => {
      throw error;
    },
  });
  return { clock, engine, inputs, counts };
}

describe("a phase deadline's timer", () => {
  it('ends the phase through the catch-up alone: no second timeout asked, no second setting of the timers', async () => {
    const { clock, engine, inputs, counts } = briefingGame();
    clock.pass(engine.state.deadline! - clock.now());
    inputs.deadline();
    await inputs.idle();
    expect(engine.state.phase).toBe('news');
    // The timeout applied, then one look for a further deadline passed; the settle sets the timers again.
    expect(counts).toEqual({ timeouts: 2, commits: 1, settles: 1, reschedules: 0 });
  });

  it('fired a hair before its deadline, changes nothing and sets the timers again to wait for the rest', async () => {
    const { clock, engine, inputs, counts } = briefingGame();
    clock.pass(engine.state.deadline! - clock.now() - 1);
    inputs.deadline();
    await inputs.idle();
    expect(engine.state.phase).toBe('briefing');
    expect(counts).toEqual({ timeouts: 1, commits: 0, settles: 0, reschedules: 1 });
  });
});
