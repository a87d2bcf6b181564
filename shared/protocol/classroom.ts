import { z } from 'zod';
import { LEVELS, PERSONALITIES } from '../bots/types.ts';
import { PRESET_IDS } from '../classroom/presets.ts';
import { MAX_PEOPLE_PER_TABLE } from '../classroom/tables.ts';
import { PHASES, type Phase } from '../game/state.ts';
import { IdleTakeoverSchema, type SeatControl } from '../game/takeover.ts';
import { LANGUAGES } from '../languages.ts';
import { type RoleId, RoleIdSchema } from '../roles.ts';
import { MAX_EXTEND_SECONDS, TimeRequestIdSchema } from './commands.ts';
import {
  JOIN_CODE_ALPHABET,
  MAX_ROUNDS,
  PlayerNameSchema,
  phaseTimerFields,
  RoundsSchema,
  TokenSchema,
} from './fields.ts';
import { wholeNumber } from './numbers.ts';
import { CustomShockSchema } from './shocks.ts';
import type { SeatRoster } from './socket.ts';
import { PersonIdSchema } from './team.ts';

/**
 * A class session: many tables run by one facilitator, who alone holds its token. Players join it with a
 * short code and their name, wait to be seated, and then play their table as an ordinary game
 * (`seat:resume` with the token they were given). Events are `classroom:verb`; docs/protocol.md has them.
 */

/**
 * A class session's code: 5 characters from the join-code alphabet (no 0/O, 1/I/L), one fewer than a
 * game's, so one box on the home screen can tell the two apart. Guessing is slowed by the join guard.
 */
export const CLASSROOM_CODE_LENGTH = 5;
export const ClassroomCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    new RegExp(`^[${JOIN_CODE_ALPHABET}]{${CLASSROOM_CODE_LENGTH}}$`),
    'a class code is 5 letters and digits',
  );

export const ClassroomIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'not a class session id');
/** Tables are games: their ids are game ids. */
export const TableIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a table id');
export const ClassPersonIdSchema = z.string().regex(/^student[0-9]{1,9}$/, 'not a person id');

/** Tables one session may hold: 120 people at tables of 4. */
export const MAX_TABLES = 30;
/** People one session may hold: 30 tables of 4, and room for latecomers as teammates. */
export const MAX_CLASS_PEOPLE = 160;

export const CreateClassroomSchema = z.strictObject({
  /** The facilitator's name for the session, shown on the console and the projector. */
  title: z.string().trim().min(1).max(80).optional(),
  /** The plan whose rounds, timers and table size apply where nothing else is given. */
  preset: z.enum(PRESET_IDS).default('class45'),
  rounds: RoundsSchema.optional(),
  ...phaseTimerFields,
  bindingDeals: z.boolean().default(false),
  botLevel: z.enum(LEVELS).default('easy'),
  /** When a bot plays a table's seat whose people are idle or away, and how well; else the game's default. */
  idleTakeover: IdleTakeoverSchema.optional(),
  /** The personalities bots are drawn from, in turn over tables and seats; every one when left out. */
  botPersonalities: z
    .array(z.enum(PERSONALITIES))
    .min(1)
    .max(PERSONALITIES.length)
    .refine((mix) => new Set(mix).size === mix.length, 'each personality once')
    .optional(),
  /** People per table: 4 is one a role, more makes teams, fewer leaves seats to bots. */
  tableSize: wholeNumber(1, MAX_PEOPLE_PER_TABLE).optional(),
  /** Every table plays from this seed, so the class can compare tables that met the same market. */
  seed: wholeNumber(0, 2 ** 31 - 1).optional(),
  /** The language the players' screens open in. */
  language: z.enum(LANGUAGES).default('en'),
});
export type CreateClassroom = z.infer<typeof CreateClassroomSchema>;

export const JoinClassroomSchema = z.strictObject({ code: ClassroomCodeSchema, name: PlayerNameSchema });
export type JoinClassroom = z.infer<typeof JoinClassroomSchema>;

/** A player coming back (a refresh) to the session they joined, with the token `classroom:join` gave. */
export const ResumeClassroomSchema = z.strictObject({ classroomId: ClassroomIdSchema, token: TokenSchema });
export type ResumeClassroom = z.infer<typeof ResumeClassroomSchema>;

