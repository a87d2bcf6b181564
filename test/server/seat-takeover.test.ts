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

  it("leaves the takeover timer standing through changes that move no seat's next step", () => {
    const engine = createGameEngine(createGameConfig({ gameId: 'g', seed: 3, seats: { tokyo: 'human' } }), 0);
    engine.command({ kind: 'host' }, { type: 'host:start', commandId: 'c0', version: 0 }, 0);
    const set: number[] = [];
    const counting: Clock = {
      now: () => 5_000,
      setTimeout: (_fn, ms) => set.push(ms),
      clearTimeout: () => {},
    };
    // Tokyo's one person has dropped out (idle from when they last acted); the other seats are bots.
    const tokyoOnly = { peopleAt: (role: string) => (role === 'tokyo' ? [{ sockets: new Set() }] : []) };
    const takeover = new SeatTakeover({
      clock: counting,
      lobby: tokyoOnly as unknown as Lobby,
      seed: 3,
      options: { ...DEFAULT_IDLE_TAKEOVER, afterSeconds: 120 },
      state: () => engine.state,
      change: () => {},
    });
    for (let change = 0; change < 3; change++) takeover.reschedule(engine.state);
    expect(set).toHaveLength(1);
    // Tokyo acts: its warning moves later, and the timer with it.
    counting.now = () => 9_000;
    takeover.noteActivity('tokyo');
    takeover.reschedule(engine.state);
    expect(set).toHaveLength(2);
    expect(set[1]! - set[0]!).toBe(0);
  });
});
