import { useTranslation } from 'react-i18next';
import type { BrokenPromise } from '../../../shared/game/deal-terms.ts';
import type { Deal } from '../../../shared/game/state.ts';
import { oneOffFields } from '../../../shared/protocol/moves.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { describeTerm } from '../deals/term-text.ts';
import { fieldLabels } from './sheet-labels.ts';

/** Deal terms that bind this seat this round, listed next to its sheet. */
export function BindingTerms({
  deals,
  role,
  binding,
}: {
  deals: readonly Deal[];
  role: RoleId;
  binding: boolean;
}) {
  const { t } = useTranslation();
  const terms = deals.flatMap((deal) =>
    deal.terms.filter((term) => term.role === role).map((term) => ({ deal, term })),
  );
  if (terms.length === 0) return null;
  return (
    <div className="callout">
      <p>{t(binding ? 'moves.bindingTerms' : 'moves.promisedTerms')}</p>
      <ul>
        {terms.map(({ deal, term }) => (
          <li key={`${deal.id}:${term.kind}`}>{describeTerm(t, term)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Which fields a signed deal filled in, so a changed number never looks like a glitch. */
export function FromDeals({ role, fromDeals }: { role: RoleId; fromDeals: Record<string, string> }) {
  const { t } = useTranslation();
  const byDeal = new Map<string, string[]>();
  for (const [path, dealId] of Object.entries(fromDeals))
    byDeal.set(dealId, [...(byDeal.get(dealId) ?? []), path]);
  if (byDeal.size === 0) return null;
  return (
    <ul className="callout sheet-from-deals" data-testid="sheet-from-deals">
      {[...byDeal].map(([dealId, paths]) => (
        <li key={dealId}>{t('moves.fromDeal', { deal: dealId, fields: fieldLabels(t, role, paths) })}</li>
      ))}
    </ul>
  );
}

/** A sheet that would break a promise says which one before it is handed in. */
export function BrokenPromises({ broken, binding }: { broken: readonly BrokenPromise[]; binding: boolean }) {
  const { t } = useTranslation();
  if (broken.length === 0) return null;
  return (
    <div className="callout warning" role="alert" data-testid="sheet-breaks-promise">
      <p>{t('moves.breaksPromise')}</p>
      <ul>
        {broken.map(({ dealId, term }) => (
          <li key={`${dealId}:${term.kind}`}>
            {t('moves.brokenTerm', { term: describeTerm(t, term), deal: dealId })}
          </li>
        ))}
      </ul>
      <p>{t(binding ? 'moves.breakRefused' : 'moves.breakAllowed')}</p>
    </div>
  );
}

/** The fields that last one round only (shared ONE_OFF_MOVES): a sheet not handed in resets them. */
export function OneOffNote({ role }: { role: RoleId }) {
  const { t } = useTranslation();
  const fields = oneOffFields(role);
  if (fields.length === 0) return null;
  return (
    <p className="field-hint" data-testid="sheet-one-off">
      {t('moves.oneOff', { fields: fieldLabels(t, role, fields) })}
    </p>
  );
}
