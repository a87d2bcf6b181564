import { gameWith } from './game-copies.ts';
import type { GameContext } from './state.ts';

/** Ids are a prefix and the game's own counter, so a replay makes the same ids. */
export function nextId(game: GameContext, prefix: string): [string, GameContext] {
  return [`${prefix}${game.nextId}`, gameWith(game, { nextId: game.nextId + 1 })];
}
