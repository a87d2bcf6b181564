import type { TeamDraft } from '../../../shared/game/team-draft.ts';
import type { TeamDraftMessage } from '../../../shared/protocol/team.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { draftValue, type MoveDraft, withDraftValue } from '../moves/move-draft.ts';

/** The team's draft for this seat and round, if the server has sent one (another game's or round's is not). */
export function teamDraftFor(
  message: TeamDraftMessage | null,
  view: { gameId: string; round: number },
  role: RoleId,
): TeamDraft | null {
  if (!message || message.gameId !== view.gameId) return null;
  const { draft } = message;
  return draft.role === role && draft.round === view.round ? draft : null;
}

/**
 * The form's draft with the team's latest value of every field laid over it, except the fields this
 * browser is still sending: their answer has not come back, so the server's value for them is older than
 * what is on screen. Once every change of a field is answered, the server's last word on it stands, so
 * two members who changed it at once both end up showing the same value (the last one the server took).
 */
export function withTeamFields(
  draft: MoveDraft,
  team: TeamDraft,
  sending: ReadonlyMap<string, number>,
): MoveDraft {
  let next = draft;
  for (const [field, change] of Object.entries(team.fields)) {
    if ((sending.get(field) ?? 0) > 0) continue;
    if (draftValue(next, field) === undefined || draftValue(next, field) === change.value) continue;
    next = withDraftValue(next, field, change.value);
  }
  return next;
}
