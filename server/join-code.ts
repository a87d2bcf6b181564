import { refuse } from '../shared/protocol/errors.ts';
import type { LiveGame } from './live-game.ts';
import type { GameRegistry } from './registry.ts';

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
