import type { Headline } from '../market/types.ts';
import { nextId } from './ids.ts';
import type { GameState } from './state.ts';

export function addNews(game: GameState, headline: Headline, at: number): GameState {
  const [id, next] = nextId(game, 'n');
  return { ...next, news: [...next.news, { id, at, round: game.round, headline }] };
}
