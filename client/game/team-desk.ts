import type { Roster } from '../../shared/protocol/socket.ts';
import type { TeamDraftMessage, TeamEdit, TeamEditResult } from '../../shared/protocol/team.ts';
import type { SocketPort } from '../net/socket-port.ts';
import type { ClientAck, SendRequest } from './requests.ts';
import type { Store } from './store.ts';

/** What a team desk keeps in the client's state: the team's shared sheet as last received. */
export interface TeamState {
  teamDraft: TeamDraftMessage | null;
}

/**
 * The client's side of a team (shared/protocol/team.ts): the shared sheet's draft as the server sends it,
 * changes sent as they are typed, and naming the captain.
 */
export class TeamDesk<S extends TeamState> {
  constructor(
    private readonly deps: {
      store: Store<S>;
      request: SendRequest;
      requestOrTell: SendRequest;
      currentGameId(): string | null;
      receiveRoster(roster: Roster): void;
    },
  ) {}

  listen(socket: SocketPort): void {
    socket.on('team:draft', (message) => {
      if (message.gameId !== this.deps.currentGameId()) return;
      this.deps.store.set((state) => ({ ...state, teamDraft: message }));
    });
  }

  /**
   * One change to the shared sheet. Not told as a toast: a change made just as the round turns is stale
   * and harmless (the form starts the new round's sheet anyway), and typing must not raise alarms.
   */
  edit(edit: TeamEdit): Promise<ClientAck<TeamEditResult>> {
    return this.deps.request('team:edit', edit);
  }

  async nameCaptain(personId: string): Promise<ClientAck<Roster>> {
    const ack = await this.deps.requestOrTell('team:captain', { personId });
    if (ack.ok) this.deps.receiveRoster(ack.data);
    return ack;
  }
}
