import { z } from 'zod';
import { ROLE_IDS, type RoleId, RoleIdSchema } from '../roles.ts';
import { playerText } from './numbers.ts';
import { PhraseKeySchema, PhraseParamsSchema, paramsFitPhrase, phraseText } from './phrases.ts';
import { IntentSchema, MessageIdSchema, TalkWordsSchema, talkText } from './talk.ts';

/**
 * A public statement is free text plus a structured signal: the text is for people, the signal is what
 * the market model reads. Each role may send only its own kinds of signal.
 */
export const SIGNALS_BY_ROLE = {
  tokyo: ['none', 'hint', 'threat', 'denial'],
  whiteHouse: ['none', 'hawkish', 'neutral', 'conciliatory', 'callBluff'],
  investors: ['none', 'bullish', 'bearish'],
  usBusiness: ['none', 'warnLayoffs', 'warnPrices'],
} as const satisfies Record<RoleId, readonly string[]>;

export const SIGNALS = [
  'none',
  'hint',
  'threat',
  'denial',
  'hawkish',
  'neutral',
  'conciliatory',
  'callBluff',
  'bullish',
  'bearish',
  'warnLayoffs',
  'warnPrices',
] as const;

export const SignalSchema = z.enum(SIGNALS);
export type Signal = z.infer<typeof SignalSchema>;

export function signalAllowed(role: RoleId, signal: Signal): boolean {
  return (SIGNALS_BY_ROLE[role] as readonly Signal[]).includes(signal);
}

export const STATEMENT_MAX_CHARS = 500;
export const MESSAGE_MAX_CHARS = 1000;

/** A statement's id as the engine gives it (`s` and the game's counter). */
export const StatementIdSchema = z.string().regex(/^s\d{1,9}$/, { message: 'a statement id, e.g. "s12"' });

/**
 * `phrase` is optional: a statement made from the phrase book (bots always, people if they like) names
 * it, with `params` for the figures its placeholders name, and its `text` must then be the phrase's
 * English words with those figures (`phraseText`), so every reader sees the same sentence. `replyTo` names
 * the public statement this one answers (any seat's, any round); the engine refuses an unknown one.
 */
export const StatementSchema = z
  .strictObject({
    text: playerText(STATEMENT_MAX_CHARS),
    signal: SignalSchema,
    phrase: PhraseKeySchema.optional(),
    params: PhraseParamsSchema.optional(),
    replyTo: StatementIdSchema.optional(),
  })
  .refine((statement) => !statement.params || statement.phrase, {
    message: 'params fill a phrase: a statement with params must name its phrase',
    path: ['params'],
  })
  .refine((statement) => !statement.phrase || paramsFitPhrase(statement.phrase, statement.params), {
    message: "params must name exactly the phrase's placeholders",
    path: ['params'],
  })
  .refine(
    (statement) => !statement.phrase || statement.text === phraseText(statement.phrase, statement.params),
    {
      message:
        "a statement that names a phrase must carry the phrase's English words, params filled in, as its text",
      path: ['text'],
    },
  );
export type Statement = z.infer<typeof StatementSchema>;

/**
 * A private message to one or more other roles; the channel is the set of sender and recipients. Besides
 * its free text it may carry an `intent` (what it means: ask for terms, an offer with terms attached, …),
 * `words` from the talk book (then `text` must be those words in English, as `talkText` writes them, so a
 * reader that knows no keys reads the same sentence) and `inReplyTo`, the message it answers.
 */
export const PrivateMessageSchema = z
  .strictObject({
    to: z
      .array(RoleIdSchema)
      .min(1)
      .max(3)
      .refine((roles) => new Set(roles).size === roles.length, { message: 'recipients must be distinct' }),
    text: playerText(MESSAGE_MAX_CHARS),
    intent: IntentSchema.optional(),
    words: TalkWordsSchema.optional(),
    inReplyTo: MessageIdSchema.optional(),
  })
  .refine((message) => !message.words || message.text === talkText(message.words, message.intent), {
    message:
      'a message that names talk-book words must carry them in English as its text, every placeholder filled (terms need an offer)',
    path: ['text'],
  });
export type PrivateMessage = z.infer<typeof PrivateMessageSchema>;

/** A message to the sender's own team; the server names its author (the team member who wrote it). */
export const TeamMessageSchema = z.strictObject({ text: playerText(MESSAGE_MAX_CHARS) });
export type TeamMessage = z.infer<typeof TeamMessageSchema>;

/**
 * A team's channel is its seat alone: the same private-channel record, read only by the seat's own view,
 * so it reaches no other role and never the public view (the host's, the projector's).
 */
export function isTeamChannel(channel: { members: readonly RoleId[] }): boolean {
  return channel.members.length === 1;
}

/** A private channel's stable id: its members in role order, joined. */
export function channelId(members: readonly RoleId[]): string {
  return ROLE_IDS.filter((role) => members.includes(role)).join('+');
}
