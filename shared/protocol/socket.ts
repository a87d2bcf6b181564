import { z } from 'zod';
import { type BotProfile, LEVELS, PERSONALITIES } from '../bots/types.ts';
import type { PlayerView } from '../game/player-view.ts';
import type { TimeRequest } from '../game/state.ts';
import { IdleTakeoverSchema } from '../game/takeover.ts';
import type { MarketPoint } from '../market/types.ts';
import { type RoleId, RoleIdSchema } from '../roles.ts';
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

/**
 * The Socket.IO protocol around the game commands: creating and joining games, holding seats, and the
 * updates the server pushes. Event names are `feature:verb`; every client event is acknowledged. Which
 * event carries which of these, both ways, is socket-events.ts.
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