/**
 * A member who joined by mistake leaves the session while waiting for a table: the same fields as a
 * resume, the session and the member's own token.
 */
export const LeaveClassroomSchema = ResumeClassroomSchema;
export type LeaveClassroom = z.infer<typeof LeaveClassroomSchema>;

/** The tables a facilitator's command is for: every table, or a list (one table is a list of one). */
export const TargetSchema = z.union([z.literal('all'), z.array(TableIdSchema).min(1).max(MAX_TABLES)]);
export type Target = z.infer<typeof TargetSchema>;

const targeted = { target: TargetSchema };

const classroomCommands = [
  /** Seat everyone not at a table yet, by the forming rule (shared/classroom/tables.ts). */
  z.strictObject({ type: z.literal('tables:form') }),
  /**
   * Seat one person: at the table and role named (a move, by hand), or with neither, where the late-joiner
   * rule puts them. Someone already at a table leaves it.
   */
  z.strictObject({
    type: z.literal('person:place'),
    personId: ClassPersonIdSchema,
    tableId: TableIdSchema.optional(),
    role: RoleIdSchema.optional(),
  }),
  z.strictObject({ type: z.literal('tables:start'), ...targeted }),
  z.strictObject({ type: z.literal('tables:pause'), ...targeted }),
  z.strictObject({ type: z.literal('tables:resume'), ...targeted }),
  z.strictObject({
    type: z.literal('tables:extend'),
    ...targeted,
    seconds: wholeNumber(1, MAX_EXTEND_SECONDS),
  }),
  /**
   * Each table's phase ends now. `seen`: the round and phase each table showed on the console when the
   * facilitator pressed Skip; a table that has moved on since (its phase timed out on the way) is left as it
   * is, STALE_VERSION in its outcome, so a press meant for one phase never skips the next.
   */
  z.strictObject({
    type: z.literal('tables:skip'),
    ...targeted,
    seen: z
      .array(
        z.strictObject({ tableId: TableIdSchema, round: wholeNumber(0, MAX_ROUNDS), phase: z.enum(PHASES) }),
      )
      .max(MAX_TABLES)
      .optional(),
  }),
  z.strictObject({ type: z.literal('tables:end'), ...targeted }),
  /** Tables in the same round and phase are extended to end together (shared/classroom/clocks.ts). */
  z.strictObject({ type: z.literal('clocks:align'), ...targeted }),
  z.strictObject({
    type: z.literal('message:broadcast'),
    ...targeted,
    text: z.string().trim().min(1).max(280),
  }),
  z.strictObject({ type: z.literal('shock:inject'), ...targeted, shockId: z.string().min(1).max(64) }),
  z.strictObject({ type: z.literal('shock:custom'), ...targeted, shock: CustomShockSchema }),
  /** The projector shows this table large, or every table side by side (null). */
  z.strictObject({ type: z.literal('projector:focus'), tableId: TableIdSchema.nullable() }),
  /**
   * Names a team's captain at one table: the person (a game person id, as the console's seats list people)
   * signs deals for their seat from now on. The table's own `team:captain`, sent as its host.
   */
  z.strictObject({ type: z.literal('team:captain'), tableId: TableIdSchema, personId: PersonIdSchema }),
  /**
   * Grants a seat's open request for more time at one table (`TableSummary.timeRequests`): the table's own
   * `host:grantTime`, sent as its host.
   */
  z.strictObject({ type: z.literal('time:grant'), tableId: TableIdSchema, requestId: TimeRequestIdSchema }),
] as const;

export const ClassroomCommandSchema = z.discriminatedUnion('type', [...classroomCommands]);
export type ClassroomCommand = z.infer<typeof ClassroomCommandSchema>;
export type ClassroomCommandType = ClassroomCommand['type'];

/** Every facilitator request names its session and carries the facilitator's token. */
const facilitated = { classroomId: ClassroomIdSchema, token: TokenSchema };

export const FacilitateSchema = z.strictObject({ ...facilitated, command: ClassroomCommandSchema });
export type Facilitate = z.infer<typeof FacilitateSchema>;
/** Opens the console: the socket joins the facilitator's room and gets the console whole. */
export const WatchClassroomSchema = z.strictObject(facilitated);
export type WatchClassroom = z.infer<typeof WatchClassroomSchema>;

