import { describe, expect, it } from 'vitest';
import type { Clock } from '../../server/clock.ts';
import { Lobby } from '../../server/lobby.ts';
import { SeatTakeover } from '../../server/seat-takeover.ts';
import { createGameConfig, createGameEngine, type GameEngine } from '../../shared/game/engine.ts';
import { DEFAULT_IDLE_TAKEOVER } from '../../shared/game/takeover.ts';

const clock: Clock = { now: () => 5_000, setTimeout: () => null, clearTimeout: () => {} };

/** A started game whose engine counts how often a command is run through the machine ahead of time. */
function startedGame() {
  const engine = createGameEngine(createGameConfig({ gameId: 'g', seed: 3, seats: { tokyo: 'human' } }), 0);
  expect(engine.command({ kind: 'host' }, { type: 'host:start', commandId: 'c0', version: 0 }, 0).ok).toBe(
    true,
  );
  let previews = 0;
  const preview: GameEngine['preview'] = (...args) => {
    previews++;
    return engine.preview(...args);
  };
  const durable = {
    engine: { ...engine, state: engine.state, preview },
    apply: <T>(step: (target: GameEngine) => T): T => step(engine),
  };
  const takeover = new SeatTakeover({
    clock,
    lobby: new Lobby(),
    seed: 3,
    options: DEFAULT_IDLE_TAKEOVER,
    state: () => engine.state,
    change: () => {},
  });
  return { engine, durable, takeover, previews: () => previews };
}

describe('a command from a seat its people hold', () => {
  it('is not run through the machine a second time to see whether the seat is handed back', () => {
    const { engine, durable, takeover, previews } = startedGame();
    const statement = {
      type: 'statement:post',
      commandId: 's1',
      version: engine.state.version,
      text: 'Tokyo stays calm.',
    };
    takeover.beforeCommand(durable, 'tokyo', statement, 1_000);
    expect(previews()).toBe(0);
  });

  it('is, while the seat is warned for idleness: a command that lands hands it back first', () => {
    const { engine, durable, takeover, previews } = startedGame();
    expect(engine.seatControl({ type: 'seat:warn', role: 'tokyo', at: 500, takeoverAt: 9_000 })).toBe(true);
    durable.engine.state = engine.state;
    takeover.beforeCommand(durable, 'tokyo', { type: 'host:pause', commandId: 'x', version: 0 }, 1_000);
    expect(previews()).toBe(1);
  });

  it("leaves the takeover timer standing through changes that move no seat's step earlier", () => {
    const engine = createGameEngine(createGameConfig({ gameId: 'g', seed: 3, seats: { tokyo: 'human' } }), 0);
    engine.command({ kind: 'host' }, { type: 'host:start', commandId: 'c0', version: 0 }, 0);
    const set: { ms: number; fire: () => void }[] = [];
    let cleared = 0;
    let now = 5_000;
    const counting: Clock = {
      now: () => now,
      setTimeout: (fire, ms) => set.push({ ms, fire }),
      clearTimeout: () => cleared++,
    };
    // Tokyo's one person has dropped out (idle from when they last acted); the other seats are bots.
    const tokyoOnly = { peopleAt: (role: string) => (role === 'tokyo' ? [{ sockets: new Set() }] : []) };
    const steps: boolean[] = [];
    const takeover = new SeatTakeover({
      clock: counting,
      lobby: tokyoOnly as unknown as Lobby,
      seed: 3,
      options: { ...DEFAULT_IDLE_TAKEOVER, afterSeconds: 120 },
      state: () => engine.state,
      // As the game's inputs do: a timer's step that changes nothing sets the timers again.
      change: (step) => {
        const changed = step(engine);
        steps.push(changed);
        if (!changed) takeover.reschedule(engine.state);
      },
    });
    for (let change = 0; change < 3; change++) takeover.reschedule(engine.state);
    expect(set).toHaveLength(1);
    const firstWarning = 5_000 + set[0]!.ms;
    // Tokyo acts: its warning moves 4 s later, and the timer stands (no clearing and setting per command).
    now = 9_000;
    takeover.noteActivity('tokyo');
    takeover.reschedule(engine.state);
    expect(set).toHaveLength(1);
    expect(cleared).toBe(0);
    // It fires at the old time, finds nothing due, and is set for the new one.
    now = firstWarning;
    set[0]!.fire();
    expect(steps).toEqual([false]);
    expect(set).toHaveLength(2);
    expect(now + set[1]!.ms).toBe(firstWarning + 4_000);
    // At the new time the warning is given.
    now = firstWarning + 4_000;
    set[1]!.fire();
    expect(steps).toEqual([false, true]);
    expect(engine.state.seatControl?.tokyo?.status).toBe('warned');
  });
});
