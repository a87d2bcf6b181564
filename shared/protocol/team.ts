import { z } from 'zod';
import { DRAFT_AMOUNT_MAX_CHARS, type TeamDraft } from '../game/team-draft.ts';
import { RoundsSchema } from './fields.ts';

/**
 * A team's own traffic beside the game's commands (docs/protocol.md, "Teams"): the shared move sheet being
 * written and naming the captain. Neither is a game input: the draft is the team's work in progress (the
 * handed-in sheet is `move:submit`), and the captain is who sits where, kept with the lobby.
 */

/** A game's person id, as the roster names people. */
export const PersonIdSchema = z.string().regex(/^person[0-9]{1,9}$/, 'not a person id');

/**
 * One change to the team's sheet for `round`: a field's dotted path and its value as the form holds it
 * (an amount as its text). Which fields and values a seat's sheet has is checked by the server
 * (`draftValueRefusal`, shared/game/team-draft.ts), since only it knows the sender's seat.
 */
export const TeamEditSchema = z.strictObject({
  round: RoundsSchema,
  field: z.string().min(1).max(64),
  value: z.union([z.string().max(DRAFT_AMOUNT_MAX_CHARS), z.boolean()]),
});
export type TeamEdit = z.infer<typeof TeamEditSchema>;

/** Names the team's captain: sent by the captain who signs now, or by the game's host. */
export const TeamCaptainSchema = z.strictObject({ personId: PersonIdSchema });

/** The team's draft, whole, to the seat's sockets only: after every change, and on joining or resuming. */
export interface TeamDraftMessage {
  gameId: string;
  draft: TeamDraft;
}

/** What `team:edit` answers: the draft's count after the change (the change's own `seq`). */
export interface TeamEditResult {
  seq: number;
}
