import type { PublicStatement } from '../../game/state.ts';
import { type PhraseKey, phraseText } from '../../protocol/phrases.ts';
import type { Signal } from '../../protocol/statements.ts';
import type { RoleId } from '../../roles.ts';
import type { BotContext, StatementChoice } from '../context.ts';
import { saidBefore } from './repeats.ts';
import { paramsFor } from './situation.ts';

/**
 * Which public statements concern a bot, and what it answers. A signal belongs to one role (a threat is
 * Tokyo's, a call of bluff the White House's), so the signal alone says who spoke and to whom it matters.
 * An answer carries no signal of its own (`none`): a bot's one signal a round is its playbook's, and when
 * that is due it is the answer instead (voice/index.ts). A `none` statement concerns nobody, so answers
 * never set off answers.
 */
type Answer = { phrase: PhraseKey; reason: string };

/**
 * The White House answers a threat or a warning with what its sheet does to the tariff this round: that it
 * stays, or where it goes (the phrases fit by the sheet the bot would hand in, voice/situation.ts).
 */
const WHITE_HOUSE_TO_TOKYO: readonly Answer[] = [
  { phrase: 'say.whiteHouse.answerThreat', reason: 'bot.voice.answerThreat' },
  { phrase: 'say.whiteHouse.answerThreatChange', reason: 'bot.voice.answerThreatChange' },
];
const WHITE_HOUSE_TO_BUSINESS: readonly Answer[] = [
  { phrase: 'say.whiteHouse.answerBusiness', reason: 'bot.voice.answerBusiness' },
  { phrase: 'say.whiteHouse.answerBusinessChange', reason: 'bot.voice.answerBusinessChange' },
];

/** Each role's answers by the signal it answers: the first whose phrase fits the situation is said. */
const ANSWERS: Record<RoleId, Partial<Record<Signal, readonly Answer[]>>> = {
  tokyo: {
    callBluff: [{ phrase: 'say.tokyo.answerBluff', reason: 'bot.voice.answerBluff' }],
    hawkish: [{ phrase: 'say.tokyo.answerHawkish', reason: 'bot.voice.answerHawkish' }],
    conciliatory: [{ phrase: 'say.tokyo.answerConciliatory', reason: 'bot.voice.answerConciliatory' }],
  },
  whiteHouse: {
    threat: WHITE_HOUSE_TO_TOKYO,
    hint: WHITE_HOUSE_TO_TOKYO,
    warnLayoffs: WHITE_HOUSE_TO_BUSINESS,
    warnPrices: WHITE_HOUSE_TO_BUSINESS,
  },
  investors: {
    threat: [{ phrase: 'say.investors.answerThreat', reason: 'bot.voice.noteThreat' }],
    denial: [{ phrase: 'say.investors.answerDenial', reason: 'bot.voice.answerDenial' }],
  },
  usBusiness: {
    hawkish: [{ phrase: 'say.usBusiness.answerHawkish', reason: 'bot.voice.answerHawkish' }],
    conciliatory: [{ phrase: 'say.usBusiness.answerConciliatory', reason: 'bot.voice.answerConciliatory' }],
  },
};

/**
 * Answers a bot gives in one round, at most: enough for a conversation, few enough that a person who
 * repeats a threat fifty times does not get fifty replies (the engine's cap, STATEMENTS_PER_ROUND, is
 * far above it; a bot keeps to manners, not to the limit).
 */
export const ANSWERS_PER_ROUND = 3;

/** Does this statement concern `role`, so that its bot answers it? */
export function concerns(role: RoleId, statement: Pick<PublicStatement, 'from' | 'signal'>): boolean {
  return statement.from !== role && ANSWERS[role][statement.signal] !== undefined;
}

/**
 * This round's statements that concern the bot and that it has not answered yet, oldest first, and how
 * many more it may answer this round. Each is answered once: the answer names it (`replyTo`), and the
 * view shows that answer from then on. One it had nothing new to say to stays unanswered, and does not
 * keep a later one from its answer.
 */
export function unanswered(context: BotContext): { pending: PublicStatement[]; room: number } {
  const { view, role } = context;
  // Only this round's statements can be answered now, and an answer to one of them is made in this round
  // too: the rest of the record (every earlier round's) need not be read.
  const thisRound = statementsOfRound(view.statements, view.round);
  const mine = thisRound.filter((said) => said.from === role);
  const answered = new Set(mine.flatMap((said) => (said.replyTo ? [said.replyTo] : [])));
  const answersThisRound = mine.filter((said) => said.replyTo).length;
  return {
    pending: thisRound.filter((said) => concerns(role, said) && !answered.has(said.id)),
    room: Math.max(0, ANSWERS_PER_ROUND - answersThisRound),
  };
}

/** A round's statements: the record is in the order they were made, so they are the tail from its first. */
function statementsOfRound(statements: readonly PublicStatement[], round: number): PublicStatement[] {
  let first = statements.length;
  while (first > 0 && statements[first - 1]!.round >= round) first--;
  return statements.slice(first).filter((said) => said.round === round);
}

/**
 * The bot's answer to one statement that concerns it: the first of its answers that fits the situation
 * and that it has not said in this game, nor is saying now (`saying`); none when it has said them all.
 * Hearing Tokyo's threat again, a person does not read out last week's reply word for word.
 */
export function answerTo(
  context: BotContext,
  statement: PublicStatement,
  saying: ReadonlySet<string> = new Set(),
): StatementChoice | null {
  for (const answer of ANSWERS[context.role][statement.signal] ?? []) {
    const params = paramsFor(context, answer.phrase);
    if (!params) continue;
    const line = phraseText(answer.phrase, params);
    if (saying.has(line) || saidBefore(context, line)) continue;
    return {
      signal: 'none',
      phrase: answer.phrase,
      reason: { key: answer.reason, params },
      replyTo: statement.id,
    };
  }
  return null;
}
