import type { Roster, TimeRequestsMessage } from '../../shared/protocol/socket.ts';
import type { HeldGame } from '../../shared/protocol/sync.ts';
import type { ConsentState } from './seat-consent.ts';
import type { TeamState } from './team-desk.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting';

/** Where this browser stands with the game it is looking at. */
export type SeatStatus = 'none' | 'resuming' | 'seated' | 'missing' | 'lost' | 'removed';

/** What a game client holds and screens read (`useClientState`): its parts keep their own fields. */
export interface ClientState extends ConsentState, TeamState {
  connection: ConnectionStatus;
  seatStatus: SeatStatus;
  roster: Roster | null;
  game: HeldGame | null;
  /** The host's desk for time (every seat's open requests, extended time); null for players. */
  timeDesk: TimeRequestsMessage | null;
}

/** A client's state before it has heard from the server: no seat, no game, connected as its socket is. */
export function initialClientState(connected: boolean): ClientState {
  return {
    connection: connected ? 'connected' : 'connecting',
    seat: null,
    seatStatus: 'none',
    roster: null,
    game: null,
    seatRequests: [],
    timeDesk: null,
    ownRequest: null,
    lateBrief: false,
    teamDraft: null,
  };
}
