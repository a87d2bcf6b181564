import { type BroadcastOptions, SessionAwareAdapter } from 'socket.io-adapter';

/** Past this many distinct room lists, the table of shared ones starts again (sharing is only a saving). */
const MOST_ROOM_LISTS = 10_000;
const NO_ROOMS: ReadonlySet<string> = new Set();

/**
 * Socket.IO's single-node adapter for connection-state recovery, keeping less per broadcast. It holds every
 * broadcast for two minutes (about 49,000 of them under the load run) with the options it was sent with,
 * and Socket.IO makes two new sets for each (its rooms, and the rooms it leaves out, nearly always none):
 * some 12 MB of a 147 MB heap in a snapshot of the load server, all of it copied by the young generation's
 * collections before it is old. Here broadcasts to the same rooms share one set of them, and those that
 * leave no room out share one empty set. The sets are only read, by the broadcast itself and by a
 * recovery's check of which kept packets a session was in the rooms of. With several nodes the Redis Streams adapter takes this one's place.
 */
export class RecoveryAdapter extends SessionAwareAdapter {
  private readonly roomLists = new Map<string, ReadonlySet<string>>();

  override broadcast(packet: unknown, opts: BroadcastOptions): void {
    super.broadcast(packet, {
      ...opts,
      rooms: this.shared(opts.rooms) as Set<string>,
      except: (opts.except === undefined || opts.except.size === 0 ? NO_ROOMS : opts.except) as Set<string>,
    });
  }

  private shared(rooms: ReadonlySet<string>): ReadonlySet<string> {
    if (rooms.size === 0) return NO_ROOMS;
    const key = rooms.size === 1 ? rooms.values().next().value! : JSON.stringify([...rooms]);
    const known = this.roomLists.get(key);
    if (known) return known;
    if (this.roomLists.size >= MOST_ROOM_LISTS) this.roomLists.clear();
    this.roomLists.set(key, rooms);
    return rooms;
  }
}
