import { z } from 'zod';
import { MoveSheetSchema, SHEET_AMOUNT_FIELDS } from '../protocol/moves.ts';
import type { RoleId } from '../roles.ts';

/**
 * A team's move sheet while it is being written: one draft per seat per round, shared through the server
 * so that every member sees the others' changes. Each change names its member and its field; two members
 * changing one field at once is settled by the server's order (the last change wins, and the trail shows
 * who made it). The handed-in sheet is still the seat's `move:submit`, as for anyone.
 */

/** A field's value as a form holds it: an amount as the text typed (half-typed numbers travel too), a choice as its word, a switch as true or false. */
export type DraftValue = string | boolean;

/** The longest amount text a draft carries: more than any amount's digits, far less than a message. */
export const DRAFT_AMOUNT_MAX_CHARS = 12;

/** How many changes the trail keeps: the recent ones a team reads, not a history of keystrokes. */
export const TEAM_TRAIL_LENGTH = 12;

/**
 * Changes to one field by one member this close together are one line of the trail ("Ken set Treasury
 * amount to 50", not "5", then "50"), so a teammate hears of a change once, not at every keystroke.
 */
export const TRAIL_MERGE_MS = 10_000;

export interface TeamDraftChange {
  /** The draft's own count: later changes have higher numbers (the server's order decides). */
  seq: number;
  personId: string;
  name: string;
  /** The field's dotted path in the sheet (`treasuryAmountBn`, `allocation.yen`). */
  field: string;
  value: DraftValue;
  at: number;
}

export interface TeamDraft {
  role: RoleId;
  round: number;
  seq: number;
  /** Each field changed this round, with its latest change. */
  fields: Record<string, TeamDraftChange>;
  /** The latest changes, oldest first, at most TEAM_TRAIL_LENGTH. */
  trail: TeamDraftChange[];
}

export function emptyTeamDraft(role: RoleId, round: number): TeamDraft {
  return { role, round, seq: 0, fields: {}, trail: [] };
}

type SheetOf<R extends RoleId> = Extract<
  (typeof MoveSheetSchema.options)[number],
  { shape: { role: z.ZodLiteral<R> } }
>;

function sheetSchemaOf(role: RoleId): SheetOf<RoleId> {
  const schema = MoveSheetSchema.options.find((option) => option.shape.role.value === role);
  if (!schema) throw new Error(`No move sheet for ${role}.`);
  return schema;
}

/** The schema of the leaf at a dotted path of a role's sheet, or null when the sheet has no such field. */
function leafSchemaOf(role: RoleId, field: string): z.ZodType | null {
  let schema: z.ZodType = sheetSchemaOf(role);
  for (const key of field.split('.')) {
    if (!(schema instanceof z.ZodObject) || !Object.hasOwn(schema.shape, key)) return null;
    schema = schema.shape[key] as z.ZodType;
  }
  return schema instanceof z.ZodObject ? null : schema;
}

/** Why a value cannot stand in a field of this role's sheet, or null when it can. */
export function draftValueRefusal(role: RoleId, field: string, value: DraftValue): string | null {
  if (field === 'role') return 'the role is not a field a team edits';
  const leaf = leafSchemaOf(role, field);
  if (!leaf) return `${role}'s sheet has no field "${field}"`;
  if (SHEET_AMOUNT_FIELDS[role].includes(field)) {
    return typeof value === 'string' && value.length <= DRAFT_AMOUNT_MAX_CHARS
      ? null
      : `${field} is an amount: text of at most ${DRAFT_AMOUNT_MAX_CHARS} characters`;
  }
  return leaf.safeParse(value).success ? null : `${JSON.stringify(value)} is not a value of ${field}`;
}

/** The draft after one member's change: the field's latest value is theirs, and the trail says so. */
export function withTeamChange(
  draft: TeamDraft,
  change: { field: string; value: DraftValue },
  by: { id: string; name: string },
  at: number,
): TeamDraft {
  const made: TeamDraftChange = {
    seq: draft.seq + 1,
    personId: by.id,
    name: by.name,
    field: change.field,
    value: change.value,
    at,
  };
  const last = draft.trail.at(-1);
  const continues =
    last !== undefined &&
    last.personId === by.id &&
    last.field === change.field &&
    at - last.at < TRAIL_MERGE_MS;
  const trail = [...(continues ? draft.trail.slice(0, -1) : draft.trail), made].slice(-TEAM_TRAIL_LENGTH);
  return { ...draft, seq: made.seq, fields: { ...draft.fields, [change.field]: made }, trail };
}
