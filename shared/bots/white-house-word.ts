import type { PlayerView } from '../game/player-view.ts';
import type { PublicStatement } from '../game/state.ts';
import { chargedTariffPct } from '../market/initial.ts';
import type { PhraseKey } from '../protocol/phrases.ts';
import type { BotContext, GivenWord } from './context.ts';
import { tariffNow } from './reading.ts';

/**
 * What a White House bot has said this round about where its own sheet puts the tariff ("The tariff goes
 * to 25% this week", "The 24% tariff stays until the trade gap closes"), and the sheets that keep it. A hard
 * bot reads its sheet off the market as it stands, so a tick or another seat's words could tip a near tie
 * between two tariffs after it had spoken: it said one figure in the negotiation and handed in another, or
 * named two in one round. Its word now binds it for the round, unless something has happened since that
 * a person would change course for.
 */

/** The phrases that say what this round's sheet does to the tariff, and the figure each names. */
const TARIFF_WORDS: Partial<Record<PhraseKey, (said: PublicStatement, view: PlayerView) => number>> = {
  'say.whiteHouse.answerThreat': stays,
  'say.whiteHouse.answerBusiness': stays,
  'say.whiteHouse.tariffStays': stays,
  'say.whiteHouse.tariffStaysAt': stays,
  'say.whiteHouse.answerThreatChange': goesTo,
  'say.whiteHouse.answerBusinessChange': goesTo,
  'say.whiteHouse.tariffRisesTo': goesTo,
};

function stays(said: PublicStatement, view: PlayerView): number {
  // The tariff in force does not change within a round, so the plain phrase names today's, rounded as said.
  return said.params?.tariff ?? Math.round(tariffNow(view));
}

function goesTo(said: PublicStatement): number {
  return said.params?.next ?? Number.NaN;
}

/**
 * The tariff the White House last said this round its sheet sets, or null when it said none, or when a deal
 * has been signed or a shock has struck since: then the situation it spoke in is gone, and the news shows
 * why. (A Treasury sale reaches the White House only with the holdings report, at a resolution, so it never
 * falls between its words and its sheet.)
 */
export function tariffWord(view: PlayerView): number | null {
  for (let index = view.statements.length - 1; index >= 0; index--) {
    const said = view.statements[index]!;
    if (said.round < view.round) break;
    const named = said.from === 'whiteHouse' && said.phrase ? TARIFF_WORDS[said.phrase] : undefined;
    if (!named) continue;
    // At the same instant counts as since: a bot signs in the same breath as it speaks.
    const changed =
      view.deals.some((deal) => deal.signedAt >= said.at) ||
      view.shocksFired.some((shock) => shock.round === view.round && shock.at >= said.at);
    if (changed) return null;
    const tariff = named(said, view);
    return Number.isFinite(tariff) ? tariff : null;
  }
  return null;
}

/** The sheets that keep the White House's word this round: they charge the tariff it named, as rounded. */
export function whiteHouseWord(context: BotContext): GivenWord<'whiteHouse'> | null {
  const tariff = tariffWord(context.view);
  if (tariff === null) return null;
  return {
    keeps: (move) => Math.round(chargedTariffPct(move, context.scenario.model)) === tariff,
    reason: { key: 'bot.wh.keepWord', params: { tariff } },
  };
}
