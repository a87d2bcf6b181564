import { actingCaptainOf, captainRefusal } from '../../../shared/game/team.ts';
import type { CommandType } from '../../../shared/protocol/commands.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useClientState } from '../../game/context.tsx';

export interface CaptainOnly {
  /** The server would refuse this person the command: someone else in the team signs for the seat now. */
  refused: boolean;
  /** Who signs for the seat now (the captain, or while they are away the member standing in). */
  captainName: string | null;
}

/**
 * Whether this person may send a captain's command for the seat, asked of the rule the server refuses
 * by (`captainRefusal`, shared/game/team.ts) with the roster's team, so the form says so before the
 * player fills it in rather than after they press Send.
 */
export function useCaptainOnly(role: RoleId, type: CommandType): CaptainOnly {
  const { roster, seat: held } = useClientState();
  const seat = roster?.seats.find((each) => each.role === role);
  const me = held?.personId ?? null;
  if (!seat || me === null) return { refused: false, captainName: null };
  const refused = captainRefusal(type, me, seat.people, seat.captainId) !== null;
  const acting = actingCaptainOf(seat.people, seat.captainId);
  const captainName = seat.people.find((person) => person.id === acting)?.name ?? null;
  return { refused, captainName };
}
