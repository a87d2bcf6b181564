import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../shared/game/state.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useGameClient } from '../../game/context.tsx';
import type { CommandBody } from '../../game/game-client.ts';
import { describeTerm, roleList } from './term-text.ts';

function ProposalCard({
  proposal,
  me,
  canAct,
  onCounter,
}: {
  proposal: Proposal;
  me: RoleId;
  canAct: boolean;
  onCounter: (proposal: Proposal) => void;
}) {
  const { t } = useTranslation();
  const client = useGameClient();
  const [busy, setBusy] = useState(false);
  const open = proposal.status === 'open';
  const mine = proposal.proposer === me;
  const awaitingMe = open && !mine && !proposal.signedBy.includes(me);
  const waitingFor = proposal.signatories.filter((role) => !proposal.signedBy.includes(role));

  async function send(body: CommandBody) {
    setBusy(true);
    try {
      await client.command(body);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={`proposal status-${proposal.status}`} data-testid="proposal" data-proposal={proposal.id}>
      <p className="proposal-head">
        <strong>{t('deals.from', { role: t(`roles.${proposal.proposer}.short`) })}</strong>
        <span className={`status-chip status-${proposal.status}`}>
          {t(`deals.status.${proposal.status}`)}
        </span>
        <span className="muted">
          {t('deals.proposalMeta', {
            id: proposal.id,
            round: proposal.round,
            count: proposal.durationRounds,
          })}
        </span>
      </p>
      {proposal.counterTo ? <p className="muted">{t('deals.counters', { id: proposal.counterTo })}</p> : null}
      <ul className="term-list">
        {proposal.terms.map((term) => (
          <li key={term.kind}>{describeTerm(t, term)}</li>
        ))}
      </ul>
      <p className="muted">
        {t('deals.signedBy', { roles: roleList(t, proposal.signedBy) })}
        {open && waitingFor.length > 0
          ? ` · ${t('deals.waitingFor', { roles: roleList(t, waitingFor) })}`
          : ''}
      </p>
      {open ? (
        <div className="button-row">
          {awaitingMe ? (
            <>
              <button
                type="button"
                className="button primary small"
                disabled={busy || !canAct}
                onClick={() => void send({ type: 'deal:accept', proposalId: proposal.id })}
              >
                {t('deals.accept')}
              </button>
              <button
                type="button"
                className="button small"
                disabled={busy || !canAct}
                onClick={() => onCounter(proposal)}
              >
                {t('deals.counter')}
              </button>
              <button
                type="button"
                className="button small danger-outline"
                disabled={busy || !canAct}
                onClick={() => void send({ type: 'deal:reject', proposalId: proposal.id })}
              >
                {t('deals.reject')}
              </button>
            </>
          ) : null}
          {mine ? (
            <button
              type="button"
              className="button small"
              disabled={busy || !canAct}
              onClick={() => void send({ type: 'deal:withdraw', proposalId: proposal.id })}
            >
              {t('deals.withdraw')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** Proposals this seat is party to: open ones to act on, closed ones as history. */
export function ProposalInbox({
  proposals,
  me,
  canAct,
  onCounter,
}: {
  proposals: readonly Proposal[];
  me: RoleId;
  canAct: boolean;
  onCounter: (proposal: Proposal) => void;
}) {
  const { t } = useTranslation();
  const sorted = [...proposals].sort((a, b) => b.at - a.at);
  const open = sorted.filter((proposal) => proposal.status === 'open');
  const closed = sorted.filter((proposal) => proposal.status !== 'open');
  const incoming = open.filter(
    (proposal) => proposal.proposer !== me && !proposal.signedBy.includes(me),
  ).length;
  return (
    <div className="proposal-inbox">
      <h3>
        {t('deals.inbox')}{' '}
        {incoming > 0 ? (
          <span className="badge" data-testid="proposal-badge">
            {incoming}
            <span className="sr-only"> {t('deals.awaitingYou')}</span>
          </span>
        ) : null}
      </h3>
      {open.length === 0 ? <p className="muted">{t('deals.noOpen')}</p> : null}
      <ul className="proposal-list">
        {open.map((proposal) => (
          <ProposalCard key={proposal.id} proposal={proposal} me={me} canAct={canAct} onCounter={onCounter} />
        ))}
      </ul>
      {closed.length > 0 ? (
        <details>
          <summary>{t('deals.history', { count: closed.length })}</summary>
          <ul className="proposal-list">
            {closed.map((proposal) => (
              <ProposalCard
                key={proposal.id}
                proposal={proposal}
                me={me}
                canAct={false}
                onCounter={onCounter}
              />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
