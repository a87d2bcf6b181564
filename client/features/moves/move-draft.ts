import {
  type MoveSheet,
  MoveSheetSchema,
  SHEET_AMOUNT_FIELDS,
  withoutUnreadFields,
} from '../../../shared/protocol/moves.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import type { IssueLike } from '../../ui/validation.ts';

/**
 * A move sheet as the form holds it: every amount as the text typed into its box, so a half-typed or
 * out-of-range number stays on screen with its error instead of being silently corrected.
 */
type Drafted<T> = T extends number
  ? string
  : T extends boolean | string
    ? T
    : { [K in keyof T]: Drafted<T[K]> };
export type MoveDraft = MoveSheet extends infer M ? (M extends MoveSheet ? Drafted<M> : never) : never;
export type DraftFor<R extends RoleId> = Extract<MoveDraft, { role: R }>;

/** Where each role's amounts sit in its sheet (one statement of it, in shared/protocol/moves.ts). */
export const AMOUNT_FIELDS = SHEET_AMOUNT_FIELDS;

type Plain = Record<string, unknown>;

function mapLeaves(value: unknown, path: string, at: (path: string, leaf: unknown) => unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value as Plain).map(([key, inner]) => [
        key,
        mapLeaves(inner, path ? `${path}.${key}` : key, at),
      ]),
    );
  }
  return at(path, value);
}

export function toDraft(move: MoveSheet): MoveDraft {
  return mapLeaves(move, '', (_path, leaf) => (typeof leaf === 'number' ? String(leaf) : leaf)) as MoveDraft;
}

/** Text back to numbers ('' and stray characters become NaN, which the schema refuses with a message). */
export function fromDraft(draft: MoveDraft): unknown {
  const amounts = new Set(AMOUNT_FIELDS[draft.role]);
  return mapLeaves(draft, '', (path, leaf) => {
    if (!amounts.has(path)) return leaf;
    const text = String(leaf).trim();
    return text === '' ? Number.NaN : Number(text);
  });
}

export type DraftCheck = { ok: true; move: MoveSheet } | { ok: false; issues: IssueLike[] };

/** The draft as a sheet to hand in: its unread fields (an amount kept for a Hold) at 0. */
export function checkDraft(draft: MoveDraft): DraftCheck {
  const parsed = MoveSheetSchema.safeParse(fromDraft(draft));
  return parsed.success
    ? { ok: true, move: withoutUnreadFields(parsed.data) }
    : { ok: false, issues: parsed.error.issues };
}

/** Reads a value at a dotted path of a draft (for the generic number box). */
export function draftValue(draft: MoveDraft, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Plain | undefined)?.[key], draft);
}

/** A copy of the draft with one value replaced at a dotted path. */
export function withDraftValue<D extends MoveDraft>(draft: D, path: string, value: unknown): D {
  const [head, ...rest] = path.split('.');
  if (!head) return draft;
  const current = draft as unknown as Plain;
  if (rest.length === 0) return { ...current, [head]: value } as unknown as D;
  return {
    ...current,
    [head]: withDraftValue(current[head] as MoveDraft, rest.join('.'), value),
  } as unknown as D;
}

/** The dotted paths at which two drafts of the same role differ. */
export function changedPaths(before: MoveDraft, after: MoveDraft): string[] {
  const changed: string[] = [];
  mapLeaves(before, '', (path, leaf) => {
    if (draftValue(after, path) !== leaf) changed.push(path);
    return leaf;
  });
  return changed;
}

/**
 * What is kept in storage: the draft, for the round it was made in; the deals it has already been
 * brought into line with, and which fields each of them set (so a refresh keeps the marks).
 */
export interface StoredDraft {
  round: number;
  draft: MoveDraft;
  followedDeals?: string[];
  fromDeals?: Record<string, string>;
}

export const draftKey = (gameId: string, role: RoleId) => `leverage.draft.${gameId}.${role}`;

/**
 * A stored draft for this round and role, laid over the base sheet so a missing or foreign field falls
 * back to the base. Anything unreadable is ignored: storage is untrusted input.
 */
export function readStoredDraft(
  raw: string | null,
  role: RoleId,
  round: number,
  base: MoveDraft,
): MoveDraft | null {
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as Partial<StoredDraft> | null;
    if (!stored || stored.round !== round || typeof stored.draft !== 'object' || stored.draft === null)
      return null;
    if (stored.draft.role !== role || !ROLE_IDS.includes(stored.draft.role)) return null;
    return mergeKnown(base, stored.draft as unknown as Plain) as MoveDraft;
  } catch {
    return null;
  }
}

/**
 * The deals a stored draft of this round has followed and the fields they set; nothing (both empty)
 * when there is no such draft or it is unreadable, so every deal in force is followed again.
 */
export function readStoredFollow(
  raw: string | null,
  round: number,
): { followedDeals: string[]; fromDeals: Record<string, string> } {
  const none = { followedDeals: [], fromDeals: {} };
  if (!raw) return none;
  try {
    const stored = JSON.parse(raw) as Partial<StoredDraft> | null;
    if (!stored || stored.round !== round) return none;
    const followed = Array.isArray(stored.followedDeals) ? stored.followedDeals : [];
    const marks = typeof stored.fromDeals === 'object' && stored.fromDeals !== null ? stored.fromDeals : {};
    return {
      followedDeals: followed.filter((id): id is string => typeof id === 'string'),
      fromDeals: Object.fromEntries(
        Object.entries(marks).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      ),
    };
  } catch {
    return none;
  }
}

function mergeKnown(base: unknown, stored: unknown): unknown {
  if (typeof base === 'object' && base !== null) {
    const source = typeof stored === 'object' && stored !== null ? (stored as Plain) : {};
    return Object.fromEntries(
      Object.entries(base as Plain).map(([key, value]) => [key, mergeKnown(value, source[key])]),
    );
  }
  return typeof stored === typeof base ? stored : base;
}
