import { type BrokenPromise, brokenPromises, complySheet } from '../../../shared/game/deal-terms.ts';
import { dealsInForce } from '../../../shared/game/deals.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { bindingPromiseBrokenBy } from '../../../shared/game/rules.ts';
import type { Deal } from '../../../shared/game/state.ts';
import type { MoveSheet } from '../../../shared/protocol/moves.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import {
  changedPaths,
  checkDraft,
  draftValue,
  type MoveDraft,
  toDraft,
  withDraftValue,
} from './move-draft.ts';

/** The game's parameters as the sheet reads them (what counts as a net sale); preview.ts uses the same scenario. */
const MODEL = DEFAULT_SCENARIO.model;

/** The promises this sheet would break: the engine's own check, for the sheet's warning. */
export function promisesBrokenBy(sheet: MoveSheet, deals: readonly Deal[]): BrokenPromise[] {
  return brokenPromises(sheet, deals, MODEL);
}

/** The promise the engine would refuse this sheet for breaking (its own rule, bindingPromiseBrokenBy), or null. */
export function promiseRefusing(sheet: MoveSheet, view: PlayerView): BrokenPromise | null {
  return bindingPromiseBrokenBy(sheet, view, MODEL);
}

/** The deals whose terms bind this seat's sheet in the view's round. */
export function dealsBindingSeat(view: PlayerView, role: RoleId): Deal[] {
  return dealsInForce(view).filter((deal) => deal.terms.some((term) => term.role === role));
}

/** A draft with the deals it has followed, and which deal set which field. */
export interface FollowedDraft {
  draft: MoveDraft;
  followedDeals: string[];
  /** Dotted path → the id of the deal that set it; a field the player edits afterwards loses its mark. */
  fromDeals: Record<string, string>;
}

/**
 * A deal signed while a sheet is being drafted changes the draft as it changed the standing sheet on the
 * server (complySheet, the same rule): only the fields the deal constrains, and each marked with its
 * deal. A deal is followed once; after that a player may change the field (and, in a non-binding game,
 * break the promise knowingly). A draft that does not parse yet is compared with `fallback`, the
 * server's sheet for the seat, which is already in line.
 */
export function followSignedDeals(
  current: FollowedDraft,
  deals: readonly Deal[],
  fallback: MoveSheet,
): FollowedDraft {
  let { draft, followedDeals, fromDeals } = current;
  for (const deal of deals) {
    if (followedDeals.includes(deal.id)) continue;
    const check = checkDraft(draft);
    const sheet = check.ok ? check.move : fallback;
    const complied = toDraft(deal.terms.reduce((each, term) => complySheet(term, each, MODEL), sheet));
    const paths = changedPaths(toDraft(sheet), complied);
    for (const path of paths) draft = withDraftValue(draft, path, draftValue(complied, path));
    fromDeals = { ...fromDeals, ...Object.fromEntries(paths.map((path) => [path, deal.id])) };
    followedDeals = [...followedDeals, deal.id];
  }
  return { draft, followedDeals, fromDeals };
}
