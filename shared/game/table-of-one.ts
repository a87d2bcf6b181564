import { type PerRole, ROLE_IDS, type RoleId, type SeatKind } from '../roles.ts';

/** A person as the rule reads them: the seat they hold (none yet in a lobby) and whether they host. */
export interface SeatedPerson {
  role: RoleId | null;
  isHost: boolean;
}

/**
 * A table of one: the host plays one seat alone and every other seat is a bot (a solo game, or a hosted one
 * nobody joined). Nobody else is there, so nobody facilitates: no one reads the others' transcripts or is
 * asked for time, and the screens and the debrief speak to the player. How the game was made does not
 * decide it (a solo game's seat may let a friend in): who sits where does. The seat the host plays, if so.
 */
export function tableOfOneSeat(seats: PerRole<SeatKind>, people: readonly SeatedPerson[]): RoleId | null {
  const played = ROLE_IDS.filter((role) => seats[role] === 'human');
  if (played.length !== 1) return null;
  const atSeat = people.filter((person) => person.role === played[0]);
  return atSeat.length === 1 && atSeat[0]!.isHost ? played[0]! : null;
}
