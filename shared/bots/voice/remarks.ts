import { type PhraseKey, phraseText } from '../../protocol/phrases.ts';
import type { RoleId } from '../../roles.ts';
import type { BotContext, StatementChoice } from '../context.ts';
import { saidBefore } from './repeats.ts';
import { paramsFor } from './situation.ts';

/**
 * What a bot says in a round where its playbook sends no signal: where things stand, in its own words, as
 * a statement with no signal (`none`), so the market model reads nothing into it, as it would not from
 * a person. Each role's remarks in order of preference: the first that is true now and not yet said in
 * these words in this game is said; none when every true one has been (a remark is small talk, and small
 * talk repeated word for word is worse than none).
 */
const REMARKS: Record<RoleId, readonly { phrase: PhraseKey; reason: string }[]> = {
  tokyo: [
    { phrase: 'say.tokyo.keepDeal', reason: 'bot.voice.remarkDeal' },
    { phrase: 'say.tokyo.openBelow', reason: 'bot.voice.remarkTalks' },
    { phrase: 'say.tokyo.watchYen', reason: 'bot.voice.remarkMarket' },
  ],
  whiteHouse: [
    { phrase: 'say.whiteHouse.dealWorks', reason: 'bot.voice.remarkDeal' },
    { phrase: 'say.whiteHouse.watchMortgages', reason: 'bot.voice.remarkMortgages' },
    { phrase: 'say.whiteHouse.doorOpen', reason: 'bot.voice.remarkTalks' },
  ],
  investors: [
    { phrase: 'say.investors.noteDeal', reason: 'bot.voice.remarkDeal' },
    { phrase: 'say.investors.noteYieldsUp', reason: 'bot.voice.remarkNote' },
    { phrase: 'say.investors.noteYieldsDown', reason: 'bot.voice.remarkNote' },
  ],
  usBusiness: [
    { phrase: 'say.usBusiness.dealHelps', reason: 'bot.voice.remarkDeal' },
    { phrase: 'say.usBusiness.holdingInvestment', reason: 'bot.voice.remarkTariff' },
    { phrase: 'say.usBusiness.borrowingBites', reason: 'bot.voice.remarkMortgages' },
  ],
};

/** A White House watches mortgages once they are this far (points) above where the game began. */
const MORTGAGES_WORRY_PTS = 0.25;

export function remark(context: BotContext): StatementChoice | null {
  const { view, role } = context;
  const start = view.marketPath[0]?.mortgageRate ?? view.market.mortgageRate;
  const mortgagesUp = view.market.mortgageRate - start >= MORTGAGES_WORRY_PTS;
  for (const { phrase, reason } of REMARKS[role]) {
    // Mortgages are a White House worry only when they have risen; the others' fallbacks need no condition.
    if (phrase === 'say.whiteHouse.watchMortgages' && !mortgagesUp) continue;
    const params = paramsFor(context, phrase);
    if (params && !saidBefore(context, phraseText(phrase, params)))
      return { signal: 'none', phrase, reason: { key: reason, params } };
  }
  return null;
}
