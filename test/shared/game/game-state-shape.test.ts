import { describe, expect, it } from 'vitest';
import { createGameConfig, createGameEngine } from '../../../shared/game/engine.ts';
import { createFastGame } from '../../../shared/game/fast-engine.ts';
import { gameWithPhase } from '../../../shared/game/machine.ts';
import type { GameState } from '../../../shared/game/state.ts';
import { perRole } from '../../../shared/roles.ts';

/**
 * The state both engines hand out is the machine's context with its phase added last, as `{ ...context,
 * phase }` would lay it out (saved games, logs and views serialise it in this order), but built without
 * that spread, which V8 runs on its slow path.
 */
const config = createGameConfig({ gameId: 'shape', seed: 3, seats: perRole(() => 'bot') });

function withoutPhase(state: GameState) {
  const { phase: _phase, ...context } = state;
  return context;
}

describe('a game state', () => {
  it('is the context with the phase as its last key, equal to the spread it replaces', () => {
    const state = createGameEngine(config, 0).state;
    const context = withoutPhase(state);
    const built = gameWithPhase(context, 'news');
    expect(Object.keys(built)).toEqual([...Object.keys(context), 'phase']);
    expect(JSON.stringify(built)).toBe(JSON.stringify({ ...context, phase: 'news' }));
    expect(built.phase).toBe('news');
    // A copy: the context handed in is left as it was.
    expect('phase' in context).toBe(false);
  });

  it('has the same keys in the same order from the fast path and the server engine, phase after phase', () => {
    const fast = createFastGame(config, 0);
    const machine = createGameEngine(config, 0);
    const start = { type: 'host:start', commandId: 'c1', version: 0 } as const;
    expect(fast.command({ kind: 'host' }, start, 0).ok).toBe(true);
    expect(machine.command({ kind: 'host' }, start, 0).ok).toBe(true);
    const phases: string[] = [];
    for (let step = 1; step <= 3; step++) {
      const at = fast.state.deadline ?? 0;
      fast.timeout(at);
      machine.timeout(at);
      expect(Object.keys(fast.state)).toEqual(Object.keys(machine.state));
      expect(Object.keys(fast.state).at(-1)).toBe('phase');
      expect(JSON.stringify(fast.state)).toBe(JSON.stringify(machine.state));
      phases.push(fast.state.phase);
    }
    expect(new Set(phases).size).toBeGreaterThan(1);
  });
});
