import { randomInt } from 'node:crypto';
import QRCode from 'qrcode';
import type { JoinInvite, ProjectorMessage } from '../../shared/classroom/projector.ts';
import {
  CLASSROOM_CODE_LENGTH,
  type ClassroomConsoleMessage,
  type CreateClassroom,
  type CreatedClassroom,
  type JoinClassroom,
  type JoinedClassroom,
  MAX_CLASS_PEOPLE,
  type ProjectClassroom,
  type ProjectorLink,
  type ResumeClassroom,
  type WatchClassroom,
} from '../../shared/protocol/classroom.ts';
import { type Ack, accept, refuse } from '../../shared/protocol/errors.ts';
import { JOIN_CODE_ALPHABET } from '../../shared/protocol/fields.ts';
import type { SeatSocket } from '../io-types.ts';
import { storeWithFreeCode } from '../join-code.ts';
import { ClassroomCodeTakenError } from '../store/game-store.ts';
import { tokenDigest } from '../tokens.ts';
import { type ClassMember, Classroom } from './classroom.ts';
import { consoleRoom, membersRoom, projectorRoom } from './console-feed.ts';
import type { ClassroomDeps } from './deps.ts';
import { CLASSROOM_PARTS, type ClassroomPart, placesOf } from './places.ts';
import { keepWhileInUse, liveTables } from './tables.ts';

