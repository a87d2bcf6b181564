import type { BotContext, SheetChoice, StatementChoice } from './context.ts';
import { lastSignal, standing, tariffCapInForce, tariffNow, whiteHouseHostility } from './reading.ts';
import {
  BELIEVED_CREDIBILITY,
  hold,
  REASSURING_PLEDGE_BN,
  say,
  skipAuctions,
  TARIFF_WORTH_FIGHTING_PCT,
} from './tokyo-sheet.ts';

/**
 * The easy Tokyo: the beginner the game teaches against (issue 8). It believes its Treasuries speak for
 * themselves, so it threatens in words and never sells to back them: the holdings report finds each threat
 * unbacked (`threatNotBackedPenalty`), every repeat wears credibility down (`credibilityPerCheapTalk`), and
 * round after round the market stops listening. It speaks when its temper says so, not when the report
 * would bear it out, and answers Washington with a tariff of its own rather than with its portfolio. Each
 * temper stays itself: the hawk threatens every round the tariff is worth fighting; the dove reassures,
 * buys farm goods and puts no pledge on the sheet before a deal asks for one, and warns once Washington has
 * had a round and not given ground, even under the deal it signed; tit-for-tat threatens a hostile
 * Washington and reassures a friendly one, and keeps its quiet pressure (skipped auctions) in between;
 * the opportunist bluffs while its credibility is where it started, then only hints. It signs what its
 * personality signs (negotiation.ts): only its sheet and its words are a beginner's. The hard Tokyo
 * (tokyo.ts, tokyo-word.ts) backs what it says, or does not say it.
 */

/** The retaliatory tariff a beginner answers a tariff with: loud, and it costs no bonds. */
const RETALIATION_PCT = 5;

export function beginnerSheet(context: BotContext): SheetChoice<'tokyo'> {
  const { view, scenario, profile } = context;
  const tariff = Math.round(tariffNow(view));
  const cap = tariffCapInForce(view);
  if (cap !== null)
    return { move: hold(context), reason: { key: 'bot.tokyo.holdUnderDeal', params: { cap } } };
  const hostility = whiteHouseHostility(view, scenario);
  const own = standing(view, 'tokyo');
  const retaliating = {
    move: hold(context, { retaliatoryTariffPct: RETALIATION_PCT }),
    reason: { key: 'bot.tokyo.easyRetaliate', params: { tariff, retaliation: RETALIATION_PCT } },
  };
  switch (profile.personality) {
    case 'hawk':
      if (tariff <= TARIFF_WORTH_FIGHTING_PCT)
        return { move: hold(context), reason: { key: 'bot.tokyo.holdTariffLow', params: { tariff } } };
      return retaliating;
    case 'dove': {
      const farm = Math.max(own.farmPurchasesBn, 5);
      return {
        move: hold(context, { farmPurchasesBn: farm }),
        reason: { key: 'bot.tokyo.easyReassure', params: { farm } },
      };
    }
    case 'titForTat':
      if (hostility > 0.5) return retaliating;
      if (hostility < -0.5) {
        const pledge = Math.max(own.investmentPledgeBn, REASSURING_PLEDGE_BN);
        return {
          move: hold(context, { investmentPledgeBn: pledge }),
          reason: { key: 'bot.tokyo.mirrorFriendly', params: { tariff } },
        };
      }
      return {
        move: skipAuctions(context, 0),
        reason: { key: 'bot.tokyo.quietPressure', params: { tariff } },
      };
    case 'opportunist': {
      const credibility = Math.round(view.market.credibility.tokyo);
      return { move: hold(context), reason: { key: 'bot.tokyo.easyBluff', params: { credibility } } };
    }
  }
}

export function beginnerStatement(context: BotContext): StatementChoice | null {
  const { view, scenario, profile } = context;
  if (view.phase !== 'negotiate') return null;
  const hostility = whiteHouseHostility(view, scenario);
  if (profile.personality === 'dove') {
    // A deal signed is no reason to fall silent: it keeps tending Washington, warning once patience runs out.
    if (view.round > 1 && hostility >= 0) return say(context, 'threat', 'bot.tokyo.easySayWarning');
    return say(context, 'denial', 'bot.tokyo.sayDenial');
  }
  if (tariffCapInForce(view) !== null) return null;
  switch (profile.personality) {
    case 'hawk':
      if (Math.round(tariffNow(view)) <= TARIFF_WORTH_FIGHTING_PCT) return null;
      return say(context, 'threat', 'bot.tokyo.easySayThreat');
    case 'titForTat':
      if (hostility > 0.5) return say(context, 'threat', 'bot.tokyo.easySayMirrorThreat');
      if (hostility < -0.5) return say(context, 'denial', 'bot.tokyo.sayMirrorDenial');
      return say(context, 'hint', 'bot.tokyo.sayHint');
    case 'opportunist': {
      const credibility = Math.round(view.market.credibility.tokyo);
      if (lastSignal(view, 'whiteHouse') === 'callBluff' && credibility < BELIEVED_CREDIBILITY)
        return say(context, 'denial', 'bot.tokyo.sayBackOff');
      if (credibility >= context.scenario.startingMarket.credibility)
        return say(context, 'threat', 'bot.tokyo.easySayBluff', { credibility });
      return say(context, 'hint', 'bot.tokyo.sayHint');
    }
  }
}
