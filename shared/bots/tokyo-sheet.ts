import { netTreasurySalesBn } from '../market/net-sales.ts';
import type { Headline } from '../market/types.ts';
import { extended } from '../plain-data.ts';
import type { TokyoMove } from '../protocol/moves.ts';
import type { PhraseKey } from '../protocol/phrases.ts';
import { sheetWith } from '../protocol/sheet-copies.ts';
import type { BotContext, SheetChoice, StatementChoice } from './context.ts';
import { myDealsInForce, standing, tariffNow } from './reading.ts';
import { signalPhrase } from './voice/repeats.ts';

/**
 * What every Tokyo bot builds its sheet and its words from, easy (tokyo-beginner.ts) or hard (tokyo.ts):
 * its standing sheet with the yen rule, the plain plays, and the phrases for each signal.
 */

/**
 * Lean against a yen that has drifted more than 2% from where it started. Buying yen is paid for by selling
 * dollar reserves, a net sale: under a promise of no net sales Tokyo lets a weak yen be.
 */
function yenIntervention(context: BotContext): TokyoMove['yenIntervention'] {
  const drift = context.view.market.usdJpy / context.scenario.startingMarket.usdJpy - 1;
  const promised = myDealsInForce(context.view, 'tokyo').some((deal) =>
    deal.terms.some((term) => term.kind === 'noNetSales'),
  );
  if (drift > 0.02) return promised ? 'none' : 'buyYen';
  if (drift < -0.02) return 'sellYen';
  return 'none';
}

/**
 * Reasons that say Tokyo holds its Treasuries, and their words for a sheet the rules count as a sale all the
 * same: buying yen (the rule above) is paid for with dollar reserves, a net sale (`netTreasurySalesBn`), and
 * the holdings report and the debrief count it so.
 */
const HOLDING_WORDS_WHEN_SELLING: Readonly<Record<string, string>> = {
  'bot.tokyo.holdUnderDeal': 'bot.tokyo.holdUnderDealYen',
  'bot.tokyo.holdTariffLow': 'bot.tokyo.holdTariffLowYen',
  'bot.tokyo.calm': 'bot.tokyo.calmYen',
  'bot.tokyo.mirrorFriendly': 'bot.tokyo.mirrorFriendlyYen',
  'bot.tokyo.bluff': 'bot.tokyo.bluffYen',
  'bot.tokyo.projectedHold': 'bot.tokyo.projectedHoldYen',
  'bot.tokyo.easyRetaliate': 'bot.tokyo.easyRetaliateYen',
  'bot.tokyo.easyBluff': 'bot.tokyo.easyBluffYen',
};

/**
 * A sheet with a reason true to it: a reason that says Tokyo holds its Treasuries, on a sheet the rules
 * count as a net sale, names the sale (`sold`, $bn) instead.
 */
export function trueToSales(context: BotContext, choice: SheetChoice<'tokyo'>): SheetChoice<'tokyo'> {
  const selling = HOLDING_WORDS_WHEN_SELLING[choice.reason.key];
  if (selling === undefined) return choice;
  const sold = netTreasurySalesBn(choice.move, context.scenario.model);
  if (sold <= 0) return choice;
  return {
    move: choice.move,
    reason: { key: selling, params: extended(choice.reason.params ?? {}, { sold }) },
  };
}

export function sheet(context: BotContext, changes: Partial<TokyoMove>): TokyoMove {
  return sheetWith(
    sheetWith(standing(context.view, 'tokyo'), { yenIntervention: yenIntervention(context) }),
    changes,
  );
}

export function sell(context: BotContext, amountBn: number, retaliatoryTariffPct: number): TokyoMove {
  return sheet(context, { treasuryAction: 'sell', treasuryAmountBn: amountBn, retaliatoryTariffPct });
}

export function hold(context: BotContext, changes: Partial<TokyoMove> = {}): TokyoMove {
  return sheet(context, { treasuryAction: 'hold', treasuryAmountBn: 0, retaliatoryTariffPct: 0, ...changes });
}

/** Quiet pressure: Tokyo sits out the month's auctions, sells nothing, and answers with its own tariff. */
export function skipAuctions(context: BotContext, retaliatoryTariffPct: number): TokyoMove {
  return sheet(context, { treasuryAction: 'skipAuctions', treasuryAmountBn: 0, retaliatoryTariffPct });
}

/** Under this tariff a Tokyo hawk, easy or hard, sees nothing left to fight. */
export const TARIFF_WORTH_FIGHTING_PCT = 12;

/** The pledge a reassuring Tokyo (a dove, or tit-for-tat answering a friendly Washington) puts on its sheet. */
export const REASSURING_PLEDGE_BN = 200;

/** Under this credibility a bluff called is a bluff lost: an opportunist Tokyo backs off. */
export const BELIEVED_CREDIBILITY = 45;

const PHRASES: Record<'hint' | 'threat' | 'denial', readonly PhraseKey[]> = {
  hint: ['say.tokyo.allOptions', 'say.tokyo.oneOfManyTools', 'say.tokyo.weighOptionsAt'],
  threat: ['say.tokyo.reviewHoldings', 'say.tokyo.rebalance', 'say.tokyo.reviewAt'],
  denial: ['say.tokyo.noPlanToSell', 'say.tokyo.reportsInaccurate', 'say.tokyo.noSaleDealBelow'],
};

/** A signal in one of the phrases that fit it now, for the reason `key` (with the tariff unless given). */
export function say(
  context: BotContext,
  signal: 'hint' | 'threat' | 'denial',
  key: string,
  params: Headline['params'] = { tariff: Math.round(tariffNow(context.view)) },
): StatementChoice {
  const phrase = signalPhrase(context, PHRASES[signal]);
  return { signal, phrase, reason: { key, params } };
}
