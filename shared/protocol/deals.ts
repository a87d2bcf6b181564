import { z } from 'zod';
import { ROLE_IDS, type RoleId } from '../roles.ts';
import { type AmountRange, rangeOf, wholeNumber } from './numbers.ts';

/**
 * Deal terms are structured, never free text: each term binds one signatory and the engine can check it
 * against that signatory's move sheet. Adding a term kind means adding a schema here and a check in
 * shared/game/deal-terms.ts.
 */
export const TermSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('tariffCap'),
    role: z.literal('whiteHouse'),
    maxPct: wholeNumber(0, 50),
    includesAutos: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('noNetSales'), role: z.literal('tokyo') }),
  z.strictObject({
    kind: z.literal('investmentPledge'),
    role: z.literal('tokyo'),
    amountBn: wholeNumber(1, 1000),
  }),
  z.strictObject({
    kind: z.literal('farmPurchases'),
    role: z.literal('tokyo'),
    amountBn: wholeNumber(1, 20),
  }),
  z.strictObject({
    kind: z.literal('retaliationCap'),
    role: z.literal('tokyo'),
    maxPct: wholeNumber(0, 25),
  }),
  z.strictObject({
    kind: z.literal('passThroughCap'),
    role: z.literal('usBusiness'),
    maxPct: wholeNumber(0, 100),
  }),
  z.strictObject({
    kind: z.literal('noLobbyingForTariffs'),
    role: z.literal('usBusiness'),
  }),
  z.strictObject({
    kind: z.literal('treasuryFloor'),
    role: z.literal('investors'),
    minPct: wholeNumber(0, 200),
  }),
]);
export type Term = z.infer<typeof TermSchema>;
export type TermKind = Term['kind'];

export const MAX_TERMS = 8;
export const MAX_DEAL_ROUNDS = 12;

export const ProposalTermsSchema = z
  .strictObject({
    terms: z.array(TermSchema).min(1).max(MAX_TERMS),
    /** How many rounds the deal binds, counted from the round it is signed in. */
    durationRounds: wholeNumber(1, MAX_DEAL_ROUNDS),
  })
  .refine((proposal) => new Set(proposal.terms.map((term) => term.kind)).size === proposal.terms.length, {
    message: 'each kind of term may appear once',
  });
export type ProposalTerms = z.infer<typeof ProposalTermsSchema>;

/** Everyone a proposal binds, plus its author, in role order: all must sign. */
export function signatoriesOf(terms: readonly Term[], proposer: RoleId): RoleId[] {
  const named = new Set<RoleId>([proposer, ...terms.map((term) => term.role)]);
  return ROLE_IDS.filter((role) => named.has(role));
}

/** The fewest parties a deal may have: a proposal that binds only its author is no deal. */
export const MIN_PARTIES = 2;

/** Whether terms make a deal: they bind at least one role besides the proposer. */
export function makesADeal(terms: readonly Term[], proposer: RoleId): boolean {
  return signatoriesOf(terms, proposer).length >= MIN_PARTIES;
}

/** The schema of one kind of term. */
function termSchemaOf(kind: TermKind) {
  const schema = TermSchema.options.find((option) => option.shape.kind.value === kind);
  if (!schema) throw new Error(`No term kind "${kind}".`);
  return schema;
}

/** The bounds of a term's amount (`maxPct`, `amountBn`, `minPct`), read from its schema, for a form. */
export function termAmountRange(kind: TermKind, field: string): AmountRange {
  const shape: Record<string, unknown> = termSchemaOf(kind).shape;
  const amount = Object.hasOwn(shape, field) ? shape[field] : undefined;
  if (!(amount instanceof z.ZodNumber)) throw new Error(`A ${kind} term has no amount "${field}".`);
  return rangeOf(amount);
}

/**
 * A term in plain English for the engine's own messages and the English `text` of a private offer (the client words terms through i18n):
 * "White House tariff ≤ 15% incl. autos".
 */
export function termSummary(term: Term): string {
  switch (term.kind) {
    case 'tariffCap':
      return `White House tariff ≤ ${term.maxPct}% ${term.includesAutos ? 'incl.' : 'excl.'} autos`;
    case 'noNetSales':
      return 'no net Treasury sales by Tokyo';
    case 'investmentPledge':
      return `Tokyo investment pledge ≥ $${term.amountBn}bn`;
    case 'farmPurchases':
      return `Tokyo farm purchases ≥ $${term.amountBn}bn a year`;
    case 'retaliationCap':
      return `Tokyo retaliatory tariff ≤ ${term.maxPct}%`;
    case 'passThroughCap':
      return `US business pass-through ≤ ${term.maxPct}%`;
    case 'noLobbyingForTariffs':
      return 'no lobbying for tariffs by US business';
    case 'treasuryFloor':
      return `investors' Treasuries ≥ ${term.minPct}%`;
  }
}
