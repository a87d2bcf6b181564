import { createGameEngine } from './engine.ts';
import type { GameEvent } from './events.ts';
import type { GameConfig, GameState } from './state.ts';

/**
 * A game is fully determined by its configuration, its creation time and its ordered accepted inputs:
 * replaying them through a fresh machine reproduces every state exactly.
 */
export function replayGame(config: GameConfig, createdAt: number, log: readonly GameEvent[]): GameState {
  const engine = createGameEngine(config, createdAt);
  for (const event of log) engine.replay(event);
  const state = engine.state;
  engine.stop();
  return state;
}
