import { randomInt } from 'node:crypto';
import { type Ack, accept, refuse } from '../shared/protocol/errors.ts';
import { DEFAULT_HOST_NAME } from '../shared/protocol/fields.ts';
import type { CreateGame, JoinedGame, JoinGame, ResumeSeat } from '../shared/protocol/socket.ts';
import type { Ids } from './ids.ts';
import type { LeverageSocket, SeatSocket } from './io-types.ts';
import { gameToJoin, recordWithFreeCode } from './join-code.ts';
import { LiveGame, type LiveGameDeps } from './live-game.ts';
import type { Person } from './lobby.ts';
import type { GameRegistry } from './registry.ts';
import { reviveGame } from './restore.ts';
import { dropRequestOf } from './seat-requests.ts';
import { attachSocket, detachSocket, seatPerson } from './seating.ts';

export interface SessionDeps {
  registry: GameRegistry;
  ids: Ids;
  game: LiveGameDeps;
  maxGames: number;
  /** Lobbies (games not started yet) one remote address may have open at once. */
  maxOpenLobbiesPerAddress: number;
  /** Games of any kind one remote address may have on the server at once. */
  maxGamesPerAddress: number;
}

/** The game and person a socket acts for, or why it acts for none. */
export function currentSeat(
  registry: GameRegistry,
  socket: SeatSocket,
): { game: LiveGame; person: Person } | ReturnType<typeof refuse> {
  const game = socket.data.gameId ? registry.get(socket.data.gameId) : undefined;
  const person = game?.lobby.person(socket.data.personId);
  if (!game || !person) return refuse('UNAUTHORIZED', 'Create, join or resume a game first.');
  return { game, person };
}

/** A socket that switches games stops acting for the one it was in, and stops waiting on any request. */
export async function leaveCurrent(deps: SessionDeps, socket: SeatSocket): Promise<void> {
  await dropRequestOf(deps.registry, socket);
  const current = currentSeat(deps.registry, socket);
  // A class session's rooms (`classroom:…`) stay: a member seated at a table still waits in the session.
  for (const room of socket.rooms)
    if (room !== socket.id && !room.startsWith('classroom:')) socket.leave(room);
  socket.data.gameId = undefined;
  socket.data.personId = undefined;
  if ('game' in current) await detachSocket(current.game, socket.id);
}

/** Seated: the socket joins the game's rooms, gets its snapshot (before this answer) and its token. */
async function enter(deps: SessionDeps, socket: SeatSocket, game: LiveGame, person: Person, token: string) {
  await leaveCurrent(deps, socket);
  const attached = await attachSocket(game, socket, person);
  if ('ok' in attached) return attached;
  const joined: JoinedGame = {
    gameId: game.id,
    code: game.invitingCode,
    role: person.role,
    token,
    isHost: person.isHost,
    personId: person.id,
  };
  return accept(joined);
}

/** `settings` and the other payloads below were parsed once, at the socket boundary (handlers.ts). */
export async function createGame(
  deps: SessionDeps,
  socket: LeverageSocket,
  settings: CreateGame,
  creatorAddress: string,
): Promise<Ack<JoinedGame>> {
  if (settings.mode === 'solo' && !settings.role)
    return refuse('INVALID_COMMAND', 'role: a solo game needs a role.');
  if (deps.registry.size >= deps.maxGames)
    return refuse('RATE_LIMITED', 'The server is full; try again later.');
  const mine = deps.registry.gamesFrom(creatorAddress);
  if (mine.games >= deps.maxGamesPerAddress)
    return refuse(
      'RATE_LIMITED',
      `${deps.maxGamesPerAddress} games from here are already on the server; try again when some have ended.`,
    );
  if (settings.mode === 'multiplayer' && mine.lobbies >= deps.maxOpenLobbiesPerAddress)
    return refuse(
      'RATE_LIMITED',
      `${deps.maxOpenLobbiesPerAddress} games from here are still waiting in their lobbies; start or leave one first.`,
    );
  const game = await recordWithFreeCode(
    deps.registry,
    deps.ids.joinCode,
    (code) =>
      new LiveGame(
        {
          id: deps.ids.gameId(),
          code,
          settings,
          seed: settings.seed ?? randomInt(2 ** 31 - 1),
          creatorAddress,
        },
        deps.game,
      ),
  );
  const token = deps.ids.token();
  const person = await seatPerson(game, {
    name: settings.name ?? DEFAULT_HOST_NAME,
    role: settings.role,
    isHost: true,
    token,
  });
  if ('ok' in person) {
    await forget(deps, game);
    return person;
  }
  if (settings.mode === 'solo') {
    const started = await game.startSolo().catch(async (error: unknown) => {
      await forget(deps, game);
      throw error;
    });
    if (!started.ok) {
      await forget(deps, game);
      return started;
    }
  }
  return enter(deps, socket, game, person, token);
}

/** A game whose creation failed half-way is let go, here and in the store. */
async function forget(deps: SessionDeps, game: LiveGame): Promise<void> {
  deps.registry.remove(game.id);
  await deps.game.store.delete(game.id);
}

/** `requestId`: a join forwarded from another node seats one person, however many nodes it is tried at. */
export async function joinGame(
  deps: SessionDeps,
  socket: SeatSocket,
  request: JoinGame,
  requestId?: string,
): Promise<Ack<JoinedGame>> {
  const game = gameToJoin(deps.registry, request.code);
  if ('ok' in game) return game;
  const token = deps.ids.token();
  const person = await seatPerson(game, {
    name: request.name,
    role: request.role,
    isHost: false,
    token,
    ...(requestId ? { joinRequest: requestId } : {}),
  });
  if ('ok' in person) return person;
  return enter(deps, socket, game, person, token);
}

export async function resumeSeat(
  deps: SessionDeps,
  socket: SeatSocket,
  resume: ResumeSeat,
): Promise<Ack<JoinedGame>> {
  // A game that ended or was let go for idleness comes back from the store for a person it knows.
  const game =
    deps.registry.get(resume.gameId) ??
    (await reviveGame(deps.registry, deps.game, resume.gameId, resume.token));
  if (!game) return refuse('NOT_FOUND', 'That game is no longer running.');
  const person = game.lobby.personWithToken(resume.token);
  if (!person) return refuse('UNAUTHORIZED', 'That token does not hold a seat in this game.');
  return enter(deps, socket, game, person, resume.token);
}

export async function leaveOnDisconnect(deps: SessionDeps, socket: SeatSocket): Promise<void> {
  await dropRequestOf(deps.registry, socket);
  const current = currentSeat(deps.registry, socket);
  if ('game' in current) await detachSocket(current.game, socket.id);
}
