import type { OwnSeat, PlayerView } from '../../../shared/game/player-view.ts';
import type { MoveSheet } from '../../../shared/protocol/moves.ts';
import { readStorage } from '../../ui/storage.ts';
import { dealsBindingSeat, type FollowedDraft, followSignedDeals, promiseRefusing } from './deal-draft.ts';
import { checkDraft, draftKey, readStoredDraft, readStoredFollow, toDraft } from './move-draft.ts';

/**
 * The seat's sheet as its form holds it: this round's stored draft laid over the sheet on the server (the
 * one handed in, else the standing policy), brought into line with the deals signed. The form starts from
 * it, and writes every change back to storage, so the host's "Hand in and skip" reads the same sheet.
 */
export function heldDraft(view: PlayerView, you: OwnSeat): FollowedDraft {
  const serverSheet = you.submittedMove ?? you.standingMove;
  const raw = readStorage('local', draftKey(view.gameId, you.role));
  const base = toDraft(serverSheet);
  const draft = readStoredDraft(raw, you.role, view.round, base) ?? base;
  return followSignedDeals(
    { draft, ...readStoredFollow(raw, view.round) },
    dealsBindingSeat(view, you.role),
    serverSheet,
  );
}

/**
 * The held sheet if it can be handed in as it stands, else null: a draft the schema refuses, or one the
 * engine would refuse for breaking a binding deal (promiseRefusing; the form says why).
 */
export function sheetReadyToHandIn(view: PlayerView, you: OwnSeat): MoveSheet | null {
  const check = checkDraft(heldDraft(view, you).draft);
  return check.ok && promiseRefusing(check.move, view) === null ? check.move : null;
}
