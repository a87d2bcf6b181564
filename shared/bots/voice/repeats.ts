import { type PhraseKey, phraseText } from '../../protocol/phrases.ts';
import { type BotContext, botRng, remembered } from '../context.ts';
import { fitting, paramsFor } from './situation.ts';

/**
 * A bot does not say the same line twice in a game when it has something else to say: a person who hears
 * "Prices on cars and parts are going up." in round after round stops listening. A line is a phrase with
 * its figures filled in, as the table reads it (`text`): the same words with a new figure are news.
 */

/** The words `phrase` says now, figures filled in; null when the phrase does not fit now. */
export function lineOf(context: BotContext, phrase: PhraseKey): string | null {
  const params = paramsFor(context, phrase);
  return params ? phraseText(phrase, params) : null;
}

/** Each line the bot has said in this game, by its place in the record the last time it was said. */
function linesSaid(context: BotContext): ReadonlyMap<string, number> {
  return remembered(context, 'voice:linesSaid', () => {
    const { view, role } = context;
    const said = new Map<string, number>();
    view.statements.forEach((statement, index) => {
      if (statement.from === role) said.set(statement.text, index);
    });
    return said;
  });
}

/** Has the bot said `line` in this game already? */
export function saidBefore(context: BotContext, line: string): boolean {
  return linesSaid(context).has(line);
}

/**
 * The phrase a signal is said in, among those that fit now: one whose line the bot has not said in this game,
 * drawn with its own dice; when it has said every one, the one it said longest ago. A signal is a move
 * (the market reads it), so it is made even in words already used, as a person repeats a threat rather
 * than drop it; the words only rotate.
 */
export function signalPhrase(context: BotContext, phrases: readonly PhraseKey[]): PhraseKey {
  const said = linesSaid(context);
  // A phrase that does not fit has no line; `fitting` offers such phrases only when none fits, and then
  // the statement is not made at all (voice/index.ts), so which one is drawn does not matter.
  const options = fitting(context, phrases).map((phrase) => {
    const line = lineOf(context, phrase);
    return { phrase, saidAt: line === null ? undefined : said.get(line) };
  });
  const fresh = options.filter((option) => option.saidAt === undefined);
  if (fresh.length > 0) return botRng(context, 'statement').pick(fresh).phrase;
  const oldest = options.reduce((best, option) => (option.saidAt! < best.saidAt! ? option : best));
  return oldest.phrase;
}
