import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsNow } from '../../../shared/game/command-phases.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { useFocusLanding } from '../../ui/focus.ts';
import { useSessionDraft } from '../../ui/use-session-draft.ts';
import { DealList } from './DealList.tsx';
import { ProposalBuilder } from './ProposalBuilder.tsx';
import { ProposalInbox, proposalCardId } from './ProposalInbox.tsx';
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
  // "Counter" opens the builder below the inbox: focus goes to its summary ("Counter proposal P3",
  // expanded), so the player hears where they are; a sent proposal's card is its result.
  const builderSummary = useRef<HTMLElement>(null);
  const land = useFocusLanding();
  return (
    <section className="card deals" aria-labelledby="deals-title">
      <h2 id="deals-title">{t('deals.title')}</h2>
      {me ? (
        <>
          <ProposalInbox
            proposals={view.proposals}
            me={me}
            canAct={canAct}
            onCounter={(proposal) => {
              setCounterId(proposal.id);
              land(() => builderSummary.current);
            }}
          />
          <details className="builder-toggle" open={counterTo ? true : undefined}>
            <summary ref={builderSummary}>
              {counterTo ? t('deals.counterTitle', { id: counterTo.id }) : t('deals.builderTitle')}
            </summary>
            <ProposalBuilder
              key={counterTo?.id ?? 'new'}
              proposer={me}
              counterTo={counterTo}
              canPropose={canPropose}
              onDone={(sentId) => {
                setCounterId(null);
                land(() =>
                  sentId ? document.getElementById(proposalCardId(sentId)) : builderSummary.current,
                );
              }}
            />
          </details>
        </>
      ) : null}
      <DealList deals={view.deals} breaches={view.breaches} />
    </section>
  );
}
