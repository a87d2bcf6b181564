import type {
  JoinedGame,
  Roster,
  SeatAnswerMessage,
  SeatRequest,
  SeatRequestNotice,
  SeatRequestPending,
} from '../../shared/protocol/socket.ts';
import type { RoleId } from '../../shared/roles.ts';
import type { SocketPort } from '../net/socket-port.ts';
import type { ClientAck, SendRequest } from './requests.ts';
import type { Store } from './store.ts';

/** This browser's own request to join people at a seat: waiting, or how it ended if not let in. */
export interface OwnSeatRequest {
  requestId: string;
  role: RoleId;
  status: 'waiting' | 'declined' | 'seatFull' | 'gameEnded';
}

/** The part of the client's state that consent at the seats keeps. */
export interface ConsentState {
  seat: JoinedGame | null;
  /** Requests to join a seat that this person may answer (their seat's, or all for the host). */
  seatRequests: SeatRequestNotice[];
  ownRequest: OwnSeatRequest | null;
  /** Seated by joining or by an accepted request: the seat's brief is shown before a game under way. */
  lateBrief: boolean;
}

export interface SeatConsentDeps<S extends ConsentState> {
  store: Store<S>;
  /** Sends a request; a refusal is shown to the player. */
  requestOrTell: SendRequest;
  /** Holds the seat an accepted request gave, before the snapshot that follows it arrives. */
  takeSeat(seat: JoinedGame): void;
  receiveRoster(roster: Roster): void;
}

/**
 * Consent at the seats, as one browser lives it: asking to join the people at a seat and hearing how it
 * ended, and, for a seat's players and the host, the requests they may answer and the people they remove.
 */
export class SeatConsent<S extends ConsentState> {
  constructor(private readonly deps: SeatConsentDeps<S>) {}

  listen(socket: SocketPort): void {
    socket.on('seat:requests', ({ gameId, requests }) => {
      if (gameId === this.deps.store.get().seat?.gameId) this.patch({ seatRequests: requests });
    });
    socket.on('seat:answer', (answer) => this.receiveAnswer(answer));
    // The server drops a waiting request with its socket: back to the form, to ask again.
    socket.on('disconnect', () => {
      if (this.deps.store.get().ownRequest?.status === 'waiting') this.patch({ ownRequest: null });
    });
  }

  /** Asks to join the people at a seat; the answer arrives later (`ownRequest`, then the seat). */
  async requestSeat(request: SeatRequest): Promise<ClientAck<SeatRequestPending>> {
    const ack = await this.deps.requestOrTell('seat:request', request);
    if (ack.ok) this.patch({ ownRequest: { ...ack.data, status: 'waiting' } });
    return ack;
  }

  /** Forgets how this browser's last request ended (the join form is shown again). */
  clearOwnRequest(): void {
    this.patch({ ownRequest: null });
  }

  answerRequest(requestId: string, accept: boolean): Promise<ClientAck<null>> {
    return this.deps.requestOrTell('seat:answerRequest', { requestId, accept });
  }

  async removePerson(personId: string): Promise<ClientAck<Roster>> {
    const ack = await this.deps.requestOrTell('seat:remove', { personId });
    if (ack.ok) this.deps.receiveRoster(ack.data);
    return ack;
  }

  private receiveAnswer(answer: SeatAnswerMessage): void {
    const own = this.deps.store.get().ownRequest;
    if (!own || own.requestId !== answer.requestId) return;
    if (!answer.accepted) {
      this.patch({ ownRequest: { ...own, status: answer.reason } });
      return;
    }
    this.patch({ ownRequest: null, lateBrief: true });
    // The snapshot follows this answer on the same socket, so the seat must be known first.
    this.deps.takeSeat(answer.joined);
  }

  private patch(partial: Partial<ConsentState>): void {
    this.deps.store.set((state) => ({ ...state, ...partial }));
  }
}
