import type { Headline } from '../market/types.ts';
import { gameWith } from './game-copies.ts';
import type { GameContext } from './state.ts';

export function addNews(game: GameContext, headline: Headline, at: number): GameContext {
  return addNewsItems(game, [headline], at);
}

/**
 * Several headlines at once, each with the next id, as one copy of the state and of the news list (a round's
 * resolution files a dozen). The same state as adding them one by one.
 */
export function addNewsItems(game: GameContext, headlines: readonly Headline[], at: number): GameContext {
  if (headlines.length === 0) return game;
  const news = game.news.slice();
  let nextId = game.nextId;
  for (const headline of headlines) news.push({ id: `n${nextId++}`, at, round: game.round, headline });
  return gameWith(game, { news, nextId });
}
