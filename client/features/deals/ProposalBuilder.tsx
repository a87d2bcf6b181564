import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../shared/game/state.ts';
import { termAmountRange } from '../../../shared/protocol/deals.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useGameClient, useView } from '../../game/context.tsx';
import { useTeamText } from '../../i18n/team-text.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { useAnnounce } from '../../ui/announce-context.tsx';
import { CheckboxField, FormErrorSummary, NumberField, SelectField } from '../../ui/fields.tsx';
import { useSessionDraft } from '../../ui/use-session-draft.ts';
import { issueMessage } from '../../ui/validation.ts';
import { useCaptainOnly } from '../team/use-captain.ts';
import {
  checkProposal,
  draftFromTerms,
  EMPTY_PROPOSAL,
  longestDeal,
  parseProposalDraft,
  TERM_KINDS,
  withinRoundsLeft,
} from './proposal-draft.ts';
import { roleList } from './term-text.ts';

type AmountKey =
  | 'tariffMaxPct'
  | 'pledgeBn'
  | 'farmBn'
  | 'retaliationMaxPct'
  | 'passThroughMaxPct'
  | 'treasuryMinPct';

/** Each amount's field and unit; its bounds come from the term's schema (termAmountRange). */
const AMOUNTS: Partial<Record<string, { key: AmountKey; field: string; unit: string }>> = {
  tariffCap: { key: 'tariffMaxPct', field: 'maxPct', unit: '%' },
  investmentPledge: { key: 'pledgeBn', field: 'amountBn', unit: 'bn' },
  farmPurchases: { key: 'farmBn', field: 'amountBn', unit: 'bn' },
  retaliationCap: { key: 'retaliationMaxPct', field: 'maxPct', unit: '%' },
  passThroughCap: { key: 'passThroughMaxPct', field: 'maxPct', unit: '%' },
  treasuryFloor: { key: 'treasuryMinPct', field: 'minPct', unit: '%' },
};

