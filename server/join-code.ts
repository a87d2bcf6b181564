import { refuse } from '../shared/protocol/errors.ts';
import type { LiveGame } from './live-game.ts';
import type { GameRegistry } from './registry.ts';
import { JoinCodeTakenError } from './store/game-store.ts';

/**
 * The game a join code invites people to (`game:join`, `seat:request`), or why it invites nobody. A class
 * session's table has a code like any game, but its people are seated by the facilitator (tables, teams,
 * late joiners), so a direct join would bypass the session: it is refused, pointing to the session's code.
 */
export function gameToJoin(registry: GameRegistry, code: string): LiveGame | ReturnType<typeof refuse> {
  const game = registry.withCode(code);
  if (!game) return refuse('NOT_FOUND', 'No game with that code.');
  if (game.classroomId)
    return refuse(
      'CLASS_TABLE',
      'This table belongs to a class session: join the session with its class code (your facilitator has it), and you will be seated from there.',
    );
  return game;
}

/**
 * How many codes a new game or class session draws when the store finds each one held by a live one of
 * another node. Codes are 5–6 characters of 31: a second clash in a row means something else is wrong.
 */
const STORED_CODE_ATTEMPTS = 5;

/**
 * `store` called with a code drawn free here (`drawFree`) until the store takes one: with several nodes
 * sharing PostgreSQL, another node's live game or session may hold the code, which the store refuses
 * (`taken`), and another is drawn. Any other refusal, or too many, is thrown.
 */
export async function storeWithFreeCode<T>(
  drawFree: () => string,
  store: (code: string) => Promise<T>,
  taken: (error: unknown) => boolean,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store(drawFree());
    } catch (error) {
      if (!taken(error) || attempt >= STORED_CODE_ATTEMPTS) throw error;
    }
  }
}

/**
 * A new game (`make` builds it with the code given), added to the registry and recorded in the store
 * under a join code no live game holds: not in this node's registry (drawn again at once), nor in any
 * other node's (`storeWithFreeCode`). Nothing of a refused attempt stays in the registry or the store.
 */
export function recordWithFreeCode(
  registry: GameRegistry,
  drawCode: () => string,
  make: (code: string) => LiveGame,
): Promise<LiveGame> {
  return storeWithFreeCode(
    () => registry.freeJoinCode(drawCode),
    async (code) => {
      const game = make(code);
      registry.add(game);
      try {
        await game.record();
        return game;
      } catch (error) {
        registry.remove(game.id);
        throw error;
      }
    },
    (error) => error instanceof JoinCodeTakenError,
  );
}
