import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol/socket.ts';

/** What a socket remembers between events (and across a recovered connection): the game and person it acts for. */
export interface SocketData {
  gameId?: string;
  personId?: string;
}

type ServerSideEvents = Record<string, never>;

export type LeverageServer = Server<ClientToServerEvents, ServerToClientEvents, ServerSideEvents, SocketData>;
export type LeverageSocket = Socket<ClientToServerEvents, ServerToClientEvents, ServerSideEvents, SocketData>;
