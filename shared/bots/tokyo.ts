import { PLEDGES_FOR_CUT_BN, tokyoHasThreatened } from './concession.ts';
import type { BotContext, RolePlaybook, SheetChoice, StatementChoice } from './context.ts';
import {
  lastSignal,
  standing,
  tariffCapInForce,
  tariffNow,
  whiteHouseHostility,
  yieldChangeBp,
} from './reading.ts';
import { beginnerSheet, beginnerStatement } from './tokyo-beginner.ts';
import { tokyoLookAhead } from './tokyo-look-ahead.ts';
import {
  BELIEVED_CREDIBILITY,
  hold,
  REASSURING_PLEDGE_BN,
  say,
  sell,
  skipAuctions,
  TARIFF_WORTH_FIGHTING_PCT,
  trueToSales,
} from './tokyo-sheet.ts';
import { hardWord } from './tokyo-word.ts';

/**
 * Tokyo's playbook. The hawk sells to make the threat real; the dove holds and pledges; tit-for-tat
 * answers Washington's last move in kind; the opportunist bluffs while the market still believes it and
 * never pays for a real sale it does not need. These are the hard Tokyo's tempers, which it looks ahead
 * from; an easy Tokyo plays the beginner who threatens without backing it (tokyo-beginner.ts).
 */

function ruleSheet(context: BotContext): SheetChoice<'tokyo'> {
  const { view, scenario, profile } = context;
  const tariff = Math.round(tariffNow(view));
  const hostility = whiteHouseHostility(view, scenario);
  const cap = tariffCapInForce(view);
  if (cap !== null && profile.personality !== 'opportunist') {
    return { move: hold(context), reason: { key: 'bot.tokyo.holdUnderDeal', params: { cap } } };
  }
  const own = standing(view, 'tokyo');
  switch (profile.personality) {
    case 'hawk': {
      if (tariff <= TARIFF_WORTH_FIGHTING_PCT)
        return { move: hold(context), reason: { key: 'bot.tokyo.holdTariffLow', params: { tariff } } };
      const amount = hostility > 0 ? 60 : 40;
      return {
        move: sell(context, amount, 10),
        reason: { key: 'bot.tokyo.sell', params: { amount, tariff } },
      };
    }
    case 'dove': {
      const pledge = Math.max(own.investmentPledgeBn, REASSURING_PLEDGE_BN);
      const farm = Math.max(own.farmPurchasesBn, 5);
      // Buying into a bond scare steadies the portfolio it holds.
      const support = yieldChangeBp(view, scenario) > 40;
      return {
        move: hold(context, {
          investmentPledgeBn: pledge,
          farmPurchasesBn: farm,
          ...(support ? { treasuryAction: 'buy' as const, treasuryAmountBn: 20 } : {}),
        }),
        reason: { key: 'bot.tokyo.calm', params: { pledge } },
      };
    }
    case 'titForTat': {
      if (hostility > 0.5) {
        return {
          move: sell(context, 30, 10),
          reason: { key: 'bot.tokyo.mirrorHostile', params: { tariff } },
        };
      }
      if (hostility < -0.5) {
        const pledge = Math.max(own.investmentPledgeBn, REASSURING_PLEDGE_BN);
        return {
          move: hold(context, { investmentPledgeBn: pledge }),
          reason: { key: 'bot.tokyo.mirrorFriendly', params: { tariff } },
        };
      }
      return {
        move: skipAuctions(context, 5),
        reason: { key: 'bot.tokyo.quietPressure', params: { tariff } },
      };
    }
    case 'opportunist': {
      const credibility = Math.round(view.market.credibility.tokyo);
      // While the market believes the words, words are cheaper than sales.
      if (credibility >= BELIEVED_CREDIBILITY || cap !== null) {
        return { move: hold(context), reason: { key: 'bot.tokyo.bluff', params: { credibility } } };
      }
      return {
        move: skipAuctions(context, 5),
        reason: { key: 'bot.tokyo.quietPressure', params: { tariff } },
      };
    }
  }
}

/**
 * What a hard Tokyo weighs besides its rule sheet: variations within its temperament, so a hard hawk
 * is still a hawk (it picks how hard to sell), a hard dove still a dove (it picks how to reassure), and
 * the plays its temper allows that Washington answers (beyondTheRule).
 */
function alternatives(context: BotContext): SheetChoice<'tokyo'>[] {
  const tariff = Math.round(tariffNow(context.view));
  const holding = { move: hold(context), reason: { key: 'bot.tokyo.projectedHold', params: { tariff } } };
  const quiet = {
    move: skipAuctions(context, 5),
    reason: { key: 'bot.tokyo.projectedQuiet', params: { tariff } },
  };
  const selling = (amount: number, retaliation: number) => ({
    move: sell(context, amount, retaliation),
    reason: { key: 'bot.tokyo.projectedSell', params: { amount, tariff } },
  });
  return [...withinTemper(context, holding, quiet, selling), ...beyondTheRule(context, selling)];
}

/**
 * The two plays every hard Tokyo weighs when its temper allows them, each bought only when the look-ahead
 * (tokyo-look-ahead.ts) sees Washington answer it: backing a threat that stands with a measured sale (not
 * the dove, who never threatens), and bringing pledges to what buys a cut (not the hawk, who pays nothing).
 */
