import { refuse } from '../shared/protocol/errors.ts';
import type { SeatRequestNotice } from '../shared/protocol/socket.ts';
import type { RoleId } from '../shared/roles.ts';
import type { LeverageServer, SeatSocket } from './io-types.ts';
import type { LiveGame } from './live-game.ts';
import type { Person } from './lobby.ts';
import type { GameRegistry } from './registry.ts';

/** One socket asking to join the people at a seat; it sees nothing of the game until someone accepts. */
export interface PendingRequest {
  id: string;
  name: string;
  role: RoleId;
  socketId: string;
  /** With several nodes: the node the asking socket is connected to (server/cluster/). */
  node?: string;
}

/**
 * The sockets that asked, wherever they are connected. On one node they are this server's own; with
 * several, a requester may be connected to another node than the game's, which keeps its socket's data
 * (server/cluster/node.ts implements this through that node).
 */
export interface Requesters {
  /**
   * The request's socket if it still waits on this game's answer (it did not leave or ask elsewhere): it
   * waits no more. Null if it is gone.
   */
  claim(gameId: string, request: Pick<PendingRequest, 'socketId' | 'node'>): Promise<SeatSocket | null>;
  /** The claimed socket was seated (`attachInQueue` set its data): its own node keeps that data. */
  seated(request: Pick<PendingRequest, 'node'>, socket: SeatSocket): Promise<void>;
}

/** Requesters on one node: the sockets of `io`. */
export function localRequesters(io: LeverageServer): Requesters {
  return {
    async claim(gameId, request) {
      const socket = io.sockets.sockets.get(request.socketId);
      if (!socket || socket.data.requestGameId !== gameId) return null;
      socket.data.requestGameId = undefined;
      return socket;
    },
    async seated() {},
  };
}

/**
 * Requests one game holds at once. Each waits on a live socket, so the list stays short by itself; the
 * cap stops a script from burying the seat's players in prompts.
 */
export const MAX_PENDING_REQUESTS_PER_GAME = 12;

/** The requests waiting in one game. Lives in memory only: a request ends with its socket. */
export class SeatRequests {
  private readonly pending = new Map<string, PendingRequest>();
  private nextId = 1;

  /** A socket asks again: its earlier request is replaced, so one socket holds at most one. */
  add(input: Omit<PendingRequest, 'id'>): PendingRequest | ReturnType<typeof refuse> {
    this.dropSocket(input.socketId);
    if (this.pending.size >= MAX_PENDING_REQUESTS_PER_GAME)
      return refuse('RATE_LIMITED', 'Too many people are waiting to join this game; try again soon.');
    const request = { id: `request${this.nextId++}`, ...input };
    this.pending.set(request.id, request);
    return request;
  }

  get(id: string): PendingRequest | undefined {
    return this.pending.get(id);
  }

  /** Takes a request out, once it is answered. */
  take(id: string): PendingRequest | undefined {
    const request = this.pending.get(id);
    this.pending.delete(id);
    return request;
  }

  /** The socket went away or moved on: its request goes with it. True if it had one. */
  dropSocket(socketId: string): boolean {
    for (const request of this.pending.values()) {
      if (request.socketId === socketId) return this.pending.delete(request.id);
    }
    return false;
  }

  /** Requests for `role` (every one for `role` undefined), oldest first. */
  forRole(role?: RoleId): PendingRequest[] {
    return [...this.pending.values()].filter((request) => role === undefined || request.role === role);
  }

  /** What `person` may answer: their seat's requests, or every seat's for the host. */
  noticesFor(person: Person): SeatRequestNotice[] {
    if (!person.isHost && person.role === null) return [];
    return this.forRole(person.isHost ? undefined : (person.role ?? undefined)).map((request) => ({
      requestId: request.id,
      name: request.name,
      role: request.role,
    }));
  }

  /** Whether `person` may accept or decline `request`: one of the seat's players, or the host. */
  mayAnswer(person: Person, request: PendingRequest): boolean {
    return person.isHost || person.role === request.role;
  }
}

/**
 * Tells the people who may answer (the host, and the players of `role`) the requests they may answer now.
 * Call from inside the game's queue.
 */
export function publishRequests(game: LiveGame, role: RoleId): void {
  for (const person of game.lobby.everyone()) {
    if (!person.isHost && person.role !== role) continue;
    const message = { gameId: game.id, requests: game.requests.noticesFor(person) };
    for (const socketId of person.sockets) game.io.to(socketId).emit('seat:requests', message);
  }
}

/**
 * A game that has ended takes nobody in: every request still waiting is declined now (`gameEnded`), so
 * the requester hears it at the end rather than only if someone answers later, and the seat's players
 * and the host see their lists emptied. The requester is claimed through `requesters`, so one connected
 * to another node than the game's hears it too. Call from inside the game's queue once the game has ended.
 */
export function declineWaitingAtEnd(
  game: LiveGame,
  requesters: Requesters,
  onError: (error: unknown) => void,
): void {
  const waiting = game.requests.forRole();
  if (waiting.length === 0) return;
  for (const request of waiting) {
    game.requests.take(request.id);
    const answer = { requestId: request.id, accepted: false, reason: 'gameEnded' } as const;
    requesters
      .claim(game.id, request)
      .then((socket) => socket?.emit('seat:answer', answer))
      .catch(onError);
  }
  for (const role of new Set(waiting.map((request) => request.role))) publishRequests(game, role);
}

/** The socket stops waiting on its request, if it has one (it left, or went to another game). */
export async function dropRequestOf(registry: GameRegistry, socket: SeatSocket): Promise<void> {
  const gameId = socket.data.requestGameId;
  if (gameId === undefined) return;
  socket.data.requestGameId = undefined;
  const game = registry.get(gameId);
  if (!game) return;
  await game.enqueue(() => {
    const request = game.requests.forRole().find((pending) => pending.socketId === socket.id);
    if (request && game.requests.dropSocket(socket.id)) publishRequests(game, request.role);
  });
}
