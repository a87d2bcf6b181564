import type { Server, Socket } from 'socket.io';
import type {
  ClientToServerEventsAsReceived,
  ServerToClientEvents,
} from '../shared/protocol/socket-events.ts';

/** What a socket remembers between events (and across a recovered connection): the game and person it acts for. */
export interface SocketData {
  gameId?: string;
  personId?: string;
  /** A game whose seat this socket has asked to join (`seat:request`), while the request is pending. */
  requestGameId?: string;
  /** A class session this socket waits in for its member (server/classroom/). */
  classroomId?: string;
  memberId?: string;
  /** A class session whose console or projector this socket opened (told when the socket closes). */
  watchingClassroomId?: string;
  /**
   * With several nodes: the node this socket is connected to (set on every connection, a recovered one
   * too), so that the node running its game can stop counting it if that node dies (server/cluster/).
   */
  node?: string;
}

type ServerSideEvents = Record<string, never>;

export type LeverageServer = Server<
  ClientToServerEventsAsReceived,
  ServerToClientEvents,
  ServerSideEvents,
  SocketData
>;
export type LeverageSocket = Socket<
  ClientToServerEventsAsReceived,
  ServerToClientEvents,
  ServerSideEvents,
  SocketData
>;

/**
 * What seating a socket needs of it: its id, its data, its rooms and a way to send to it. A socket of
 * this node is one; with several nodes, so is a stand-in for a socket held by another node, whose every
 * step reaches the real socket through the adapter (server/cluster/remote-socket.ts).
 */
export type SeatSocket = Pick<LeverageSocket, 'id' | 'data' | 'rooms' | 'join' | 'leave' | 'emit'>;
