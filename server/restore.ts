import { engineFromStore } from './game-journal.ts';
import { LiveGame, type LiveGameDeps } from './live-game.ts';
import { Lobby } from './lobby.ts';
import type { GameRegistry } from './registry.ts';
import type { StoredGame } from './store/game-store.ts';

/** A live game again from what the store holds: same people and bot seats, the same state, nobody connected. */
export function liveGameFromStore(stored: StoredGame, deps: LiveGameDeps): LiveGame {
  const { record } = stored;
  const restored = engineFromStore(stored, deps.onError);
  return new LiveGame(
    {
      id: record.id,
      code: record.code,
      settings: record.settings,
      seed: record.seed,
      createdAt: record.createdAt,
    },
    deps,
    { lobby: Lobby.fromStored(stored.lobby), ...(restored ?? {}) },
  );
}

export interface RestoreReport {
  games: number;
  failed: number;
  ms: number;
}

/**
 * At start-up: every game that was being played comes back, with its join code, its timers re-armed
 * from their absolute times (a deadline that passed while the server was down fires at once) and its
 * bots thinking again. A game that cannot be restored is reported and left in the store.
 */
export async function restoreGames(registry: GameRegistry, deps: LiveGameDeps): Promise<RestoreReport> {
  const started = performance.now();
  let games = 0;
  let failed = 0;
  for (const gameId of await deps.store.activeGameIds()) {
    try {
      const stored = await deps.store.load(gameId);
      if (!stored) continue;
      const game = liveGameFromStore(stored, deps);
      registry.add(game, { byCode: !registry.withCode(game.code) });
      game.wake();
      games++;
    } catch (error) {
      failed++;
      deps.onError(error);
    }
  }
  return { games, failed, ms: performance.now() - started };
}

/**
 * A game that is not live (ended, or let go for idleness) comes back when one of its people resumes with
 * a token. The token is checked against the stored lobby first, so a wrong one loads nothing for good.
 */
export async function reviveGame(
  registry: GameRegistry,
  deps: LiveGameDeps,
  gameId: string,
  token: string,
): Promise<LiveGame | null> {
  const live = registry.get(gameId);
  if (live) return live;
  const stored = await deps.store.load(gameId);
  if (!stored || !Lobby.fromStored(stored.lobby).personWithToken(token)) return null;
  // Two people coming back at once bring back one game.
  return registry.load(gameId, async () => {
    const game = liveGameFromStore(stored, deps);
    if (stored.status === 'idle') await deps.store.setIdle(gameId, false);
    registry.add(game, { byCode: !registry.withCode(game.code) });
    game.wake();
    return game;
  });
}
