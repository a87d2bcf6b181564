import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../shared/game/state.ts';
import { makesADeal, type ProposalTerms } from '../../../shared/protocol/deals.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useGameClient } from '../../game/context.tsx';
import { useTalkText } from '../../i18n/facilitator-text.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { useAnnounce } from '../../ui/announce-context.tsx';
import { closedByText, describeTerm } from '../deals/term-text.ts';

/**
 * The terms an offer in a private message attaches, and one click to propose them exactly as named: a
 * bot that named them signs them unchanged in the same phase.
 */
export function OfferInMessage({
  proposal,
  proposalId,
  linked,
  me,
  canPropose,
}: {
  proposal: ProposalTerms;
  /** The proposal already on the table with these terms: the message points to it, nothing to propose. */
  proposalId: string | undefined;
  /** That proposal as the view holds it now: once it is closed the pointer says how, as Deals does. */
  linked: Proposal | undefined;
  me: RoleId;
  canPropose: boolean;
}) {
  const { t } = useTranslation();
  const talk = useTalkText();
  const client = useGameClient();
  const announce = useAnnounce();
  const [sending, setSending] = useState(false);
  const mine = makesADeal(proposal.terms, me);

  async function propose() {
    if (sending || !canPropose) return;
    setSending(true);
    try {
      const ack = await client.command({ type: 'deal:propose', proposal });
      if (ack.ok && 'proposalId' in ack.data) announce('announce.proposalSent', { id: ack.data.proposalId });
    } finally {
      setSending(false);
    }
  }

  if (proposalId !== undefined)
    return (
      <p className="message-offer" data-testid="linked-proposal">
        {linked && linked.status !== 'open'
          ? talk('talk.linkedProposalClosed', {
              id: proposalId,
              status: `${t(`deals.status.${linked.status}`)}${closedByText(t, linked)}`,
            })
          : talk('talk.linkedProposal', { id: proposalId })}
      </p>
    );
  return (
    <div className="message-offer" data-testid="message-offer">
      <p className="message-offer-title">{talk('talk.offeredTerms', { rounds: proposal.durationRounds })}</p>
      <ul>
        {proposal.terms.map((term) => (
          <li key={term.kind}>{describeTerm(t, term)}</li>
        ))}
      </ul>
      {mine ? (
        <ActionButton
          type="button"
          className="button"
          busy={sending}
          unavailable={!canPropose}
          onClick={() => void propose()}
          data-testid="propose-offer"
        >
          {talk('talk.proposeThese')}
        </ActionButton>
      ) : null}
    </div>
  );
}
