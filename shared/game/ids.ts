import type { GameState } from './state.ts';

/** Ids are a prefix and the game's own counter, so a replay makes the same ids. */
export function nextId(game: GameState, prefix: string): [string, GameState] {
  return [`${prefix}${game.nextId}`, { ...game, nextId: game.nextId + 1 }];
}
