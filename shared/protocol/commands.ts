import { z } from 'zod';
import { TIME_REQUEST_SECONDS } from '../game/time.ts';
import type { RoleId } from '../roles.ts';
import { RoleIdSchema } from '../roles.ts';
import { ProposalTermsSchema } from './deals.ts';
import { MoveSheetSchema } from './moves.ts';
import { wholeNumber } from './numbers.ts';
import { CustomShockSchema } from './shocks.ts';
import { PrivateMessageSchema, StatementSchema, TeamMessageSchema } from './statements.ts';

/**
 * Commands a player or host sends to a game. Every one carries a client-made `commandId` (a retry
 * with the same id is answered, not re-applied) and the `version` of the game it was made against
 * (one made in a phase that has since ended is refused as stale).
 */
const envelope = {
  commandId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
  version: wholeNumber(0, Number.MAX_SAFE_INTEGER),
};

const proposalRef = { proposalId: z.string().min(1).max(32) };

const playerCommands = [
  z.strictObject({ ...envelope, type: z.literal('move:submit'), move: MoveSheetSchema }),
  z.strictObject({ ...envelope, type: z.literal('chat:statement'), statement: StatementSchema }),
  z.strictObject({ ...envelope, type: z.literal('chat:private'), message: PrivateMessageSchema }),
  /** A message to the sender's own team: only the seat's people read it (and the facilitator in the debrief). */
  z.strictObject({ ...envelope, type: z.literal('chat:team'), message: TeamMessageSchema }),
  z.strictObject({ ...envelope, type: z.literal('deal:propose'), proposal: ProposalTermsSchema }),
  z.strictObject({
    ...envelope,
    type: z.literal('deal:counter'),
    ...proposalRef,
    proposal: ProposalTermsSchema,
  }),
  z.strictObject({ ...envelope, type: z.literal('deal:accept'), ...proposalRef }),
  z.strictObject({ ...envelope, type: z.literal('deal:reject'), ...proposalRef }),
  z.strictObject({ ...envelope, type: z.literal('deal:withdraw'), ...proposalRef }),
  /** A seat asks the host for more time in this phase (shared/game/time.ts has the limits). */
  z.strictObject({
    ...envelope,
    type: z.literal('time:request'),
    seconds: wholeNumber(TIME_REQUEST_SECONDS.min, TIME_REQUEST_SECONDS.max),
  }),
] as const;

/** The most one `host:extend` adds to a phase. */
export const MAX_EXTEND_SECONDS = 600;

/** A seat's request for more time, as the game numbers them. */
export const TimeRequestIdSchema = z.string().regex(/^t[0-9]{1,9}$/, 'not a time request id');

const hostCommands = [
  z.strictObject({ ...envelope, type: z.literal('host:start') }),
  z.strictObject({ ...envelope, type: z.literal('host:pause') }),
  z.strictObject({ ...envelope, type: z.literal('host:resume') }),
  z.strictObject({
    ...envelope,
    type: z.literal('host:extend'),
    seconds: wholeNumber(1, MAX_EXTEND_SECONDS),
  }),
  z.strictObject({ ...envelope, type: z.literal('host:skip') }),
  z.strictObject({ ...envelope, type: z.literal('host:end') }),
  z.strictObject({ ...envelope, type: z.literal('host:inject'), shockId: z.string().min(1).max(64) }),
  /** A shock the facilitator writes: a headline with its model effects (shocks.ts bounds them). */
  z.strictObject({ ...envelope, type: z.literal('host:injectCustom'), shock: CustomShockSchema }),
  /** Grants a seat's open request: the phase is extended by the seconds asked, as `host:extend` would. */
  z.strictObject({ ...envelope, type: z.literal('host:grantTime'), requestId: TimeRequestIdSchema }),
  /** Gives a seat extended time (or takes it back): phases from the next one on last longer. */
  z.strictObject({
    ...envelope,
    type: z.literal('host:extendedTime'),
    role: RoleIdSchema,
    extended: z.boolean(),
  }),
] as const;

export const PlayerCommandSchema = z.discriminatedUnion('type', [...playerCommands]);
export const HostCommandSchema = z.discriminatedUnion('type', [...hostCommands]);
/** One flat union, so a refusal names the exact field at fault. */
export const CommandSchema = z.discriminatedUnion('type', [...playerCommands, ...hostCommands]);

export type PlayerCommand = z.infer<typeof PlayerCommandSchema>;
export type HostCommand = z.infer<typeof HostCommandSchema>;
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];

/** A command without what the sender adds when it sends it (its id and the version it was made against). */
export type WithoutEnvelope<T> = T extends unknown ? Omit<T, 'commandId' | 'version'> : never;
/** A command as a screen, a bot or a script makes it. */
export type CommandBody = WithoutEnvelope<Command>;

/** Byte ceiling for any one command payload; the server refuses larger frames before parsing. */
export const MAX_COMMAND_BYTES = 16 * 1024;

/** What each accepted command answers with (`data` in `{ ok: true, data }`): the ids of what it made. */
export interface CommandResults {
  'move:submit': { role: RoleId };
  'chat:statement': { statementId: string };
  'chat:private': { messageId: string; channelId: string };
  'chat:team': { messageId: string; channelId: string };
  'deal:propose': { proposalId: string };
  'deal:counter': { proposalId: string };
  /** `dealId` once the last signatory has signed, null before. */
  'deal:accept': { proposalId: string; dealId: string | null };
  'deal:reject': { proposalId: string };
  'deal:withdraw': { proposalId: string };
  'time:request': { requestId: string };
  'host:start': Record<string, never>;
  'host:pause': Record<string, never>;
  'host:resume': Record<string, never>;
  'host:extend': { seconds: number };
  'host:skip': Record<string, never>;
  'host:end': Record<string, never>;
  'host:inject': { shockId: string };
  'host:injectCustom': { shockId: string };
  'host:grantTime': { requestId: string; seconds: number };
  'host:extendedTime': { role: RoleId; extended: boolean };
}
export type CommandResult = CommandResults[CommandType];
