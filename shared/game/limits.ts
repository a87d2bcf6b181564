import type { RoleId } from '../roles.ts';
import type { GameContext } from './state.ts';

/**
 * Public statements a seat may make in one round. A person talks far less (a three-minute negotiation
 * at one statement every two seconds is 90); the cap stops a script from filling the public record
 * that every seat's screen, every snapshot and the debrief carry for the rest of the game.
 */
export const STATEMENTS_PER_ROUND = 100;

/** How many public statements `role` has made in the current round. */
export function statementsThisRound(game: GameContext, role: RoleId): number {
  let count = 0;
  // Newest first: the round's statements are at the end, and older rounds' stop the count.
  for (let i = game.statements.length - 1; i >= 0; i--) {
    const statement = game.statements[i]!;
    if (statement.round !== game.round) break;
    if (statement.from === role) count++;
  }
  return count;
}
