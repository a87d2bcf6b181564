import type { LeaveClassroom } from '../../shared/protocol/classroom.ts';
import { type Ack, accept, refuse } from '../../shared/protocol/errors.ts';
import type { SeatSocket } from '../io-types.ts';
import type { ClassroomDeps } from './deps.ts';
import { leaveClassroom } from './sessions.ts';

/**
 * A member leaves the session while still waiting for a table: someone who joined the wrong class, or
 * twice under two names. They are no longer one of its people (the console drops them, forming tables
 * skips them) and their token resumes nothing. Once seated, a table holds their seat, and moving them is
 * the facilitator's to do (`person:place`), so the request is refused.
 */
export function leaveClass(
  deps: ClassroomDeps,
  socket: SeatSocket,
  request: LeaveClassroom,
): Promise<Ack<null>> | Ack<null> {
  const classroom = deps.classrooms.get(request.classroomId);
  if (!classroom) return refuse('NOT_FOUND', 'That class session is no longer running.');
  return classroom.enqueue(async () => {
    // Looked up in the queue: a forming of tables queued before this has seated them, or not.
    const member = classroom.memberWithToken(request.token);
    if (!member) return refuse('UNAUTHORIZED', 'That token does not belong to this class session.');
    if (member.seat) return refuse('WRONG_PHASE', 'You are at a table now: ask the facilitator to move you.');
    classroom.members.delete(member.id);
    try {
      await deps.game.store.saveClassroom(classroom.toStored());
    } catch (error) {
      classroom.members.set(member.id, member);
      throw error;
    }
    if (socket.data.classroomId === classroom.id && socket.data.memberId === member.id)
      leaveClassroom(deps, socket);
    deps.feeds.of(classroom).noteChange();
    return accept(null);
  });
}
