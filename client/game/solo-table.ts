import type { PlayerView } from '../../shared/game/player-view.ts';
import { tableOfOneSeat } from '../../shared/game/table-of-one.ts';
import type { Roster } from '../../shared/protocol/socket.ts';
import { perRole } from '../../shared/roles.ts';
import type { ClientState } from './client-state.ts';
import { useClientState, useView } from './context.tsx';

/**
 * A table of one (shared/game/table-of-one.ts), seen from the host's own seat: with nobody else at the
 * table there is no facilitator to read the transcripts and no one to ask for time, so the screens say so
 * and fold the facilitator's tools away. The server does not tell a browser how its game was made (`mode`
 * stays with the settings); the roster says who is there. A second person joining the seat makes it a
 * table of people again.
 */
export function isTableOfOne(
  view: Pick<PlayerView, 'you' | 'seats'>,
  roster: Roster | null,
  seat: ClientState['seat'],
): boolean {
  const you = view.you;
  // Until the roster says who is at the seat, the screens show everything, as for a table of people.
  if (!seat?.isHost || !you || !roster) return false;
  const people = roster.seats.flatMap((entry) =>
    entry.people.map((person) => ({ role: entry.role, isHost: person.isHost })),
  );
  const seats = perRole((role) => view.seats[role].kind);
  return tableOfOneSeat(seats, people) === you.role;
}

export function useTableOfOne(): boolean {
  const { roster, seat } = useClientState();
  return isTableOfOne(useView(), roster, seat);
}
