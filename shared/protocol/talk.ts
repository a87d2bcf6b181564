import { z } from 'zod';
import { type RoleId, RoleIdSchema } from '../roles.ts';
import { type ProposalTerms, ProposalTermsSchema, termSummary } from './deals.ts';

/**
 * What a private message means, besides its free text: the few moves of a negotiation a bot (or a
 * person) can answer without reading prose. An offer carries its terms in the proposal's own shape, so
 * "propose exactly what I named" is one click and one comparison.
 */
export const INTENT_KINDS = [
  'askTerms',
  'offer',
  'refuse',
  'warn',
  'reassure',
  'askTreasury',
  'coordinate',
] as const;
export type IntentKind = (typeof INTENT_KINDS)[number];

export const IntentSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('askTerms') }),
  /**
   * `proposalId` links a proposal the sender has already put on the table with these very terms: the
   * message points to it rather than making the same offer a second time. The engine records it on any
   * offer that repeats the sender's open proposal (shared/game/offer-link.ts); a sender may also name it.
   */
  z.strictObject({
    kind: z.literal('offer'),
    proposal: ProposalTermsSchema,
    proposalId: z.string().min(1).max(32).optional(),
  }),
  z.strictObject({ kind: z.literal('refuse') }),
  z.strictObject({ kind: z.literal('warn') }),
  z.strictObject({ kind: z.literal('reassure') }),
  z.strictObject({ kind: z.literal('askTreasury') }),
  /** Act together against a third role, one outside the conversation (the rules check who is in it). */
  z.strictObject({ kind: z.literal('coordinate'), against: RoleIdSchema }),
]);
export type Intent = z.infer<typeof IntentSchema>;

/** Intents a person picks in one click; every kind is open to anyone, bots included. */
export const INTENTS_TO_PICK: readonly IntentKind[] = INTENT_KINDS;

/**
 * The words bots say in private, keyed like the phrase book (`talk.<gist>`), in English. `{{name}}`
 * is filled from the message's params (`{{name, money}}` as billions of dollars, "$120bn"); `{{terms}}` and `{{rounds}}` from its offer, so the sentence and
 * the attached terms can never disagree. The client's i18n translates every key; an outside client
 * that knows no keys reads the message's English `text`.
 */
export const TALK_PHRASES_EN = {
  'talk.offer.signNow':
    'I would sign this now: {{terms}}, for {{rounds}} rounds. Propose it as it stands and I sign.',
  'talk.offer.yoursWork':
    'Your terms work for me: {{terms}}, for {{rounds}} rounds. Propose them and I sign.',
  'talk.offer.counter': 'Not as it stands. I would sign this instead: {{terms}}, for {{rounds}} rounds.',
  'talk.offer.final':
    'I would sign this now: {{terms}}, for {{rounds}} rounds. It is my final offer: anything less and I walk away.',
  // Said by bots before openings linked their proposal; kept so that games stored with it still replay.
  'talk.offer.open':
    'I see a deal worth making: {{terms}}, for {{rounds}} rounds. Propose it as it stands and I sign.',
  // Said with the offer of a proposal on the table: the engine links the two (`proposalId`).
  'talk.offer.proposed':
    'I have put a deal to you on the table. Sign it as it stands, or tell me what you would change.',
  'talk.offer.willSign': 'Your proposal {{proposal}} works for me: I sign it as it stands.',
  // Said when the terms asked about are a proposal the bot has signed already, or a deal both have.
  'talk.offer.signedOnTable':
    'I have signed {{proposal}}, on the table with these terms: sign it under Deals.',
  'talk.offer.agreed': 'We have agreed these terms already: {{proposal}} is signed.',
  'talk.refuse.gain':
    'No: I sign only what lifts my projected score by {{needed}}; this lifts it by {{gain}}.',
  'talk.refuse.loss': 'No: I sign only for a gain of {{needed}}; this lowers my projected score by {{loss}}.',
  'talk.refuse.cost':
    'No: I give up at most {{allowed}} points of projected score for a deal; this costs {{loss}}.',
  'talk.refuse.anyLoss': 'No: I sign nothing that lowers my projected score; this lowers it by {{loss}}.',
  'talk.refuse.nothing': 'I have nothing I would sign with you now.',
  'talk.refuse.breached': 'You broke our deal in round {{round}}. I sign nothing with you for now.',
  'talk.refuse.pressBreaker': 'You broke our deal in round {{round}}. Terms with you cost more now.',
  'talk.treasury.noSales': 'We have sold no Treasuries, and we have no plan to.',
  'talk.treasury.sold':
    'We have sold {{amount, money}} of Treasuries so far. The tariff decides what comes next.',
  'talk.treasury.notYet': 'We have not sold. Whether we do depends on your tariff.',
  'talk.treasury.notMine': 'Ask Tokyo: its Treasuries are not mine to speak for.',
  'talk.warn.standFirm': 'Threats do not move me. Ask me for terms instead.',
  'talk.warn.calm': 'Understood. Neither of us gains from escalation; ask me for terms.',
  'talk.reassure.noted': 'Good to hear. A signed deal would say it better.',
  'talk.coordinate.join': 'Agreed: we press them together this round.',
  'talk.coordinate.decline': 'I deal with each side on its merits; I will not gang up on anyone.',
} as const;
export type TalkKey = keyof typeof TALK_PHRASES_EN;
export const TALK_KEYS = Object.keys(TALK_PHRASES_EN) as TalkKey[];
export const TalkKeySchema = z.enum(TALK_KEYS as [TalkKey, ...TalkKey[]]);

