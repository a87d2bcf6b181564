import { type Ack, accept, refuse } from '../shared/protocol/errors.ts';
import type { Roster, SeatRequest, SeatRequestPending } from '../shared/protocol/socket.ts';
import { gameRoom, viewRoom } from './broadcast.ts';
import type { SeatSocket } from './io-types.ts';
import { gameToJoin } from './join-code.ts';
import type { LiveGame } from './live-game.ts';
import type { Person } from './lobby.ts';
import { publishRequests, type Requesters } from './seat-requests.ts';
import { attachInQueue, saveOrUndo } from './seating.ts';
import { leaveCurrent, type SessionDeps } from './session.ts';

/**
 * Consent at the seats: joining people who already play a seat is a request that one of them (or the
 * host) accepts or declines, since a newcomer would read the seat's private chats and confidential book.
 * The requester's socket is in none of the game's rooms until it is accepted. The host may also remove a
 * person (never a host): their token stops working and their sockets leave the game.
 */

const gameEnded = () => refuse('GAME_ENDED', 'This game has ended; nobody can join it any more.');

/** `seat:request`: held until answered; the outcome reaches the requester as `seat:answer`. */
export async function requestSeat(
  deps: SessionDeps,
  socket: SeatSocket,
  input: SeatRequest,
): Promise<Ack<SeatRequestPending>> {
  const game = gameToJoin(deps.registry, input.code);
  if ('ok' in game) return game;
  const refusal = () => {
    if (game.engine.state.phase === 'ended') return gameEnded();
    const full = game.lobby.teamRefusal(input.role);
    if (full) return full;
    if (game.lobby.peopleAt(input.role).length === 0)
      return refuse('SEAT_OPEN', `Nobody plays ${input.role} yet: join it directly.`);
    return null;
  };
  // Checked before the socket gives up what it holds, so a refused request costs it nothing.
  const early = await game.enqueue(refusal);
  if (early) return early;
  // A new identity: whatever the socket held or asked for before, it holds nothing while it waits.
  await leaveCurrent(deps, socket);
  return game.enqueue(() => {
    const late = refusal();
    if (late) return late;
    const request = game.requests.add({
      name: input.name,
      role: input.role,
      socketId: socket.id,
      ...(socket.data.node ? { node: socket.data.node } : {}),
    });
    if ('ok' in request) return request;
    socket.data.requestGameId = game.id;
    publishRequests(game, request.role);
    return accept({ requestId: request.id, role: request.role });
  });
}

/** `seat:answerRequest`, from one of the seat's players or the host. */
export function answerRequest(
  game: LiveGame,
  person: Person,
  answer: { requestId: string; accept: boolean },
  issueToken: () => string,
  requesters: Requesters,
): Promise<Ack<null>> {
  return game.enqueue(async () => {
    const request = game.requests.get(answer.requestId);
    if (!request) return refuse('NOT_FOUND', 'That request was already answered or withdrawn.');
    if (!game.requests.mayAnswer(person, request))
      return refuse('FORBIDDEN', "Only the seat's players or the host can answer this request.");
    game.requests.take(request.id);
    publishRequests(game, request.role);
    const socket = await requesters.claim(game.id, request);
    if (!socket) return refuse('NOT_FOUND', 'The person asking has left.');
    const decline = (reason: 'declined' | 'seatFull' | 'gameEnded') =>
      socket.emit('seat:answer', { requestId: request.id, accepted: false, reason });
    if (!answer.accept) {
      decline('declined');
      return accept(null);
    }
    if (game.engine.state.phase === 'ended') {
      decline('gameEnded');
      return gameEnded();
    }
    const refusal = game.lobby.teamRefusal(request.role);
    if (refusal) {
      decline('seatFull');
      return refusal;
    }
    const token = issueToken();
    const newcomer = game.lobby.addPerson({ name: request.name, role: request.role, isHost: false, token });
    await saveOrUndo(game, () => game.lobby.removePerson(newcomer.id));
    // The seat and its token first, so the snapshot that follows finds the client expecting this game.
    socket.emit('seat:answer', {
      requestId: request.id,
      accepted: true,
      joined: {
        gameId: game.id,
        code: game.invitingCode,
        role: request.role,
        token,
        isHost: false,
        personId: newcomer.id,
      },
    });
    attachInQueue(game, socket, newcomer);
    await requesters.seated(request, socket);
    return accept(null);
  });
}

/** `seat:remove`, host only: the person's token is void and their sockets leave every room of the game. */
export function removePerson(game: LiveGame, personId: string): Promise<Ack<Roster>> {
  return game.enqueue(async () => {
    const person = game.lobby.person(personId);
    if (!person) return refuse('NOT_FOUND', 'Nobody with that id is in this game.');
    if (person.isHost) return refuse('FORBIDDEN', 'The host cannot be removed.');
    game.lobby.removePerson(person.id);
    await saveOrUndo(game, () => game.lobby.restorePerson(person));
    for (const socketId of person.sockets) {
      // Through the adapter, since with several nodes the socket may be connected to another one: it
      // must hear nothing more of the seat's secrets wherever it is.
      game.io.in(socketId).socketsLeave([gameRoom(game.id), viewRoom(game.id, person.role)]);
      game.io.to(socketId).emit('seat:removed', { gameId: game.id });
      // Its data is kept by its own node: there, its next event finds no seat (the person is gone).
      const socket = game.io.sockets.sockets.get(socketId);
      if (!socket) continue;
      socket.data.gameId = undefined;
      socket.data.personId = undefined;
    }
    person.sockets.clear();
    game.noteConnections();
    game.publishRoster();
    return accept(game.roster);
  });
}
