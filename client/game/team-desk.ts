import type { Roster } from '../../shared/protocol/socket.ts';
import type { TeamDraftMessage, TeamEdit, TeamEditResult } from '../../shared/protocol/team.ts';
import type { SocketPort } from '../net/socket-port.ts';
import type { ClientAck, SendRequest } from './requests.ts';
import type { Store } from './store.ts';

/** What a team desk keeps in the client's state: the team's shared sheet as last received. */
export interface TeamState {
  teamDraft: TeamDraftMessage | null;
}

/** A change to the shared sheet made while offline, and everyone waiting for its answer. */
interface HeldEdit {
  gameId: string | null;
  edit: TeamEdit;
  answer: ((ack: ClientAck<TeamEditResult>) => void)[];
}

/**
 * The client's side of a team (shared/protocol/team.ts): the shared sheet's draft as the server sends it,
 * changes sent as they are typed, and naming the captain.
 */
export class TeamDesk<S extends TeamState> {
  /**
   * Changes made with no connection, the last of each field, sent again once the seat is back (`resend`).
   * Until then their answer waits, so the form keeps showing them over the team's draft (use-team-sheet.ts).
   */
  private readonly held = new Map<string, HeldEdit>();

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
  async edit(edit: TeamEdit): Promise<ClientAck<TeamEditResult>> {
    const ack = await this.deps.request('team:edit', edit);
    if (ack.ok || ack.error.code !== 'OFFLINE') return ack;
    // Not sent at all: kept for the seat's return rather than lost. A later change of the same field
    // replaces it (only the last value matters; the server keeps the last write, as for any change).
    return new Promise((resolve) => {
      const earlier = this.held.get(edit.field);
      this.held.set(edit.field, {
        gameId: this.deps.currentGameId(),
        edit,
        answer: [...(earlier?.answer ?? []), resolve],
      });
    });
  }

  /**
   * The seat is held again on a new connection: every change made offline goes to the server now, the
   * last of each field. One made for another game (the page moved on) is dropped, answered as unsent.
   */
  resend(): void {
    const held = [...this.held.values()];
    this.held.clear();
    for (const { gameId, edit, answer } of held) {
      const sent: Promise<ClientAck<TeamEditResult>> =
        gameId === this.deps.currentGameId()
          ? this.edit(edit)
          : Promise.resolve({
              ok: false,
              error: { code: 'OFFLINE', message: 'Not sent: the game changed.' },
            });
      void sent.then((ack) => {
        for (const resolve of answer) resolve(ack);
      });
    }
  }

  async nameCaptain(personId: string): Promise<ClientAck<Roster>> {
    const ack = await this.deps.requestOrTell('team:captain', { personId });
    if (ack.ok) this.deps.receiveRoster(ack.data);
    return ack;
  }
}
