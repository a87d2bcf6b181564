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
 * How many codes a new game draws when the store finds each one held by a live game of another node.
 * Codes are 6 characters of 31 (about 887 million): a second clash in a row means something else is wrong.
 */
const STORED_CODE_ATTEMPTS = 5;

/**
 * A new game (`make` builds it with the code given), added to the registry and recorded in the store
 * under a join code no live game holds: not in this node's registry (drawn again at once), nor, with
 * several nodes sharing PostgreSQL, in any other node's (the store refuses it, and another is drawn).
 * Nothing of a refused attempt stays in the registry or the store.
 */
export async function recordWithFreeCode(
  registry: GameRegistry,
  drawCode: () => string,
  make: (code: string) => LiveGame,
): Promise<LiveGame> {
  for (let attempt = 1; ; attempt++) {
    const game = make(registry.freeJoinCode(drawCode));
    registry.add(game);
    try {
      await game.record();
      return game;
    } catch (error) {
      registry.remove(game.id);
      if (!(error instanceof JoinCodeTakenError) || attempt >= STORED_CODE_ATTEMPTS) throw error;
    }
  }
}
