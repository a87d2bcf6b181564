import { useTranslation } from 'react-i18next';
import { acceptsNow } from '../../../shared/game/command-phases.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { useSessionDraft } from '../../ui/use-session-draft.ts';
import { DealList } from './DealList.tsx';
import { ProposalBuilder } from './ProposalBuilder.tsx';
import { ProposalInbox } from './ProposalInbox.tsx';
import './deals.css';

/** Proposals in, a builder for new ones and counters, and the deals signed so far. */
export function DealsPanel({ view }: { view: PlayerView }) {
  const { t } = useTranslation();
  const me = view.you?.role ?? null;
  // Which proposal is being countered survives a refresh too, as long as it is still open.
  const [counterId, setCounterId] = useSessionDraft<string | null>(
    `leverage.countering.${view.gameId}.${me ?? 'host'}`,
    null,
    (stored) => (typeof stored === 'string' ? stored : null),
  );
  const counterTo =
    view.proposals.find((proposal) => proposal.id === counterId && proposal.status === 'open') ?? null;
  const canAct = acceptsNow(view, 'deal:accept');
  const canPropose = acceptsNow(view, 'deal:propose');
  return (
    <section className="card deals" aria-labelledby="deals-title">
      <h2 id="deals-title">{t('deals.title')}</h2>
      {me ? (
        <>
          <ProposalInbox
            proposals={view.proposals}
            me={me}
            canAct={canAct}
            onCounter={(proposal) => setCounterId(proposal.id)}
          />
          <details className="builder-toggle" open={counterTo ? true : undefined}>
            <summary>
              {counterTo ? t('deals.counterTitle', { id: counterTo.id }) : t('deals.builderTitle')}
            </summary>
            <ProposalBuilder
              key={counterTo?.id ?? 'new'}
              proposer={me}
              counterTo={counterTo}
              canPropose={canPropose}
              onDone={() => setCounterId(null)}
            />
          </details>
        </>
      ) : null}
      <DealList deals={view.deals} breaches={view.breaches} />
    </section>
  );
}
