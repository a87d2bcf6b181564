import { useTranslation } from 'react-i18next';
import type { Breach, Deal } from '../../../shared/game/state.ts';
import { describeTerm, roleList } from './term-text.ts';

/** Signed deals (public to all) with their rounds and status, and the breaches made public. */
export function DealList({ deals, breaches }: { deals: readonly Deal[]; breaches: readonly Breach[] }) {
  const { t } = useTranslation();
  return (
    <div className="deal-list">
      <h3>{t('deals.signedDeals')}</h3>
      {deals.length === 0 ? (
        <p className="muted">{t('deals.noDeals')}</p>
      ) : (
        <ul className="proposal-list" data-testid="deal-list">
          {deals.map((deal) => (
            <li key={deal.id} className={`deal status-${deal.status}`} data-testid="deal">
              <p className="proposal-head">
                <strong>{roleList(t, deal.signatories)}</strong>
                <span className={`status-chip status-${deal.status}`}>
                  {t(`deals.dealStatus.${deal.status}`)}
                </span>
                <span className="muted">
                  {t('deals.dealRounds', { id: deal.id, from: deal.fromRound, until: deal.untilRound })}
                </span>
              </p>
              <ul className="term-list">
                {deal.terms.map((term) => (
                  <li key={term.kind}>{describeTerm(t, term)}</li>
                ))}
              </ul>
              {breaches
                .filter((breach) => breach.dealId === deal.id)
                .map((breach) => (
                  <p key={`${breach.role}:${breach.term.kind}`} className="breach">
                    {t('deals.breach', {
                      role: t(`roles.${breach.role}.short`),
                      term: describeTerm(t, breach.term),
                      round: breach.round,
                    })}
                  </p>
                ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
