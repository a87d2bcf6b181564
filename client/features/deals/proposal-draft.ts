import {
  MAX_DEAL_ROUNDS,
  makesADeal,
  type ProposalTerms,
  ProposalTermsSchema,
  signatoriesOf,
  type Term,
  type TermKind,
  TermSchema,
} from '../../../shared/protocol/deals.ts';
import type { RoleId } from '../../../shared/roles.ts';
import type { IssueLike } from '../../ui/validation.ts';

/** Every kind of term, in the order the builder lists them, with the role it binds. */
export const TERM_KINDS: readonly { kind: TermKind; role: RoleId }[] = [
  { kind: 'tariffCap', role: 'whiteHouse' },
  { kind: 'noNetSales', role: 'tokyo' },
  { kind: 'investmentPledge', role: 'tokyo' },
  { kind: 'farmPurchases', role: 'tokyo' },
  { kind: 'retaliationCap', role: 'tokyo' },
  { kind: 'passThroughCap', role: 'usBusiness' },
  { kind: 'noLobbyingForTariffs', role: 'usBusiness' },
  { kind: 'treasuryFloor', role: 'investors' },
];

/** The builder's boxes: which terms are in, and each one's amount as typed. */
export interface ProposalDraft {
  included: Record<TermKind, boolean>;
  tariffMaxPct: string;
  includesAutos: boolean;
  pledgeBn: string;
  farmBn: string;
  retaliationMaxPct: string;
  passThroughMaxPct: string;
  treasuryMinPct: string;
  durationRounds: string;
}

export const EMPTY_PROPOSAL: ProposalDraft = {
  included: {
    tariffCap: false,
    noNetSales: false,
    investmentPledge: false,
    farmPurchases: false,
    retaliationCap: false,
    passThroughCap: false,
    noLobbyingForTariffs: false,
    treasuryFloor: false,
  },
  tariffMaxPct: '15',
  includesAutos: true,
  pledgeBn: '550',
  farmBn: '8',
  retaliationMaxPct: '0',
  passThroughMaxPct: '50',
  treasuryMinPct: '40',
  durationRounds: '3',
};

/**
 * The longest deal worth offering now: one that runs past the last round binds nobody for those rounds,
 * so the builder offers no more than the rounds left (this one included), and never more than the
 * protocol allows.
 */
export function longestDeal(round: number, rounds: number): number {
  return Math.max(1, Math.min(MAX_DEAL_ROUNDS, rounds - Math.max(round, 1) + 1));
}

/** The draft with its duration brought within the rounds left (a draft kept from an earlier round). */
export function withinRoundsLeft(draft: ProposalDraft, longest: number): ProposalDraft {
  const rounds = Number(draft.durationRounds);
  return Number.isInteger(rounds) && rounds >= 1 && rounds <= longest
    ? draft
    : { ...draft, durationRounds: String(Math.min(longest, Math.max(1, Math.trunc(rounds) || 1))) };
}

const TEXT_FIELDS = [
  'tariffMaxPct',
  'pledgeBn',
  'farmBn',
  'retaliationMaxPct',
  'passThroughMaxPct',
  'treasuryMinPct',
  'durationRounds',
] as const;

/** A draft read back from storage, or null when it is not one (an older page's, or edited by hand). */
export function parseProposalDraft(stored: unknown): ProposalDraft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const record = stored as Record<string, unknown>;
  const included = record.included as Record<string, unknown> | undefined;
  if (typeof included !== 'object' || included === null) return null;
  if (!TERM_KINDS.every(({ kind }) => typeof included[kind] === 'boolean')) return null;
  if (!TEXT_FIELDS.every((field) => typeof record[field] === 'string')) return null;
  if (typeof record.includesAutos !== 'boolean') return null;
  const draft: ProposalDraft = {
    ...EMPTY_PROPOSAL,
    included: { ...EMPTY_PROPOSAL.included },
    includesAutos: record.includesAutos,
  };
  for (const { kind } of TERM_KINDS) draft.included[kind] = included[kind] as boolean;
  for (const field of TEXT_FIELDS) draft[field] = record[field] as string;
  return draft;
}