/** A class code: CLASSROOM_CODE_LENGTH characters from the join-code alphabet, from the system's CSPRNG. */
export function drawClassroomCode(): string {
  let code = '';
  for (let i = 0; i < CLASSROOM_CODE_LENGTH; i++)
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** The link players open: the home screen with the class code filled in (client/app/routes.ts). */
export const classJoinUrl = (publicUrl: string, code: string) => `${publicUrl}/#/class/${code}`;

const notFacilitator = () =>
  refuse('UNAUTHORIZED', 'That is not the facilitator token of a class session on this server.');

/** The session `token` is the facilitator's of, or the refusal every facilitator request gets otherwise. */
export function facilitatorOrRefusal(
  deps: ClassroomDeps,
  request: { classroomId: string; token: string },
): Classroom | ReturnType<typeof refuse> {
  return deps.classrooms.facilitatorOf(request.classroomId, request.token) ?? notFacilitator();
}

/**
 * The session's join link and QR code, made once and kept on the session, or null while the server knows
 * no public address (each page's own address is all there is). Made again by the node that takes a session
 * over for the projectors it finds (server/cluster/class-takeover.ts), as after a restart for a projector
 * that opens again.
 */
export async function joinInviteOf(deps: ClassroomDeps, classroom: Classroom): Promise<JoinInvite | null> {
  if (classroom.joinInvite) return classroom.joinInvite;
  const publicUrl = deps.publicUrl();
  if (!publicUrl) return null;
  const url = classJoinUrl(publicUrl, classroom.code);
  // Medium error correction: readable from the back of a room on a washed-out projector.
  const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  classroom.joinInvite = { url, qrSvg };
  return classroom.joinInvite;
}

/** A new session: stored before its code is given out; the facilitator gets the only copy of the token. */
export async function createClassroom(
  deps: ClassroomDeps,
  settings: CreateClassroom,
): Promise<Ack<CreatedClassroom>> {
  const token = deps.ids.token();
  const id = deps.ids.gameId();
  const seed = settings.seed ?? randomInt(2 ** 31 - 1);
  const createdAt = deps.clock.now();
  const classroom = await storeWithFreeCode(
    () => deps.classrooms.freeCode(drawClassroomCode),
    async (code) => {
      const drawn = new Classroom({ id, code, settings, seed, createdAt }, tokenDigest(token));
      await deps.game.store.saveClassroom(drawn.toStored());
      return drawn;
    },
    (error) => error instanceof ClassroomCodeTakenError,
  );
  deps.classrooms.add(classroom);
  const invite = await joinInviteOf(deps, classroom);
  return accept({
    classroomId: classroom.id,
    code: classroom.code,
    token,
    joinUrl: invite?.url ?? null,
    joinQrSvg: invite?.qrSvg ?? null,
  });
}

/** Sessions not ended come back at start-up, after their tables (games) have. */
export async function restoreClassrooms(
  deps: ClassroomDeps,
  onError: (error: unknown) => void,
): Promise<number> {
  let restored = 0;
  for (const stored of await deps.game.store.activeClassrooms()) {
    try {
      const classroom = Classroom.fromStored(stored);
      deps.classrooms.add(classroom);
      for (const game of liveTables(deps, classroom)) keepWhileInUse(classroom, game);
      restored++;
    } catch (error) {
      onError(error);
    }
  }
  return restored;
}

function joined(classroom: Classroom, member: ClassMember, token: string): JoinedClassroom {
  return {
    classroomId: classroom.id,
    personId: member.id,
    name: member.name,
    token,
    language: classroom.settings.language,
    seat: classroom.seatOf(member),
  };
}

/** The socket waits in the session for `member`: it hears when the facilitator seats them. */
function attach(deps: ClassroomDeps, socket: SeatSocket, classroom: Classroom, member: ClassMember): void {
  leaveClassroom(deps, socket);
  socket.data.classroomId = classroom.id;
  socket.data.memberId = member.id;
  socket.join(membersRoom(classroom.id));
  member.sockets.add(socket.id);
  deps.feeds.of(classroom).noteChange();
}

/**
 * A new member of the session, with a token of their own. `requestId` is a join forwarded from another
 * node, the same for every try (server/cluster/forward.ts): if the node that added the member died before
 * answering, the node that took the session over finds the member by it instead of adding them twice, and
 * gives them a new token (the first never reached anyone: its answer was never sent).
 */
export function joinClassroom(
  deps: ClassroomDeps,
  socket: SeatSocket,
  request: JoinClassroom,
  requestId?: string,
): Promise<Ack<JoinedClassroom>> | Ack<JoinedClassroom> {
  const classroom = deps.classrooms.withCode(request.code);
  if (!classroom) return refuse('NOT_FOUND', 'No class session with that code.');
  return classroom.enqueue(async () => {
    if (classroom.ended) return refuse('GAME_ENDED', 'This class session has ended.');
    const token = deps.ids.token();
    // One seated meanwhile holds their table's seat by the first token: they join anew instead.
    const earlier = requestId ? classroom.memberJoinedBy(requestId) : undefined;
    const again = earlier?.seat === null ? earlier : undefined;
    if (!again && classroom.members.size >= MAX_CLASS_PEOPLE)
      return refuse('TABLE_FULL', `This class session already has ${MAX_CLASS_PEOPLE} people.`);
    const member = again ?? classroom.addMember(request.name, token, requestId);
    const heldDigest = member.tokenDigest;
    if (again) again.tokenDigest = tokenDigest(token);
    try {
      await deps.game.store.saveClassroom(classroom.toStored());
    } catch (error) {
      if (again) member.tokenDigest = heldDigest;
      else classroom.members.delete(member.id);
      throw error;
    }
    attach(deps, socket, classroom, member);
    return accept(joined(classroom, member, token));
  });
}

export function resumeClassroom(
  deps: ClassroomDeps,
  socket: SeatSocket,
  request: ResumeClassroom,
): Ack<JoinedClassroom> {
  const classroom = deps.classrooms.get(request.classroomId);
  if (!classroom) return refuse('NOT_FOUND', 'That class session is no longer running.');
  const member = classroom.memberWithToken(request.token);
  if (!member) return refuse('UNAUTHORIZED', 'That token does not belong to this class session.');
  attach(deps, socket, classroom, member);
  return accept(joined(classroom, member, request.token));
}

/** Opens the console: this socket hears every console sent from now on, and gets it whole at once. */
export function watchClassroom(
  deps: ClassroomDeps,
  socket: SeatSocket,
  request: WatchClassroom,
): Ack<ClassroomConsoleMessage> {
  const classroom = facilitatorOrRefusal(deps, request);
  if (!(classroom instanceof Classroom)) return classroom;
  watch(deps, socket, classroom, classroom.watchers);
  socket.join(consoleRoom(classroom.id));
  return accept(deps.feeds.of(classroom).console());
}

/** The facilitator's projector link key (their token required): the console shows it as a link. */
export function projectorLink(deps: ClassroomDeps, request: WatchClassroom): Ack<ProjectorLink> {
  const classroom = facilitatorOrRefusal(deps, request);
  if (!(classroom instanceof Classroom)) return classroom;
  return accept({ projectorKey: classroom.projectorKey });
}

/**
 * Opens the projector with its read-only key: the socket hears the projector feed and nothing else of the
 * session (it joins no console, table or member). Unknown session and wrong key answer alike.
 */
export async function projectClassroom(
  deps: ClassroomDeps,
  socket: SeatSocket,
  request: ProjectClassroom,
): Promise<Ack<ProjectorMessage>> {
  const classroom = deps.classrooms.projectorOf(request.classroomId, request.key);
  if (!classroom)
    return refuse('UNAUTHORIZED', 'That is not the projector link of a class session on this server.');
  // A session restored after a restart makes its QR code again when a projector first asks for it.
  await joinInviteOf(deps, classroom);
  watch(deps, socket, classroom, classroom.projectors);
  socket.join(projectorRoom(classroom.id));
  return accept(deps.feeds.of(classroom).projector());
}

/**
 * The socket watches the session's console or projector: counted until it closes. A socket watches one
 * session at a time: the one it watched before stops counting it (it would keep its tables in memory)
 * and sending it that session's console or projector.
 */
function watch(deps: ClassroomDeps, socket: SeatSocket, classroom: Classroom, watchers: Set<string>): void {
  const before = socket.data.watchingClassroomId;
  if (before !== undefined && before !== classroom.id) {
    const watched = deps.classrooms.get(before);
    if (watched) {
      watched.watchers.delete(socket.id);
      watched.projectors.delete(socket.id);
    }
    socket.leave(consoleRoom(before));
    socket.leave(projectorRoom(before));
  }
  watchers.add(socket.id);
  socket.data.watchingClassroomId = classroom.id;
}

/**
 * Sockets that closed (or went with their node) stop counting, as members' connections and as watchers
 * of the console or projector; or only in `parts`, for a socket that stopped only waiting or watching.
 */
export function forgetSockets(
  deps: ClassroomDeps,
  classroom: Classroom,
  socketIds: readonly string[],
  parts: readonly ClassroomPart[] = CLASSROOM_PARTS,
): void {
  let changed = false;
  for (const socketId of socketIds) {
    if (parts.includes('watcher')) {
      classroom.watchers.delete(socketId);
      classroom.projectors.delete(socketId);
    }
    if (!parts.includes('member')) continue;
    for (const member of classroom.members.values()) changed = member.sockets.delete(socketId) || changed;
  }
  if (changed) deps.feeds.of(classroom).noteChange();
}

/** A socket closed: the sessions held here that it waited in or watched stop counting it. */
export function socketClosed(deps: ClassroomDeps, socket: Pick<SeatSocket, 'id' | 'data'>): void {
  for (const [classroomId, parts] of placesOf(socket)) {
    const classroom = deps.classrooms.get(classroomId);
    if (classroom) forgetSockets(deps, classroom, [socket.id], parts);
  }
}

/** A socket that leaves (or joins another session) stops counting as its member's connection. */
export function leaveClassroom(deps: ClassroomDeps, socket: SeatSocket): void {
  const classroom = socket.data.classroomId ? deps.classrooms.get(socket.data.classroomId) : undefined;
  const member = classroom?.members.get(socket.data.memberId ?? '');
  if (socket.data.classroomId) socket.leave(membersRoom(socket.data.classroomId));
  socket.data.classroomId = undefined;
  socket.data.memberId = undefined;
  if (!classroom || !member) return;
  member.sockets.delete(socket.id);
  deps.feeds.of(classroom).noteChange();
}