/** Opens the projector: the read-only key from the facilitator's projector link, nothing else. */
export const ProjectClassroomSchema = z.strictObject({ classroomId: ClassroomIdSchema, key: TokenSchema });
export type ProjectClassroom = z.infer<typeof ProjectClassroomSchema>;

/** What `classroom:projectorLink` answers, to the facilitator only: the key the projector page opens with. */
export interface ProjectorLink {
  projectorKey: string;
}

/** What `classroom:create` answers, to the facilitator only. */
export interface CreatedClassroom {
  classroomId: string;
  code: string;
  /** The facilitator's secret: every facilitator request needs it. Keep it; it is never sent again. */
  token: string;
  /** The link players open (the server's public address with the code), or null if only the page knows it. */
  joinUrl: string | null;
  /** The join link as a QR code for the projector (SVG), or null without a public address. */
  joinQrSvg: string | null;
}

/** What `classroom:join` and `classroom:resume` answer: the player's token for this session. */
export interface JoinedClassroom {
  classroomId: string;
  personId: string;
  name: string;
  /** Also the player's token at their table (`seat:resume`). Never shown to anyone else. */
  token: string;
  language: (typeof LANGUAGES)[number];
  /** The table and role, once seated. */
  seat: ClassroomSeat | null;
}

export interface ClassroomSeat {
  tableId: string;
  tableNumber: number;
  role: RoleId;
}

/** To a player's sockets when the facilitator seats or moves them: resume this table with your token. */
export interface ClassroomSeatedMessage extends ClassroomSeat {
  classroomId: string;
}

/** A facilitator's message, to every socket at the tables it targets. */
export interface ClassroomBroadcastMessage {
  classroomId: string;
  text: string;
  at: number;
}

/** What each target table made of a facilitator's command. */
export interface TableOutcome {
  tableId: string;
  ok: boolean;
  /** The refusal's code when not ok (e.g. WRONG_PHASE for a table already ended). */
  code?: string;
}

/** What `classroom:command` answers: each target table's outcome (a table that refused changed nothing). */
export interface ClassroomCommandResult {
  outcomes: TableOutcome[];
}

/** A person of the class as the console lists them. */
export interface ClassPerson {
  id: string;
  name: string;
  connected: boolean;
  seat: ClassroomSeat | null;
}

/** What the whole room may see of a table: its clock and its headline market (console and projector). */
export interface TableAtAGlance {
  tableId: string;
  tableNumber: number;
  phase: Phase;
  round: number;
  rounds: number;
  deadline: number | null;
  paused: boolean;
  pausedRemainingMs: number | null;
  market: { yield10y: number; usdJpy: number; usEquity: number; japanEquity: number; panic: number };
}

/** One table at a glance, built from the host's view of the game (nothing a seat keeps secret). */
export interface TableSummary extends TableAtAGlance {
  seats: {
    role: RoleId;
    kind: SeatRoster['kind'];
    people: { id: string; name: string; connected: boolean }[];
    /** The seat's captain (named, else the first seated), as the table's roster has it; null without people. */
    captainId: string | null;
    /** A bot counts as connected. */
    connected: boolean;
    /** The seat has handed in its sheet this round. */
    handedIn: boolean;
    /** A seat of people warned as idle, or played by a bot until one of them is back (takeover.ts). */
    control: SeatControl | null;
    /** Null while the rules keep the score hidden. */
    score: number | null;
  }[];
  dealsSigned: number;
  breaches: number;
  shocks: number;
  /**
   * The seats' open requests for more time (a class table's host is the facilitator, so they come here),
   * oldest first; `time:grant` grants one.
   */
  timeRequests: { id: string; role: RoleId; seconds: number; at: number }[];
}

/** The facilitator's console, whole, after every burst of changes (never more often than the feed's pace). */
export interface ClassroomConsoleMessage {
  classroomId: string;
  code: string;
  title: string | null;
  /** Counts up with every console sent, so a client can drop one that arrives late. */
  seq: number;
  /** The rounds the session's tables play (its choice, else its preset's): known before any table is formed. */
  rounds: number;
  people: ClassPerson[];
  tables: TableSummary[];
}
