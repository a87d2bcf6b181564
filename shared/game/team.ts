import type { CommandType } from '../protocol/commands.ts';
import type { CommandError } from '../protocol/errors.ts';

/**
 * A team: the people who play one seat together. They share the seat's view, its chat and its move sheet;
 * the seat's deals are the captain's to make. One person alone is their own captain, so nothing changes
 * for a seat of one.
 */

/** A member as the captain rule reads them, in the order they took the seat. */
export interface TeamMember {
  id: string;
  connected: boolean;
}

/**
 * The deal commands only the captain sends for the seat: proposing, countering, signing, turning down and
 * withdrawing all commit the whole seat. Statements, private and team messages, move sheets and requests
 * for time are anyone's: the sheet is worked on together and any member may hand it in.
 */
export const CAPTAIN_COMMANDS: readonly CommandType[] = [
  'deal:propose',
  'deal:counter',
  'deal:accept',
  'deal:reject',
  'deal:withdraw',
];

/** The captain the team has: the one named (by the team's captain or the host), else the first seated. */
export function namedCaptainOf(team: readonly TeamMember[], named: string | null): string | null {
  if (named && team.some((member) => member.id === named)) return named;
  return team[0]?.id ?? null;
}

/**
 * Who may sign for the seat now: the captain while connected; while the captain is away, the next connected
 * member after them in seating order (wrapping round), so a team is never left unable to sign. With nobody
 * connected it is the captain, who signs on coming back.
 */
export function actingCaptainOf(team: readonly TeamMember[], named: string | null): string | null {
  const captain = namedCaptainOf(team, named);
  const start = team.findIndex((member) => member.id === captain);
  if (start < 0) return null;
  for (let step = 0; step < team.length; step++) {
    const member = team[(start + step) % team.length]!;
    if (member.connected) return member.id;
  }
  return captain;
}

/** Why a member may not send this command for the seat, or null when they may. */
export function captainRefusal(
  type: string | undefined,
  personId: string,
  team: readonly TeamMember[],
  named: string | null,
): CommandError | null {
  if (!(CAPTAIN_COMMANDS as readonly string[]).includes(type ?? '')) return null;
  const acting = actingCaptainOf(team, named);
  if (acting === null || acting === personId) return null;
  return {
    code: 'NOT_CAPTAIN',
    message: "Only your team's captain makes, answers or withdraws deals for the seat; ask them to.",
  };
}
