import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../shared/game/state.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useGameClient } from '../../game/context.tsx';
import type { CommandBody } from '../../game/game-client.ts';
import { useTeamText } from '../../i18n/team-text.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { useFocusLanding } from '../../ui/focus.ts';
import { useCaptainOnly } from '../team/use-captain.ts';
import { closedByText, describeTerm, roleList } from './term-text.ts';

function ProposalCard({
  proposal,
  me,
  canAct,
  onCounter,
  onAnswered,
}: {
  proposal: Proposal;
  me: RoleId;
  canAct: boolean;
  onCounter: (proposal: Proposal) => void;
  /** An answer was taken: its buttons are gone, so focus moves on (see ProposalInbox). */
  onAnswered: (proposalId: string) => void;
}) {
  const { t } = useTranslation();
  const client = useGameClient();
  const [busy, setBusy] = useState(false);
  // Every proposal's buttons read alike ("Accept"): their names say which proposal and whose.
  const named = { id: proposal.id, role: t(`roles.${proposal.proposer}.short`) };
  const open = proposal.status === 'open';
  const mine = proposal.proposer === me;
  const awaitingMe = open && !mine && !proposal.signedBy.includes(me);
  const waitingFor = proposal.signatories.filter((role) => !proposal.signedBy.includes(role));
  // In a team only the captain answers or withdraws (shared/game/team.ts): said here, not refused later.
  const tt = useTeamText();
  const captain = useCaptainOnly(me, mine ? 'deal:withdraw' : 'deal:accept');
  const captainNoteId = useId();
  const mayAct = canAct && !captain.refused;
  const describedBy = captain.refused ? captainNoteId : undefined;

  async function send(body: CommandBody) {
    setBusy(true);
    try {
      const ack = await client.command(body);
      if (ack.ok) onAnswered(proposal.id);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      className={`proposal status-${proposal.status}`}
      data-testid="proposal"
      data-proposal={proposal.id}
      id={open ? proposalCardId(proposal.id) : undefined}
      aria-label={t('deals.proposalName', named)}
    >
      <p className="proposal-head">
        <strong>{t('deals.from', { role: t(`roles.${proposal.proposer}.short`) })}</strong>
        <span className={`status-chip status-${proposal.status}`}>
          {t(`deals.status.${proposal.status}`)}
          {/* Who rejected or withdrew it: a party reads it here, not only on the end screen. */}
          {closedByText(t, proposal)}
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
        <>
          <div className="button-row">
            {awaitingMe ? (
              <>
                <ActionButton
                  className="button primary small"
                  busy={busy}
                  unavailable={!mayAct}
                  aria-describedby={describedBy}
                  aria-label={t('deals.acceptNamed', named)}
                  onClick={() => void send({ type: 'deal:accept', proposalId: proposal.id })}
                >
                  {t('deals.accept')}
                </ActionButton>
                <ActionButton
                  className="button small"
                  unavailable={busy || !mayAct}
                  aria-describedby={describedBy}
                  aria-label={t('deals.counterNamed', named)}
                  onClick={() => onCounter(proposal)}
                >
                  {t('deals.counter')}
                </ActionButton>
                <ActionButton
                  className="button small danger-outline"
                  busy={busy}
                  unavailable={!mayAct}
                  aria-describedby={describedBy}
                  aria-label={t('deals.rejectNamed', named)}
                  onClick={() => void send({ type: 'deal:reject', proposalId: proposal.id })}
                >
                  {t('deals.reject')}
                </ActionButton>
              </>
            ) : null}
            {mine ? (
              <ActionButton
                className="button small"
                busy={busy}
                unavailable={!mayAct}
                aria-describedby={describedBy}
                aria-label={t('deals.withdrawNamed', named)}
                onClick={() => void send({ type: 'deal:withdraw', proposalId: proposal.id })}
              >
                {t('deals.withdraw')}
              </ActionButton>
            ) : null}
          </div>
          {captain.refused && (awaitingMe || mine) ? (
            <p className="field-hint" id={captainNoteId} data-testid="captain-only-answer">
              {captain.captainName
                ? tt('team.captainOnlyAnswer', { name: captain.captainName })
                : tt('team.captainOnlyAnswerUnnamed')}
            </p>
          ) : null}
        </>
      ) : null}
    </li>
  );
}

/** The element of an open proposal's card, where focus lands on the proposal (after sending it, say). */
export function proposalCardId(proposalId: string): string {
  return `proposal-${proposalId}`;
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
  const heading = useRef<HTMLHeadingElement>(null);
  const land = useFocusLanding();
  // After an answer the card keeps its place while others have still to sign (focus goes to it, which
  // reads who else must sign); a signed, rejected or withdrawn one moves to the history: focus goes to the
  // inbox's heading, which says how many still wait.
  const onAnswered = (proposalId: string) =>
    land(() => document.getElementById(proposalCardId(proposalId)) ?? heading.current);
  const sorted = [...proposals].sort((a, b) => b.at - a.at);
  const open = sorted.filter((proposal) => proposal.status === 'open');
  const closed = sorted.filter((proposal) => proposal.status !== 'open');
  const incoming = open.filter(
    (proposal) => proposal.proposer !== me && !proposal.signedBy.includes(me),
  ).length;
  return (
    <div className="proposal-inbox">
      <h3 ref={heading} tabIndex={-1}>
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
          <ProposalCard
            key={proposal.id}
            proposal={proposal}
            me={me}
            canAct={canAct}
            onCounter={onCounter}
            onAnswered={onAnswered}
          />
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
                onAnswered={onAnswered}
              />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
