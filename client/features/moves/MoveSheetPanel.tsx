import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsNow } from '../../../shared/game/command-phases.ts';
import type { OwnSeat, PlayerView } from '../../../shared/game/player-view.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useGameClient } from '../../game/context.tsx';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { FormErrorSummary } from '../../ui/fields.tsx';
import { writeStorage } from '../../ui/storage.ts';
import { fieldErrors } from '../../ui/validation.ts';
import { TeamTrail } from '../team/TeamTrail.tsx';
import { useIsTeam, useTeamSheet } from '../team/use-team-sheet.ts';
import {
  dealsBindingSeat,
  type FollowedDraft,
  followSignedDeals,
  promiseRefusing,
  promisesBrokenBy,
} from './deal-draft.ts';
import type { SheetFieldProps } from './fields.tsx';
import { heldDraft } from './held-sheet.ts';
import { checkDraft, draftKey, type StoredDraft, withDraftValue } from './move-draft.ts';
import { ProjectedEffect } from './ProjectedEffect.tsx';
import { InvestorsSheet, TokyoSheet, UsBusinessSheet, WhiteHouseSheet } from './RoleSheets.tsx';
import { BindingTerms, BrokenPromises, FromDeals, OneOffNote } from './SheetNotes.tsx';
import './moves.css';

const SHEETS: Record<RoleId, (props: SheetFieldProps) => React.JSX.Element> = {
  tokyo: TokyoSheet,
  whiteHouse: WhiteHouseSheet,
  investors: InvestorsSheet,
  usBusiness: UsBusinessSheet,
};

function sameSheet(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function MoveSheetForm({ view, you }: { view: PlayerView; you: OwnSeat }) {
  const { t } = useTranslation();
  const client = useGameClient();
  const storageKey = draftKey(view.gameId, you.role);
  const binding = dealsBindingSeat(view, you.role);
  const serverSheet = you.submittedMove ?? you.standingMove;
  const [sheet, setSheet] = useState<FollowedDraft>(() => heldDraft(view, you));
  const { draft, fromDeals } = sheet;
  const [sending, setSending] = useState(false);
  const [triedInvalid, setTriedInvalid] = useState(false);
  const check = useMemo(() => checkDraft(draft), [draft]);
  const errors = check.ok ? {} : fieldErrors(t, check.issues);
  const broken = check.ok ? promisesBrokenBy(check.move, binding) : [];
  const refused = check.ok && promiseRefusing(check.move, view) !== null;
  const canSubmit = acceptsNow(view, 'move:submit');
  const submitted = you.submittedMove;
  const changedSinceSubmit = submitted !== null && check.ok && !sameSheet(check.move, submitted);
  // A team writes one sheet: changes go to the teammates and theirs come in (team/use-team-sheet.ts).
  const team = useTeamSheet(view, you.role, draft, (next) => keep({ ...sheet, draft: next }));
  const isTeam = useIsTeam(you.role);

  function keep(next: FollowedDraft) {
    setSheet(next);
    const stored: StoredDraft = { round: view.round, ...next };
    writeStorage('local', storageKey, JSON.stringify(stored));
  }

  // A deal signed while this sheet is open fills in what it promises, as it did on the server.
  const unfollowed = binding.some((deal) => !sheet.followedDeals.includes(deal.id));
  useEffect(() => {
    if (unfollowed) keep(followSignedDeals(sheet, binding, serverSheet));
  });

  function set(path: string, value: unknown) {
    const { [path]: _edited, ...stillFromDeals } = fromDeals;
    keep({ ...sheet, draft: withDraftValue(draft, path, value), fromDeals: stillFromDeals });
    team.share(path, value);
    setTriedInvalid(false);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!check.ok) {
      setTriedInvalid(true);
      return;
    }
    if (sending || !canSubmit || refused) return;
    setSending(true);
    try {
      await client.command({ type: 'move:submit', move: check.move });
    } finally {
      setSending(false);
    }
  }

  const Sheet = SHEETS[you.role];
  return (
    <form className="move-sheet" onSubmit={onSubmit} noValidate aria-labelledby="move-sheet-title">
      <h2 id="move-sheet-title">{t('moves.title', { round: view.round })}</h2>
      <p className="muted">{t(`moves.lead.${you.role}`)}</p>
      {isTeam ? <TeamTrail team={team.team} seat={you.role} /> : null}
      <BindingTerms deals={binding} role={you.role} binding={view.bindingDeals} />
      <FromDeals role={you.role} fromDeals={fromDeals} />
      <Sheet draft={draft} set={set} errors={errors} disabled={false} />
      <OneOffNote role={you.role} />
      <FormErrorSummary message={triedInvalid && !check.ok ? t('validation.fixFields') : null} />
      <BrokenPromises broken={broken} binding={view.bindingDeals} />
      <div className="sheet-actions">
        <ActionButton
          type="submit"
          className="button primary"
          busy={sending}
          unavailable={!canSubmit || refused}
          aria-describedby="sheet-status"
        >
          {submitted ? t('moves.resubmit') : t('moves.submit')}
        </ActionButton>
        <p id="sheet-status" className="sheet-status" role="status" data-testid="sheet-status">
          {!canSubmit
            ? t(view.paused ? 'moves.pausedHint' : 'moves.notYet')
            : submitted
              ? changedSinceSubmit
                ? t('moves.changedSinceSubmit')
                : t('moves.submitted')
              : t('moves.notSubmitted')}
        </p>
      </div>
      {check.ok ? <ProjectedEffect view={view} move={check.move} /> : null}
    </form>
  );
}

/** The seat's sealed move sheet for the round: always editable, handed in during the decide phase. */
export function MoveSheetPanel({ view }: { view: PlayerView }) {
  const you = view.you;
  if (!you) return null;
  return (
    <section className="card">
      <MoveSheetForm key={`${you.role}:${view.round}`} view={view} you={you} />
    </section>
  );
}
