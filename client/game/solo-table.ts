import type { PlayerView } from '../../shared/game/player-view.ts';
import type { Roster } from '../../shared/protocol/socket.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import type { ClientState } from './client-state.ts';
import { useClientState, useView } from './context.tsx';

/**
 * A table of one: the host plays a seat alone and every other seat is a bot (a solo game, or a hosted one
 * nobody joined). The server does not tell a browser how its game was made (`mode` stays with the
 * settings), and what matters on screen is who is there: with nobody else at the table there is no
 * facilitator to read the transcripts and no one to ask for time, so the screens say so and fold the
 * facilitator's tools away. A second person joining the seat makes it a table of people again.
 */
export function isTableOfOne(
  view: Pick<PlayerView, 'you' | 'seats'>,
  roster: Roster | null,
  seat: ClientState['seat'],
): boolean {
  const you = view.you;
  if (!seat?.isHost || !you) return false;
  const people = ROLE_IDS.filter((role) => view.seats[role].kind === 'human');
  if (people.length !== 1 || people[0] !== you.role) return false;
  // Until the roster says who is at the seat, the screens show everything, as for a table of people.
  const atSeat = roster?.seats.find((entry) => entry.role === you.role)?.people ?? [];
  return atSeat.length === 1 && atSeat[0]?.isHost === true;
}

export function useTableOfOne(): boolean {
  const { roster, seat } = useClientState();
  return isTableOfOne(useView(), roster, seat);
}
