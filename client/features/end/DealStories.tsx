import { useTranslation } from 'react-i18next';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { closedByText, describeTerm, roleList } from '../deals/term-text.ts';
import { neverSigned, storyEnding } from './deal-story.ts';
import '../deals/deals.css';

/** Each deal from first offer to its end: who proposed, the counters, who signed, kept or broken. */
export function DealStories({ view }: { view: PlayerView }) {
  const { t } = useTranslation();
  const proposals = new Map(view.proposals.map((proposal) => [proposal.id, proposal]));
  const chainOf = (proposalId: string) => {
    const chain = [];
    let current = proposals.get(proposalId);
    while (current) {
      chain.unshift(current);
      current = current.counterTo ? proposals.get(current.counterTo) : undefined;
    }
    return chain;
  };
  const unsigned = neverSigned(view.proposals);
  return (
    <section className="card" aria-labelledby="stories-title">
      <h2 id="stories-title">{t('end.deals')}</h2>
      {view.deals.length === 0 ? <p className="muted">{t('end.noDeals')}</p> : null}
      <ol className="stories">
        {view.deals.map((deal) => {
          const breaches = view.breaches.filter((breach) => breach.dealId === deal.id);
          return (
            <li key={deal.id} data-testid="deal-story">
              <h3>{t('end.dealTitle', { id: deal.id, parties: roleList(t, deal.signatories) })}</h3>
              <ul className="term-list">
                {deal.terms.map((term) => (
                  <li key={term.kind}>{describeTerm(t, term)}</li>
                ))}
              </ul>
              <ol className="story-steps">
                {chainOf(deal.proposalId).map((proposal) => (
                  <li key={proposal.id}>
                    {t(proposal.counterTo ? 'end.storyCounter' : 'end.storyProposed', {
                      role: t(`roles.${proposal.proposer}.short`),
                      round: proposal.round,
                    })}
                  </li>
                ))}
                <li>{t('end.storySigned', { round: deal.fromRound, until: deal.untilRound })}</li>
                {breaches.map((breach) => (
                  <li key={`${breach.role}:${breach.term.kind}`} className="breach">
                    {t('deals.breach', {
                      role: t(`roles.${breach.role}.short`),
                      term: describeTerm(t, breach.term),
                      round: breach.round,
                    })}
                  </li>
                ))}
                <li>{t(`end.storyEnd.${storyEnding(deal, breaches)}`)}</li>
              </ol>
            </li>
          );
        })}
      </ol>
      {unsigned.length > 0 ? (
        <>
          <h3>{t('end.unsigned')}</h3>
          <ul className="stories">
            {unsigned.map((proposal) => (
              <li key={proposal.id} data-testid="unsigned-proposal">
                {t('end.unsignedLine', {
                  id: proposal.id,
                  role: t(`roles.${proposal.proposer}.short`),
                  round: proposal.round,
                  status:
                    proposal.status === 'open' ? t('end.stillOpen') : t(`deals.status.${proposal.status}`),
                })}
                {closedByText(t, proposal)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
