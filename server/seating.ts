import type { BotProfile } from '../shared/bots/types.ts';
import { type Ack, accept, type Refusal, refuse } from '../shared/protocol/errors.ts';
import type { GameSnapshotMessage, Roster } from '../shared/protocol/socket.ts';
import type { RoleId } from '../shared/roles.ts';
import { gameRoom, viewRoom } from './broadcast.ts';
import type { SeatSocket } from './io-types.ts';
import type { LiveGame } from './live-game.ts';
import type { Person } from './lobby.ts';
import { sendTeamDraftTo } from './team.ts';
import { sendTimeRequestsTo } from './time-requests.ts';
import { tokenDigest } from './tokens.ts';

/**
 * People and sockets in a game: who sits where, which sockets act for whom, which rooms they listen in.
 * Each step runs in the game's queue, so seats never change under a command being applied.
 */

/**
 * Sockets one person may act through at once: a laptop, a phone and a spare tab. More would let one
 * token multiply every update the seat receives.
 */
export const MAX_SOCKETS_PER_PERSON = 4;

/**
 * Seats a newcomer (or the creator); the lobby keeps only the digest of their token. Every change to the
 * seats is stored before anyone hears of it, and taken back here if the store refuses it.
 */
export function seatPerson(
  game: LiveGame,
  input: { name: string; role: RoleId | undefined; isHost: boolean; token: string; joinRequest?: string },
): Promise<Person | Refusal> {
  return game.enqueue(async () => {
    if (!input.isHost && game.engine.state.phase === 'ended')
      return refuse('GAME_ENDED', 'This game has ended; nobody can join it any more.');
    const again = input.joinRequest ? game.lobby.personJoinedBy(input.joinRequest) : undefined;
    if (again) return seatAgain(game, again, input.token);
    // A host may stay seatless; after the start the lobby knows the bots, so their seats are refused too.
    const role = input.isHost && !input.role ? null : game.lobby.seatForNewcomer(input.role);
    if (role !== null && typeof role !== 'string') return role;
    const person = game.lobby.addPerson({
      name: input.name,
      role,
      isHost: input.isHost,
      token: input.token,
      ...(input.joinRequest ? { joinRequest: input.joinRequest } : {}),
    });
    await saveOrUndo(game, () => game.lobby.removePerson(person.id));
    game.publishRoster();
    return person;
  });
}

/**
 * A join carried to the node that took the game over, after the node that seated its person died before
 * answering (one request id for every try, server/cluster/forward.ts): the same person, with a new token,
 * since the first answer never went out.
 */
async function seatAgain(game: LiveGame, person: Person, token: string): Promise<Person> {
  const held = person.tokenDigest;
  person.tokenDigest = tokenDigest(token);
  await saveOrUndo(game, () => {
    person.tokenDigest = held;
  });
  return person;
}

export async function saveOrUndo(game: LiveGame, undo: () => void): Promise<void> {
  try {
    await game.saveLobby();
  } catch (error) {
    undo();
    throw error;
  }
}

/** A socket now acts for `person`: it joins the game's rooms and gets a full snapshot. */
export function attachSocket(
  game: LiveGame,
  socket: SeatSocket,
  person: Person,
): Promise<GameSnapshotMessage | Refusal> {
  return game.enqueue(() => attachInQueue(game, socket, person));
}

/** `attachSocket` for a step already running in the game's queue. */
export function attachInQueue(
  game: LiveGame,
  socket: SeatSocket,
  person: Person,
): GameSnapshotMessage | Refusal {
  if (person.sockets.size >= MAX_SOCKETS_PER_PERSON && !person.sockets.has(socket.id))
    return refuse(
      'TOO_MANY_CONNECTIONS',
      `This seat is already open in ${MAX_SOCKETS_PER_PERSON} tabs or devices; close one first.`,
    );
  socket.data.gameId = game.id;
  socket.data.personId = person.id;
  socket.join([gameRoom(game.id), viewRoom(game.id, person.role)]);
  game.lobby.connect(person, socket.id);
  game.noteConnections();
  game.publishRoster();
  // Sent from inside the queue: no update can slip between this snapshot and the next one.
  const snapshot = game.snapshotFor(person);
  socket.emit('game:snapshot', snapshot);
  const requests = game.requests.noticesFor(person);
  if (requests.length > 0) socket.emit('seat:requests', { gameId: game.id, requests });
  sendTimeRequestsTo(game, person, game.engine.state);
  sendTeamDraftTo(game, person, socket);
  return snapshot;
}

/** A recovered connection kept its rooms and data; its person is connected again. */
export function reattachSocket(game: LiveGame, socketId: string, person: Person): Promise<void> {
  return game.enqueue(() => {
    game.lobby.connect(person, socketId);
    game.noteConnections();
    game.publishRoster();
  });
}

export function detachSocket(game: LiveGame, socketId: string): Promise<void> {
  return game.enqueue(() => {
    if (!game.lobby.disconnect(socketId)) return;
    game.noteConnections();
    game.publishRoster();
  });
}

export function syncSeat(game: LiveGame, person: Person): Promise<GameSnapshotMessage> {
  return game.enqueue(() => game.snapshotFor(person));
}

export function chooseRole(game: LiveGame, person: Person, role: RoleId): Promise<Ack<Roster>> {
  return game.enqueue(async () => {
    const previous = person.role;
    const refusal = game.lobby.chooseRole(person, role);
    if (refusal) return refusal;
    await saveOrUndo(game, () => {
      person.role = previous;
    });
    for (const socketId of person.sockets) {
      game.io.in(socketId).socketsLeave(viewRoom(game.id, previous));
      game.io.in(socketId).socketsJoin(viewRoom(game.id, role));
      // The seat's own briefing and objectives come with the new view.
      game.io.to(socketId).emit('game:snapshot', game.snapshotFor(person));
    }
    game.publishRoster();
    return accept(game.roster);
  });
}

export function setBot(game: LiveGame, role: RoleId, profile: BotProfile | null): Promise<Ack<Roster>> {
  return game.enqueue(async () => {
    const previous = game.lobby.botAt(role);
    const refusal = game.lobby.setBot(role, profile);
    if (refusal) return refusal;
    await saveOrUndo(game, () => game.lobby.setBot(role, previous));
    game.publishRoster();
    return accept(game.roster);
  });
}
