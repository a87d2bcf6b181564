import type { SeatSocket } from '../io-types.ts';

/**
 * How a socket counts at a session: as its member's connection (it waits in the session), or as a watcher
 * of its console or projector. A socket may count both ways at one session, or one way at each of two.
 */
export type ClassroomPart = 'member' | 'watcher';

export const CLASSROOM_PARTS: readonly ClassroomPart[] = ['member', 'watcher'];

/** The sessions a socket counts at, each with how. */
export type ClassroomPlaces = ReadonlyMap<string, readonly ClassroomPart[]>;

/** The sessions a socket waits in or watches, each with how it counts there. */
export function placesOf(socket: Pick<SeatSocket, 'data'>): ClassroomPlaces {
  const { classroomId, watchingClassroomId } = socket.data;
  const places = new Map<string, ClassroomPart[]>();
  if (classroomId !== undefined) places.set(classroomId, ['member']);
  if (watchingClassroomId !== undefined)
    places.set(watchingClassroomId, [...(places.get(watchingClassroomId) ?? []), 'watcher']);
  return places;
}

/**
 * Where a socket stopped counting between two readings of its places: each session, with the parts it
 * no longer has there. A socket that keeps waiting in a session but watches another one now has stopped
 * watching the first, though it has not left it.
 */
export function placesLeft(before: ClassroomPlaces, after: ClassroomPlaces): ClassroomPlaces {
  const left = new Map<string, ClassroomPart[]>();
  for (const [classroomId, parts] of before) {
    const gone = parts.filter((part) => !after.get(classroomId)?.includes(part));
    if (gone.length > 0) left.set(classroomId, gone);
  }
  return left;
}
