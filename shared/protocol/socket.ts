import { z } from 'zod';
import { type BotProfile, LEVELS, PERSONALITIES } from '../bots/types.ts';
import type { ProjectorMessage } from '../classroom/projector.ts';
import type { PlayerView } from '../game/player-view.ts';
import type { TimeRequest } from '../game/state.ts';
import { IdleTakeoverSchema } from '../game/takeover.ts';
import type { MarketPoint } from '../market/types.ts';
import { type RoleId, RoleIdSchema } from '../roles.ts';
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
  JOIN_CODE_ALPHABET,
  JoinCodeSchema,
  PlayerNameSchema,
  phaseTimerFields,
  RoundsSchema,
  TokenSchema,
} from './fields.ts';
import { wholeNumber } from './numbers.ts';
import type { Patch } from './patch.ts';
import { TeamCaptainSchema, type TeamDraftMessage, type TeamEditResult, TeamEditSchema } from './team.ts';

/**
 * The Socket.IO protocol around the game commands: creating and joining games, holding seats, and the
 * updates the server pushes. Event names are `feature:verb`; every client event is acknowledged.
 */

export { LEVELS, PERSONALITIES };
export const BotProfileSchema = z.strictObject({
  personality: z.enum(PERSONALITIES),
  level: z.enum(LEVELS),
});

export { JOIN_CODE_ALPHABET, JoinCodeSchema, PlayerNameSchema, phaseTimerFields, RoundsSchema, TokenSchema };

export const CreateGameSchema = z.strictObject({
  mode: z.enum(['solo', 'multiplayer']),
  /** Solo: the role the player takes; the other three are bots. */
  role: RoleIdSchema.optional(),
  name: PlayerNameSchema.optional(),
  botLevel: z.enum(LEVELS).default('easy'),
  rounds: RoundsSchema.optional(),
  ...phaseTimerFields,
  bindingDeals: z.boolean().default(false),
  /** Fill seats nobody takes with bots when the game starts. */
  botFill: z.boolean().default(true),
  /** When a bot plays for a seat whose people are idle or away, and how well (shared/game/takeover.ts); absent: `DEFAULT_IDLE_TAKEOVER`. */
  idleTakeover: IdleTakeoverSchema.optional(),
  seed: wholeNumber(0, 2 ** 31 - 1).optional(),
});
export type CreateGame = z.infer<typeof CreateGameSchema>;

export const JoinGameSchema = z.strictObject({
  code: JoinCodeSchema,
  name: PlayerNameSchema,
  role: RoleIdSchema.optional(),
});

export type JoinGame = z.infer<typeof JoinGameSchema>;

/** Asking to join the people who already play a seat: held until one of them (or the host) answers. */
export const SeatRequestSchema = z.strictObject({
  code: JoinCodeSchema,
  name: PlayerNameSchema,
  role: RoleIdSchema,
});
export type SeatRequest = z.infer<typeof SeatRequestSchema>;

export const RequestIdSchema = z.string().regex(/^request[0-9]{1,9}$/, 'not a request id');
export const AnswerSeatRequestSchema = z.strictObject({ requestId: RequestIdSchema, accept: z.boolean() });
export const RemovePersonSchema = z.strictObject({
  personId: z.string().regex(/^person[0-9]{1,9}$/, 'not a person id'),
});

export const ResumeSeatSchema = z.strictObject({ gameId: z.string().min(1).max(64), token: TokenSchema });
export type ResumeSeat = z.infer<typeof ResumeSeatSchema>;

export const LobbyChooseRoleSchema = z.strictObject({ role: RoleIdSchema });
export const LobbySetBotSchema = z.strictObject({ role: RoleIdSchema, bot: BotProfileSchema.nullable() });

/** `seat:back` ("I'm back") carries nothing either: `{}`, or no payload at all. */
export const SeatBackSchema = z.strictObject({}).optional();

/** `game:sync` carries nothing: `{}`, or no payload at all. */
export const GameSyncSchema = z.strictObject({}).optional();

/** Who is in the lobby (and, later, who is connected): public to everyone in the game. */
export interface SeatRoster {
  role: RoleId;
  kind: 'human' | 'bot' | 'open';
  /** Everyone at the seat, by the id the host names to remove them (`seat:remove`). */
  people: { id: string; name: string; connected: boolean; isHost: boolean }[];
  connected: boolean;
  bot: BotProfile | null;
  /** The team's captain (named, else the first seated): null for a seat without people. */
  captainId: string | null;
  /** Who signs deals for the seat now: the captain, or while they are away the next connected member. */
  signerId: string | null;
}

export interface Roster {
  gameId: string;
  /** The code that invites people to the game; null at a class session's table (the facilitator seats people). */
  code: string | null;
  seats: SeatRoster[];
}

export interface JoinedGame {
  gameId: string;
  /** As the roster's `code`: null at a class session's table. */
  code: string | null;
  role: RoleId | null;
  /** Keep it (localStorage) to return to the same seat after a refresh. Never shown to anyone else. */
  token: string;
  isHost: boolean;
  /** Who this is in the roster and in a team's draft (`Roster` people's `id`); a seat stored by an older client has none. */
  personId?: string;
}

/** What `game:create` and `game:join` answer: a game made or joined with its own code always has one. */
export interface JoinedWithCode extends JoinedGame {
  code: string;
}

/** A pending request (`seat:request`) as the seat's players and the host see it. */
export interface SeatRequestNotice {
  requestId: string;
  name: string;
  role: 'tokyo' | 'whiteHouse' | 'investors' | 'usBusiness';
}

/** The requests a person may answer: their own seat's, or every seat's for the host. Replaced whole. */
export interface SeatRequestsMessage {
  gameId: string;
  requests: SeatRequestNotice[];
}

/** The answer `seat:request` gets at once: the request is held until someone decides. */
export interface SeatRequestPending {
  requestId: string;
  role: SeatRequestNotice['role'];
}

/**
 * The host's desk for time, to the host's sockets only, whole, whenever it changes (and on joining):
 * every seat's open requests for more time, each granted with `host:grantTime`, and the seats the host
 * gave extended time (`host:extendedTime`).
 */
export interface TimeRequestsMessage {
  gameId: string;
  requests: TimeRequest[];
  extendedTime: RoleId[];
}

/** How a request ended, to the requester only: with the seat and its token, or with why not. */
export type SeatAnswerMessage =
  | { requestId: string; accepted: true; joined: JoinedGame }
  | { requestId: string; accepted: false; reason: 'declined' | 'seatFull' | 'gameEnded' };

/** A full resync: the whole view for this seat. */
export interface GameSnapshotMessage {
  seq: number;
  view: PlayerView;
  roster: Roster;
}

/**
 * An incremental update: `prevSeq` is the seq of the message sent to the same view before it (a change that
 * moves only a view's counters is not sent to it); a gap means resync. `patch`
 * turns the view the seat held at `prevSeq` (without its market path) into its view at `seq`
 * (shared/protocol/patch.ts); the market path grows by `newPoints`. The patch is made against the view held
 * with the newest new point's figures already in its `market` (`marketWithPoints`, view-patch.ts), so a
 * tick's figures travel once.
 */
export interface GameUpdateMessage {
  gameId: string;
  seq: number;
  prevSeq: number;
  patch: Patch;
  /** Market points added since `prevSeq`. */
  newPoints: MarketPoint[];
}

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
