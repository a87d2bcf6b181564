import { extended } from '../../plain-data.ts';
import type { PhraseKey } from '../../protocol/phrases.ts';
import { phraseText } from '../../protocol/phrases.ts';
import type { Signal } from '../../protocol/statements.ts';
import type { RoleId } from '../../roles.ts';
import type { BotContext, RolePlaybook, StatementChoice } from '../context.ts';
import { playbookFor } from '../playbooks.ts';
import { saidThisRound } from '../reading.ts';
import type { BotAction } from '../types.ts';
import { answerTo, unanswered } from './answers.ts';
import { remark } from './remarks.ts';
import { lineOf } from './repeats.ts';
import { paramsFor } from './situation.ts';

export { ANSWERS_PER_ROUND, concerns } from './answers.ts';
export { fitting, paramsFor } from './situation.ts';

/**
 * A bot's public voice in one view, pure and idempotent like the rest of the bot:
 * - its playbook's signal, at most one a round (the one statement a round that moves the market, as before);
 * - an answer to each statement this round that concerns it, once each (`replyTo`); when its signal is
 *   due and someone has just spoken to it, the signal is that answer;
 * - otherwise, once a round in the negotiation, a remark on where things stand, with no signal.
 * Every statement goes through the same command, rules and limits as a person's.
 */
export function voiceActions(context: BotContext): BotAction[] {
  const { view, role } = context;
  const choices: StatementChoice[] = [];
  // The lines chosen in this call: two answers in one breath repeat each other as much as two rounds do.
  const saying = new Set<string>();
  const choose = (choice: StatementChoice) => {
    choices.push(choice);
    const line = lineOf(context, choice.phrase);
    if (line !== null) saying.add(line);
  };
  const { pending, room } = view.phase === 'news' ? { pending: [], room: 0 } : unanswered(context);
  let answersLeft = room;
  const signal = view.phase === 'negotiate' && !signalledThisRound(context) ? playbookSignal(context) : null;
  if (signal) {
    const answered =
      answersLeft > 0 ? pending.findIndex((statement) => signalAnswers(signal.signal, statement.from)) : -1;
    const [first] = answered >= 0 ? pending.splice(answered, 1) : [];
    if (first) answersLeft--;
    choose(first ? extended(signal, { replyTo: first.id }) : signal);
  }
  for (const statement of pending) {
    if (answersLeft === 0) break;
    const answer = answerTo(context, statement, saying);
    if (!answer) continue;
    choose(answer);
    answersLeft--;
  }
  if (choices.length === 0 && view.phase === 'negotiate' && !saidThisRound(view, role)) {
    const words = remark(context);
    if (words) choices.push(words);
  }
  return choices.flatMap((choice) => statementAction(context, choice) ?? []);
}

/**
 * Whom a signal speaks to: a call of bluff or a tone is for Tokyo, Tokyo's words and business warnings are
 * for the White House; a fund's note is for the whole market. A signal due this round is the answer to a
 * statement only from the one it speaks to, so a call of bluff never answers a business warning.
 */
const SPOKEN_TO: Partial<Record<Signal, RoleId>> = {
  callBluff: 'tokyo',
  hawkish: 'tokyo',
  neutral: 'tokyo',
  conciliatory: 'tokyo',
  hint: 'whiteHouse',
  threat: 'whiteHouse',
  denial: 'whiteHouse',
  warnLayoffs: 'whiteHouse',
  warnPrices: 'whiteHouse',
};

function signalAnswers(signal: Signal, speaker: RoleId): boolean {
  const to = SPOKEN_TO[signal];
  return to === undefined || to === speaker;
}

/** The bot has sent a signal this round (its playbook's, or its word on a rumour in the news). */
export function signalledThisRound(context: BotContext): boolean {
  const { view, role } = context;
  return view.statements.some(
    (said) => said.from === role && said.round === view.round && said.signal !== 'none',
  );
}

function playbookSignal(context: BotContext): StatementChoice | null {
  return (playbookFor(context.role) as RolePlaybook<RoleId>).statement(context);
}

/**
 * The command for a statement: the phrase's figures read off the view, its English words as `text` for
 * readers that know no keys. None when a figure the phrase names is not there now (the playbooks pick
 * among phrases that fit, so this is only a guard).
 */
export function statementAction(context: BotContext, choice: StatementChoice): BotAction | null {
  const phrase: PhraseKey = choice.phrase;
  const params = paramsFor(context, phrase);
  if (!params) return null;
  const named = Object.keys(params).length > 0;
  return {
    command: {
      type: 'chat:statement',
      statement: {
        text: phraseText(phrase, params),
        signal: choice.signal,
        phrase,
        ...(named ? { params } : {}),
        ...(choice.replyTo ? { replyTo: choice.replyTo } : {}),
      },
    },
    reason: choice.reason,
    // One statement per purpose, whatever figures it names by the time it is sent.
    once: `statement:${choice.replyTo ?? (choice.signal === 'none' ? 'remark' : 'signal')}`,
  };
}
