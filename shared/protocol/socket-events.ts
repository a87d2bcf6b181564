import type { z } from 'zod';
import type { ProjectorMessage } from '../classroom/projector.ts';
import {
  type ClassroomBroadcastMessage,
  type ClassroomCommandResult,
  type ClassroomConsoleMessage,
  type ClassroomSeatedMessage,
  CreateClassroomSchema,
  type CreatedClassroom,
  FacilitateSchema,
  JoinClassroomSchema,
  type JoinedClassroom,
  LeaveClassroomSchema,
  ProjectClassroomSchema,
  type ProjectorLink,
  ResumeClassroomSchema,
  WatchClassroomSchema,
} from './classroom.ts';
import { type CommandResult, CommandSchema } from './commands.ts';
import type { Ack } from './errors.ts';
import {
  AnswerSeatRequestSchema,
  CreateGameSchema,
  type GameSnapshotMessage,
  GameSyncSchema,
  type GameUpdateMessage,
  type JoinedGame,
  type JoinedWithCode,
  JoinGameSchema,
  LobbyChooseRoleSchema,
  LobbySetBotSchema,
  RemovePersonSchema,
  ResumeSeatSchema,
  type Roster,
  type SeatAnswerMessage,
  SeatBackSchema,
  type SeatRequestPending,
  SeatRequestSchema,
  type SeatRequestsMessage,
  type TimeRequestsMessage,
} from './socket.ts';
import { TeamCaptainSchema, type TeamDraftMessage, type TeamEditResult, TeamEditSchema } from './team.ts';

/**
 * The wire's events, both ways: each client event with the schema its payload is parsed with and what its
 * acknowledgement carries, and each event the server pushes with its message. Socket.IO's typed server
 * and client are made from these maps (server/io-types.ts, client/net/socket-port.ts), so the protocol's
 * types hold end to end.
 */

type AckFn<T> = (ack: Ack<T>) => void;

/**
 * Every client event and the one schema its payload is parsed with at the server's boundary. The same
 * schema types what a client may send (`PayloadOf`, its zod input), so a wrong shape fails to compile in
 * the client, while the server still parses whatever arrives: the network carries anything.
 */
export const CLIENT_EVENT_SCHEMAS = {
  'game:create': CreateGameSchema,
  'game:join': JoinGameSchema,
  'seat:resume': ResumeSeatSchema,
  'lobby:chooseRole': LobbyChooseRoleSchema,
  'lobby:setBot': LobbySetBotSchema,
  'seat:request': SeatRequestSchema,
  'seat:answerRequest': AnswerSeatRequestSchema,
  'seat:remove': RemovePersonSchema,
  /** A game command (shared/protocol/commands.ts), parsed by the engine, for the seat or host this socket holds. */
  'game:command': CommandSchema,
  'game:sync': GameSyncSchema,
  'classroom:create': CreateClassroomSchema,
  'classroom:join': JoinClassroomSchema,
  'classroom:resume': ResumeClassroomSchema,
  /** A member waiting for a table leaves the session (their own token). */
  'classroom:leave': LeaveClassroomSchema,
  'classroom:watch': WatchClassroomSchema,
  'classroom:command': FacilitateSchema,
  'seat:back': SeatBackSchema,
  /** The facilitator asks for the projector link's key (facilitator token). */
  'classroom:projectorLink': WatchClassroomSchema,
  /** The projector page opens the projector feed with that key (and nothing else opens it). */
  'classroom:project': ProjectClassroomSchema,
  /** A change to the team's shared move sheet (shared/protocol/team.ts), for the seat this socket holds. */
  'team:edit': TeamEditSchema,
  /** Names the team's captain (by the captain who signs now, or the host). */
  'team:captain': TeamCaptainSchema,
} as const satisfies Record<string, z.ZodType>;

export type ClientEventName = keyof typeof CLIENT_EVENT_SCHEMAS;

/** What a client may send with `event`: its schema's input (defaults still optional, codes in any case). */
export type PayloadOf<E extends ClientEventName> = z.input<(typeof CLIENT_EVENT_SCHEMAS)[E]>;

/** What the acknowledgement of each client event carries when it is ok. */
interface ClientEventAcks {
  'game:create': JoinedWithCode;
  'game:join': JoinedWithCode;
  'seat:resume': JoinedGame;
  'lobby:chooseRole': Roster;
  'lobby:setBot': Roster;
  'seat:request': SeatRequestPending;
  'seat:answerRequest': null;
  'seat:remove': Roster;
  'game:command': CommandResult;
  'game:sync': GameSnapshotMessage;
  'classroom:create': CreatedClassroom;
  'classroom:join': JoinedClassroom;
  'classroom:resume': JoinedClassroom;
  'classroom:leave': null;
  'classroom:watch': ClassroomConsoleMessage;
  'classroom:command': ClassroomCommandResult;
  /** Whether the seat changed hands (false: it was its people's already). */
  'seat:back': boolean;
  'classroom:projectorLink': ProjectorLink;
  'classroom:project': ProjectorMessage;
  'team:edit': TeamEditResult;
  'team:captain': Roster;
}

/** What the acknowledgement of a client event carries when it is ok. */
export type AckDataOf<E extends ClientEventName> = ClientEventAcks[E];

/** The client's side of the wire: each event with the payload its schema accepts. */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: PayloadOf<E>, ack: AckFn<AckDataOf<E>>) => void;
};

/**
 * The server's side of the same events: a payload is untrusted until its schema has parsed it, so the
 * server is handed `unknown` and cannot skip the parse.
 */
export type ClientToServerEventsAsReceived = {
  [E in ClientEventName]: (payload: unknown, ack: AckFn<AckDataOf<E>>) => void;
};

export interface ServerToClientEvents {
  'game:snapshot': (message: GameSnapshotMessage) => void;
  'game:update': (message: GameUpdateMessage) => void;
  'lobby:roster': (roster: Roster) => void;
  'seat:requests': (message: SeatRequestsMessage) => void;
  'seat:answer': (message: SeatAnswerMessage) => void;
  'time:requests': (message: TimeRequestsMessage) => void;
  /** The host removed this person: the socket holds no seat any more and its token is void. */
  'seat:removed': (message: { gameId: string }) => void;
  /** The facilitator's console, to the sockets that opened it with `classroom:watch`. */
  'classroom:console': (message: ClassroomConsoleMessage) => void;
  /** To a class member's sockets: the facilitator seated them; resume that table with the same token. */
  'classroom:seated': (message: ClassroomSeatedMessage) => void;
  /** The facilitator's broadcast, to everyone at the tables it targets. */
  'classroom:message': (message: ClassroomBroadcastMessage) => void;
  /** The projector feed, to the sockets that opened it with `classroom:project`. */
  'classroom:projector': (message: ProjectorMessage) => void;
  /** The team's shared move sheet, whole, to the seat's sockets only. */
  'team:draft': (message: TeamDraftMessage) => void;
}