const amount = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** A countered proposal's terms, loaded into the builder to be changed. */
export function draftFromTerms(proposal: ProposalTerms): ProposalDraft {
  const draft: ProposalDraft = {
    ...EMPTY_PROPOSAL,
    included: { ...EMPTY_PROPOSAL.included },
    durationRounds: String(proposal.durationRounds),
  };
  for (const term of proposal.terms) {
    draft.included[term.kind] = true;
    if (term.kind === 'tariffCap') {
      draft.tariffMaxPct = String(term.maxPct);
      draft.includesAutos = term.includesAutos;
    }
    if (term.kind === 'investmentPledge') draft.pledgeBn = String(term.amountBn);
    if (term.kind === 'farmPurchases') draft.farmBn = String(term.amountBn);
    if (term.kind === 'retaliationCap') draft.retaliationMaxPct = String(term.maxPct);
    if (term.kind === 'passThroughCap') draft.passThroughMaxPct = String(term.maxPct);
    if (term.kind === 'treasuryFloor') draft.treasuryMinPct = String(term.minPct);
  }
  return draft;
}

function termOf(kind: TermKind, draft: ProposalDraft): unknown {
  switch (kind) {
    case 'tariffCap':
      return {
        kind,
        role: 'whiteHouse',
        maxPct: amount(draft.tariffMaxPct),
        includesAutos: draft.includesAutos,
      };
    case 'noNetSales':
      return { kind, role: 'tokyo' };
    case 'investmentPledge':
      return { kind, role: 'tokyo', amountBn: amount(draft.pledgeBn) };
    case 'farmPurchases':
      return { kind, role: 'tokyo', amountBn: amount(draft.farmBn) };
    case 'retaliationCap':
      return { kind, role: 'tokyo', maxPct: amount(draft.retaliationMaxPct) };
    case 'passThroughCap':
      return { kind, role: 'usBusiness', maxPct: amount(draft.passThroughMaxPct) };
    case 'noLobbyingForTariffs':
      return { kind, role: 'usBusiness' };
    case 'treasuryFloor':
      return { kind, role: 'investors', minPct: amount(draft.treasuryMinPct) };
  }
}

export type ProposalCheck =
  | { ok: true; proposal: ProposalTerms; signatories: RoleId[] }
  | {
      ok: false;
      /** Issues keyed by `kind.field` for term boxes, `durationRounds`, or `terms` for the whole. */
      issues: (IssueLike & { key: string })[];
      problem: 'invalid' | 'noTerms' | 'oneParty';
    };

/** The proposal as the protocol will judge it, plus the rule that a deal needs two parties. */
export function checkProposal(draft: ProposalDraft, proposer: RoleId): ProposalCheck {
  const issues: (IssueLike & { key: string })[] = [];
  const terms: Term[] = [];
  for (const { kind } of TERM_KINDS) {
    if (!draft.included[kind]) continue;
    const parsed = TermSchema.safeParse(termOf(kind, draft));
    if (parsed.success) terms.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        issues.push({ ...issue, key: `${kind}.${issue.path.map(String).join('.')}` });
  }
  const durationRounds = amount(draft.durationRounds);
  if (terms.length === 0 && issues.length === 0) return { ok: false, issues: [], problem: 'noTerms' };
  const whole = ProposalTermsSchema.safeParse({ terms, durationRounds });
  if (!whole.success) {
    for (const issue of whole.error.issues) {
      if (issue.path[0] === 'durationRounds') issues.push({ ...issue, key: 'durationRounds' });
    }
  }
  if (issues.length > 0 || !whole.success) return { ok: false, issues, problem: 'invalid' };
  if (!makesADeal(whole.data.terms, proposer)) return { ok: false, issues: [], problem: 'oneParty' };
  return { ok: true, proposal: whole.data, signatories: signatoriesOf(whole.data.terms, proposer) };
}