function beyondTheRule(
  context: BotContext,
  selling: (amount: number, retaliation: number) => SheetChoice<'tokyo'>,
): SheetChoice<'tokyo'>[] {
  const own = standing(context.view, 'tokyo');
  const { personality } = context.profile;
  const choices: SheetChoice<'tokyo'>[] = [];
  if (personality !== 'dove' && tokyoHasThreatened(context.view)) {
    // Selling yen would buy dollar assets back: the report would show the backing taken back.
    const backing = selling(MEASURED_SALE_BN, own.retaliatoryTariffPct);
    const yenIntervention =
      backing.move.yenIntervention === 'sellYen' ? 'none' : backing.move.yenIntervention;
    choices.push({ ...backing, move: { ...backing.move, yenIntervention } });
  }
  const pledged = own.investmentPledgeBn + own.farmPurchasesBn;
  if (personality !== 'hawk' && pledged < PLEDGES_FOR_CUT_BN) {
    const pledge = PLEDGES_FOR_CUT_BN - own.farmPurchasesBn;
    choices.push({
      move: hold(context, { investmentPledgeBn: pledge }),
      reason: { key: 'bot.tokyo.projectedSupport', params: { pledge } },
    });
  }
  return choices;
}

/** A sale just above the model's backing minimum: enough to be seen backing the threat, little to mark down. */
const MEASURED_SALE_BN = 25;

function withinTemper(
  context: BotContext,
  holding: SheetChoice<'tokyo'>,
  quiet: SheetChoice<'tokyo'>,
  selling: (amount: number, retaliation: number) => SheetChoice<'tokyo'>,
): SheetChoice<'tokyo'>[] {
  const own = standing(context.view, 'tokyo');
  switch (context.profile.personality) {
    case 'hawk':
      return [selling(25, 10), selling(90, 15)];
    case 'dove': {
      const pledge = Math.max(own.investmentPledgeBn, 400);
      return [
        holding,
        {
          move: hold(context, {
            treasuryAction: 'buy',
            treasuryAmountBn: 30,
            investmentPledgeBn: pledge,
            farmPurchasesBn: 8,
          }),
          reason: { key: 'bot.tokyo.projectedSupport', params: { pledge } },
        },
      ];
    }
    case 'titForTat':
      return [holding, selling(30, 10)];
    case 'opportunist':
      return [holding, quiet];
  }
}

function statement(context: BotContext): StatementChoice | null {
  return hardWord(context, temperStatement(context), () =>
    say(context, 'threat', 'bot.tokyo.sayBackedThreat'),
  );
}

function temperStatement(context: BotContext): StatementChoice | null {
  const { view, scenario, profile } = context;
  if (view.phase !== 'negotiate') return null;
  const capped = tariffCapInForce(view) !== null;
  const hostility = whiteHouseHostility(view, scenario);
  switch (profile.personality) {
    case 'hawk':
      return capped ? null : say(context, 'threat', 'bot.tokyo.sayThreat');
    case 'dove':
      return view.market.sellingBelief > 0.3 || view.round === 1
        ? say(context, 'denial', 'bot.tokyo.sayDenial')
        : null;
    case 'titForTat':
      if (hostility > 0.5) return say(context, 'threat', 'bot.tokyo.sayMirrorThreat');
      if (hostility < -0.5) return say(context, 'denial', 'bot.tokyo.sayMirrorDenial');
      return null;
    case 'opportunist': {
      if (capped) return null;
      // Once Washington calls the bluff and the market stops listening, back off before it costs more.
      if (
        lastSignal(view, 'whiteHouse') === 'callBluff' &&
        view.market.credibility.tokyo < BELIEVED_CREDIBILITY
      ) {
        return say(context, 'denial', 'bot.tokyo.sayBackOff');
      }
      return say(context, 'hint', 'bot.tokyo.sayHint');
    }
  }
}

function proposal(context: BotContext) {
  const { view, scenario, profile } = context;
  const hostility = whiteHouseHostility(view, scenario);
  const { personality } = profile;
  if (personality === 'hawk' && view.round < 2) return null;
  if (personality === 'titForTat' && hostility > 0.5) return null;
  if (personality === 'opportunist' && hostility > 0) return null;
  const maxPct = personality === 'dove' ? 15 : personality === 'hawk' ? 10 : 12;
  const pledge = personality === 'dove' ? 400 : personality === 'titForTat' ? 200 : 100;
  return {
    proposal: {
      terms: [
        { kind: 'tariffCap' as const, role: 'whiteHouse' as const, maxPct, includesAutos: true },
        { kind: 'noNetSales' as const, role: 'tokyo' as const },
        { kind: 'investmentPledge' as const, role: 'tokyo' as const, amountBn: pledge },
      ],
      durationRounds: 3,
    },
    reason: { key: 'bot.tokyo.offerDeal', params: { maxPct, pledge } },
  };
}

/** An easy Tokyo plays the beginner (tokyo-beginner.ts); a hard one its temper, looked ahead. */
export const tokyoPlaybook: RolePlaybook<'tokyo'> = {
  // Every reason read against its sheet: one that says "hold" names a yen purchase's sale (tokyo-sheet.ts).
  ruleSheet: (context) =>
    trueToSales(context, context.profile.level === 'easy' ? beginnerSheet(context) : ruleSheet(context)),
  alternatives: (context) => alternatives(context).map((choice) => trueToSales(context, choice)),
  statement: (context) =>
    context.profile.level === 'easy' ? beginnerStatement(context) : statement(context),
  proposal,
  sheetLookAhead: tokyoLookAhead,
};
