import type { GameState } from '../shared/game/state.ts';
import type { TimeRequestsMessage } from '../shared/protocol/socket.ts';
import type { LiveGame } from './live-game.ts';
import type { Person } from './lobby.ts';

/** The host's desk for time as the state holds it: open requests only, the seats with extended time. */
export function timeRequestsOf(gameId: string, state: GameState): TimeRequestsMessage {
  return {
    gameId,
    requests: state.timeRequests.filter((request) => request.status === 'pending'),
    extendedTime: [...state.extendedTime],
  };
}

/**
 * Tells the host (every socket of every host person) of the desk, if it changed since it was last sent
 * or `always`. Call from inside the game's queue. Players never get it: their own requests are in their view.
 */
export function publishTimeRequests(game: LiveGame, state: GameState, always = false): void {
  const message = timeRequestsOf(game.id, state);
  const key = JSON.stringify([message.requests.map((request) => request.id), message.extendedTime]);
  if (!always && game.timeRequestsSent === key) return;
  game.timeRequestsSent = key;
  for (const person of game.lobby.everyone()) {
    if (person.isHost) sendTo(game, person, message);
  }
}

/** A host socket that just joined gets the desk at once (nothing, until the game has begun). */
export function sendTimeRequestsTo(game: LiveGame, person: Person, state: GameState): void {
  if (!person.isHost || state.phase === 'lobby') return;
  sendTo(game, person, timeRequestsOf(game.id, state));
}

function sendTo(game: LiveGame, person: Person, message: TimeRequestsMessage): void {
  for (const socketId of person.sockets) game.io.to(socketId).emit('time:requests', message);
}
