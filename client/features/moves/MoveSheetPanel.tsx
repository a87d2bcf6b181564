import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsNow } from '../../../shared/game/command-phases.ts';
import { dealsInForce } from '../../../shared/game/deals.ts';
import type { OwnSeat, PlayerView } from '../../../shared/game/player-view.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useGameClient } from '../../game/context.tsx';
import { FormErrorSummary } from '../../ui/fields.tsx';
import { readStorage, writeStorage } from '../../ui/storage.ts';
import { fieldErrors } from '../../ui/validation.ts';
import { describeTerm } from '../deals/term-text.ts';
import type { SheetFieldProps } from './fields.tsx';
import {
  checkDraft,
  draftKey,
  type MoveDraft,
  readStoredDraft,
  toDraft,
  withDraftValue,
} from './move-draft.ts';
import { ProjectedEffect } from './ProjectedEffect.tsx';
import { InvestorsSheet, TokyoSheet, UsBusinessSheet, WhiteHouseSheet } from './RoleSheets.tsx';
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

/** Deal terms that bind this seat this round, listed next to its sheet. */
function BindingTerms({ view, role }: { view: PlayerView; role: RoleId }) {
  const { t } = useTranslation();
  const terms = dealsInForce(view).flatMap((deal) =>
    deal.terms.filter((term) => term.role === role).map((term) => ({ deal, term })),
  );
  if (terms.length === 0) return null;
  return (
    <div className="callout">
      <p>{t(view.bindingDeals ? 'moves.bindingTerms' : 'moves.promisedTerms')}</p>
      <ul>
        {terms.map(({ deal, term }) => (
          <li key={`${deal.id}:${term.kind}`}>{describeTerm(t, term)}</li>
        ))}
      </ul>
    </div>
  );
}

function MoveSheetForm({ view, you }: { view: PlayerView; you: OwnSeat }) {
  const { t } = useTranslation();
  const client = useGameClient();
  const storageKey = draftKey(view.gameId, you.role);
  const [draft, setDraftState] = useState<MoveDraft>(() => {
    const base = toDraft(you.submittedMove ?? you.standingMove);
    return readStoredDraft(readStorage('local', storageKey), you.role, view.round, base) ?? base;
  });
  const [sending, setSending] = useState(false);
  const [triedInvalid, setTriedInvalid] = useState(false);
  const check = useMemo(() => checkDraft(draft), [draft]);
  const errors = check.ok ? {} : fieldErrors(t, check.issues);
  const canSubmit = acceptsNow(view, 'move:submit');
  const submitted = you.submittedMove;
  const changedSinceSubmit = submitted !== null && check.ok && !sameSheet(check.move, submitted);

  function set(path: string, value: unknown) {
    const next = withDraftValue(draft, path, value);
    setDraftState(next);
    setTriedInvalid(false);
    writeStorage('local', storageKey, JSON.stringify({ round: view.round, draft: next }));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!check.ok) {
      setTriedInvalid(true);
      return;
    }
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
      <BindingTerms view={view} role={you.role} />
      <Sheet draft={draft} set={set} errors={errors} disabled={false} />
      <FormErrorSummary message={triedInvalid && !check.ok ? t('validation.fixFields') : null} />
      <div className="sheet-actions">
        <button type="submit" className="button primary" disabled={sending || !canSubmit}>
          {submitted ? t('moves.resubmit') : t('moves.submit')}
        </button>
        <p className="sheet-status" role="status" data-testid="sheet-status">
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
