import type { LeverageServer, LeverageSocket, SeatSocket, SocketData } from '../io-types.ts';
import type { SocketCopy } from './relay.ts';

/**
 * A socket held by another node, as seating sees it on the node that runs the game: joining and leaving
 * rooms and sending go through the adapter to the real socket (Socket.IO's `in(id)` and `to(id)` reach a
 * socket on any node); its data is sent back with the answer, and the other node keeps it.
 */
export class RemoteSocket implements SeatSocket {
  readonly id: string;
  data: SocketData;
  readonly rooms: Set<string>;

  constructor(
    private readonly io: LeverageServer,
    copy: SocketCopy,
  ) {
    this.id = copy.id;
    this.data = { ...copy.data };
    this.rooms = new Set(copy.rooms);
  }

  join(rooms: string | string[]): void {
    const list = typeof rooms === 'string' ? [rooms] : rooms;
    this.io.in(this.id).socketsJoin(list);
    for (const room of list) this.rooms.add(room);
  }

  leave(room: string): void {
    this.io.in(this.id).socketsLeave(room);
    this.rooms.delete(room);
  }

  emit: LeverageSocket['emit'] = (event, ...args) => this.io.to(this.id).emit(event, ...args);
}

/** What the game's node needs of a socket of this node. */
export function copyOf(socket: Pick<SeatSocket, 'id' | 'data' | 'rooms'>): SocketCopy {
  return { id: socket.id, data: { ...socket.data }, rooms: [...socket.rooms] };
}