/** Builds a proposal (or a counter to one) from structured terms and a duration. */
export function ProposalBuilder({
  proposer,
  counterTo,
  onDone,
  canPropose,
}: {
  proposer: RoleId;
  counterTo: Proposal | null;
  /** The builder is done: a proposal was sent (its id) or the counter was cancelled (null). */
  onDone: (sentId: string | null) => void;
  canPropose: boolean;
}) {
  const announce = useAnnounce();
  const { t } = useTranslation();
  const client = useGameClient();
  const view = useView();
  const tt = useTeamText();
  // In a team, the captain sends the seat's proposals: said at the top of the form, and Send says no.
  const captain = useCaptainOnly(proposer, counterTo ? 'deal:counter' : 'deal:propose');
  const captainNoteId = useId();
  // Kept like typed text: a refresh mid-proposal (or mid-counter) brings the boxes back as they were.
  const initial = counterTo ? draftFromTerms(counterTo) : EMPTY_PROPOSAL;
  const [stored, setDraft] = useSessionDraft(
    `leverage.proposal.${view.gameId}.${proposer}${counterTo ? `.counter.${counterTo.id}` : ''}`,
    initial,
    parseProposalDraft,
  );
  const longest = longestDeal(view.round, view.rounds);
  const draft = withinRoundsLeft(stored, longest);
  // The draft as last rendered: the server's update shows a sent proposal before its answer arrives, so
  // the player may already be building the next one when the answer comes; that one must survive it.
  const latest = useRef(stored);
  latest.current = stored;
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const check = checkProposal(draft, proposer);
  const errorFor = (key: string) => {
    if (!tried || check.ok) return undefined;
    const issue = check.issues.find((candidate) => candidate.key === key);
    return issue ? issueMessage(t, issue) : undefined;
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!check.ok || sending || !canPropose || captain.refused) return;
    setSending(true);
    const sent = stored;
    try {
      const ack = counterTo
        ? await client.command({ type: 'deal:counter', proposalId: counterTo.id, proposal: check.proposal })
        : await client.command({ type: 'deal:propose', proposal: check.proposal });
      if (ack.ok) {
        const sentId = 'proposalId' in ack.data ? ack.data.proposalId : null;
        if (sentId) announce('announce.proposalSent', { id: sentId });
        setTried(false);
        // Cleared, and focus taken to the result, only while the builder still holds what was sent.
        if (latest.current === sent || counterTo) {
          setDraft(initial);
          onDone(sentId);
        }
      }
    } finally {
      setSending(false);
    }
  }

  const problem = !tried || check.ok ? null : t(`deals.problem.${check.problem}`);
  return (
    <form
      className="proposal-builder"
      onSubmit={onSubmit}
      noValidate
      aria-label={counterTo ? t('deals.counterTitle', { id: counterTo.id }) : t('deals.builderTitle')}
    >
      {captain.refused ? (
        <p className="notice warning" id={captainNoteId} data-testid="captain-only">
          {captain.captainName
            ? tt('team.captainOnly', { name: captain.captainName })
            : tt('team.captainOnlyUnnamed')}
        </p>
      ) : null}
      <fieldset>
        <legend>{t('deals.terms')}</legend>
        {TERM_KINDS.map(({ kind, role }) => {
          const amount = AMOUNTS[kind];
          const included = draft.included[kind];
          return (
            <div key={kind} className={`term-row ${included ? 'included' : ''}`}>
              <CheckboxField
                label={t('deals.termLabel', {
                  role: t(`roles.${role}.short`),
                  term: t(`terms.kind.${kind}`),
                })}
                checked={included}
                onChange={(checked) =>
                  setDraft({ ...draft, included: { ...draft.included, [kind]: checked } })
                }
                name={`term-${kind}`}
              />
              {included && amount ? (
                <NumberField
                  label={t(`deals.amount.${kind as 'tariffCap'}`)}
                  value={draft[amount.key]}
                  onChange={(value) => setDraft({ ...draft, [amount.key]: value })}
                  {...termAmountRange(kind, amount.field)}
                  unit={amount.unit === 'bn' ? t('units.bn') : amount.unit}
                  hint={t('moves.bounds', {
                    ...termAmountRange(kind, amount.field),
                    unit: amount.unit === 'bn' ? t('units.bn') : amount.unit,
                  })}
                  error={errorFor(`${kind}.${amount.field}`)}
                  className="term-amount"
                  name={`term-${kind}-amount`}
                />
              ) : null}
              {included && kind === 'tariffCap' ? (
                <CheckboxField
                  label={t('deals.includesAutos')}
                  checked={draft.includesAutos}
                  onChange={(checked) => setDraft({ ...draft, includesAutos: checked })}
                  className="term-amount"
                  name="term-tariffCap-autos"
                />
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <SelectField
        label={t('deals.duration')}
        value={draft.durationRounds}
        onChange={(value) => setDraft({ ...draft, durationRounds: value })}
        options={Array.from({ length: longest }, (_, index) => ({
          value: String(index + 1),
          label: t('deals.rounds', { count: index + 1 }),
        }))}
        error={errorFor('durationRounds')}
        name="durationRounds"
      />
      <p className="field-hint">
        {check.ok
          ? t('deals.signatories', { roles: roleList(t, check.signatories) })
          : t('deals.signatoriesHint')}
      </p>
      <FormErrorSummary message={problem} />
      <div className="button-row">
        <ActionButton
          type="submit"
          className="button primary"
          busy={sending}
          unavailable={!canPropose || captain.refused}
          aria-describedby={captain.refused ? captainNoteId : undefined}
        >
          {counterTo ? t('deals.sendCounter') : t('deals.propose')}
        </ActionButton>
        {counterTo ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(initial);
              onDone(null);
            }}
          >
            {t('deals.cancelCounter')}
          </button>
        ) : null}
      </div>
      {!canPropose ? <p className="field-hint">{t('deals.notNow')}</p> : null}
    </form>
  );
}
