import { useEffect, useRef } from 'react';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { TeamDraft } from '../../../shared/game/team-draft.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useClientState, useGameClient } from '../../game/context.tsx';
import type { MoveDraft } from '../moves/move-draft.ts';
import { teamDraftFor, withTeamFields } from './team-sheet.ts';

/** Whether the seat is played by a team (more than one person): only then is the sheet shared. */
export function useIsTeam(role: RoleId): boolean {
  const { roster } = useClientState();
  return (roster?.seats.find((seat) => seat.role === role)?.people.length ?? 0) > 1;
}

/**
 * A team's sheet kept in step with the server: every change made here is sent (`share`), and every change
 * a teammate makes comes into the form (`adopt`) unless this browser is still sending that field. A seat
 * of one shares nothing, and its sheet works as before.
 */
export function useTeamSheet(
  view: PlayerView,
  role: RoleId,
  draft: MoveDraft,
  adopt: (next: MoveDraft) => void,
): { team: TeamDraft | null; share: (field: string, value: unknown) => void } {
  const client = useGameClient();
  const isTeam = useIsTeam(role);
  const team = teamDraftFor(useClientState().teamDraft, view, role);
  const sending = useRef(new Map<string, number>());
  const latest = useRef({ draft, team, adopt });
  latest.current = { draft, team, adopt };

  function reconcile() {
    const { draft: now, team: shared, adopt: take } = latest.current;
    if (!shared) return;
    const next = withTeamFields(now, shared, sending.current);
    if (next !== now) take(next);
  }

  // A teammate's change (or this browser's first sight of the team's draft) comes into the form.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reconcile reads the latest draft through a ref
  useEffect(reconcile, [team?.seq]);

  function share(field: string, value: unknown) {
    if (!isTeam || (typeof value !== 'string' && typeof value !== 'boolean')) return;
    const pending = sending.current;
    pending.set(field, (pending.get(field) ?? 0) + 1);
    void client.team.edit({ round: view.round, field, value }).finally(() => {
      pending.set(field, (pending.get(field) ?? 1) - 1);
      reconcile();
    });
  }

  return { team, share };
}
