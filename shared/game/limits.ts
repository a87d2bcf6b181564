import { recordValues } from '../plain-data.ts';
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

/**
 * Private messages a seat may send in one round, over all its conversations. Twice the statements' cap: a
 * person negotiating with three others writes more in private than in public, but never hundreds a round;
 * every message is kept for the game's life in the snapshot, the replay and the debrief.
 */
export const MESSAGES_PER_ROUND = 200;

/** How many private messages `role` has sent in the current round, in every conversation. */
export function messagesThisRound(game: GameContext, role: RoleId): number {
  let count = 0;
  for (const channel of recordValues(game.channels)) {
    for (let i = channel.messages.length - 1; i >= 0; i--) {
      const message = channel.messages[i]!;
      if (message.round !== game.round) break;
      if (message.from === role) count++;
    }
  }
  return count;
}

/**
 * Proposals (new ones and counters) a seat may make in one round. Each is kept for the game's life and
 * shown to every party; fifty is more than any negotiation needs and stops a script from burying the
 * others' deal lists.
 */
export const PROPOSALS_PER_ROUND = 50;

/** How many proposals `role` has made (counters included) in the current round. */
export function proposalsThisRound(game: GameContext, role: RoleId): number {
  let count = 0;
  for (const proposal of recordValues(game.proposals)) {
    if (proposal.round === game.round && proposal.proposer === role) count++;
  }
  return count;
}

/**
 * People one seat may hold (a team). A workshop team is rarely more than five; the cap keeps one seat's
 * room, and so every update to it, small whatever a script tries. Forming a class's tables reads it too.
 */
export const MAX_PEOPLE_PER_SEAT = 6;