const PARAM_NAME = /^[a-zA-Z]{1,24}$/;
const TalkParamsSchema = z
  .record(z.string().regex(PARAM_NAME), z.union([z.number().finite(), z.string().max(40)]))
  .refine((params) => Object.keys(params).length <= 8, { message: 'at most 8 params' });

/** The key and params of a message said from the talk book. */
export const TalkWordsSchema = z.strictObject({ key: TalkKeySchema, params: TalkParamsSchema.optional() });
export type TalkWords = z.infer<typeof TalkWordsSchema>;

/** A message's id as the engine writes it (`m<n>`), for `inReplyTo`. */
export const MessageIdSchema = z.string().regex(/^m\d{1,9}$/, 'a message id is m followed by digits');

/** Params the talk book fills from an offer's terms rather than from a message's params. */
const FROM_OFFER = new Set(['terms', 'rounds']);

/** The offer's terms in plain English, as every message's `text` writes them. */
export function termsInEnglish(proposal: ProposalTerms): string {
  return proposal.terms.map(termSummary).join(', ');
}

/**
 * A talk-book message in English, or null when its words do not fit it: a placeholder left unfilled,
 * or terms named without an offer attached. The one rule for a message's `text`.
 */
export function talkText(words: TalkWords, intent: Intent | undefined): string | null {
  const offer = intent?.kind === 'offer' ? intent.proposal : null;
  let missing = false;
  const text = TALK_PHRASES_EN[words.key].replace(
    /\{\{(\w+)(, money)?\}\}/g,
    (_whole, name: string, money?: string) => {
      if (FROM_OFFER.has(name)) {
        if (!offer) missing = true;
        return offer ? (name === 'terms' ? termsInEnglish(offer) : String(offer.durationRounds)) : '';
      }
      const value = words.params?.[name];
      if (value === undefined) missing = true;
      // Amounts of dollars are in billions; a screen writes them with its own money format.
      return money ? `$${value}bn` : String(value);
    },
  );
  return missing ? null : text;
}

/**
 * Whether a private message is owed an answer by the bots it is addressed to: every message except an
 * answer spoken from the talk book (`words` and `inReplyTo`), which is how bots answer, so two bots never
 * talk in a loop, while a person who answers a specific message (a Reply) is still answered.
 */
export function owesAnswer(message: { inReplyTo?: string; words?: TalkWords }): boolean {
  return !(message.inReplyTo && message.words);
}

/** Whether a message's role names are sensible for its sender: one can only coordinate against an outsider. */
export function coordinatesAgainstOutsider(intent: Intent | undefined, members: readonly RoleId[]): boolean {
  return intent?.kind !== 'coordinate' || !members.includes(intent.against);
}
