import { chargedTariffPct } from '../../market/initial.ts';
import type { WhiteHouseMove } from '../../protocol/moves.ts';
import { type PhraseKey, type PhraseParams, phrasePlaceholders } from '../../protocol/phrases.ts';
import { type BotContext, remembered } from '../context.ts';
import { lastRoundEquityChangePct, tariffCapInForce, tariffNow, yieldChangeBp } from '../reading.ts';
import { plannedBest } from '../sheet.ts';

/**
 * The figures a bot's phrases name, read off its own view: what anyone at the table can see. A figure
 * that does not exist now (no deal, so no cap) is null, and a phrase naming it does not fit.
 */
export interface Figures {
  tariff: number;
  /** The tariff cap of a deal in force. */
  cap: number | null;
  /** How far the 10-year has moved since the game began, bp, without its sign (the phrase says which way). */
  yieldBp: number;
  yield10y: number;
  mortgage: number;
  usdJpy: number;
  panic: number;
  /** US stocks over the last resolved round, %; null before any round is resolved. */
  equityPct: number | null;
  /** The odds of Tokyo's sales the market prices, %. */
  belief: number;
  /**
   * The tariff the White House's own sheet charges this round (effective, as `tariff` is), read off the
   * sheet it would hand in now; null for any other role. Worked out only when a phrase asks for it: a
   * hard bot's sheet is a look-ahead.
   */
  readonly next: number | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const round1 = (value: number) => Math.round(value * 10) / 10;

export function figuresOf(context: BotContext): Figures {
  return remembered(context, 'voice:figures', () => {
    const { view, scenario } = context;
    const market = view.market;
    return {
      tariff: Math.round(tariffNow(view)),
      cap: tariffCapInForce(view),
      yieldBp: Math.abs(Math.round(yieldChangeBp(view, scenario))),
      yield10y: round2(market.yield10y),
      mortgage: round2(market.mortgageRate),
      usdJpy: Math.round(market.usdJpy),
      panic: Math.round(market.panic),
      equityPct: view.reports.length > 0 ? round1(lastRoundEquityChangePct(view)) : null,
      belief: Math.round(market.sellingBelief * 100),
      get next() {
        return nextTariff(context);
      },
    };
  });
}

/** The effective tariff of the sheet the White House bot would hand in now, rounded as `tariff` is. */
function nextTariff(context: BotContext): number | null {
  if (context.role !== 'whiteHouse') return null;
  return remembered(context, 'voice:next', () => {
    const move = plannedBest(context).move as WhiteHouseMove;
    return Math.round(chargedTariffPct(move, context.scenario.model));
  });
}

/** The 10-year has moved by at least this much (bp) before a phrase says it is up. */
const YIELD_MOVE_BP = 5;
/** Panic above this reads as a scare a phrase may call overdone. */
const PANIC_SCARE = 30;
/** A tariff below this is no longer worth a warning about jobs or prices. */
const TARIFF_WORTH_A_WARNING = 10;

/**
 * When a phrase tells the truth about the situation, beyond having its figures: "the 10-year is up" only
 * when it is up. Phrases not listed fit whenever their figures exist.
 */
const FITS: Partial<Record<PhraseKey, (figures: Figures, context: BotContext) => boolean>> = {
  'say.investors.tenYearUp': (figures, context) => yieldMove(context) >= YIELD_MOVE_BP && figures.yieldBp > 0,
  'say.investors.noteYieldsUp': (_figures, context) => yieldMove(context) >= 0,
  'say.investors.noteYieldsDown': (_figures, context) => yieldMove(context) < 0,
  'say.investors.panicOverdone': (figures) => figures.panic > PANIC_SCARE,
  'say.usBusiness.jobsAt': (figures) => figures.tariff >= TARIFF_WORTH_A_WARNING,
  'say.usBusiness.pricesAt': (figures) => figures.tariff >= TARIFF_WORTH_A_WARNING,
  'say.usBusiness.holdingInvestment': (figures) => figures.tariff >= TARIFF_WORTH_A_WARNING,
  'say.usBusiness.answerConciliatory': (figures) => figures.tariff > 0,
  'say.tokyo.noSaleDealBelow': (figures) => figures.tariff > 0,
  'say.tokyo.answerBluff': (figures) => figures.tariff > 0,
  'say.tokyo.answerHawkish': (figures) => figures.tariff > 0,
  'say.tokyo.answerConciliatory': (figures) => figures.tariff > 0,
  // Words about the tariff's future say what the White House's own sheet does with it this round.
  'say.whiteHouse.answerThreat': (figures) => figures.tariff > 0 && figures.next === figures.tariff,
  'say.whiteHouse.answerThreatChange': (figures) => figures.next !== figures.tariff,
  'say.whiteHouse.answerBusiness': (figures) => figures.tariff > 0 && figures.next === figures.tariff,
  'say.whiteHouse.answerBusinessChange': (figures) => figures.next !== figures.tariff,
  'say.whiteHouse.tariffStays': (figures) => figures.next === figures.tariff,
  'say.whiteHouse.tariffStaysAt': (figures) => figures.next === figures.tariff,
  'say.whiteHouse.tariffRisesTo': (figures) => figures.next !== null && figures.next > figures.tariff,
  'say.usBusiness.answerHawkish': (figures) => figures.tariff > 0,
  'say.tokyo.openBelow': (figures) => figures.tariff > 0,
  'say.whiteHouse.dealBelow': (figures) => figures.tariff > 0,
};

function yieldMove(context: BotContext): number {
  return yieldChangeBp(context.view, context.scenario);
}

/** The figures `phrase` names, or null when one of them does not exist now or the phrase would not be true. */
export function paramsFor(context: BotContext, phrase: PhraseKey): PhraseParams | null {
  const figures = figuresOf(context);
  const params: PhraseParams = {};
  for (const name of phrasePlaceholders(phrase)) {
    // A placeholder the bot has no figure for is a phrase it cannot say.
    const value = name in figures ? figures[name as keyof Figures] : null;
    if (value === null) return null;
    params[name] = value;
  }
  const fits = FITS[phrase];
  return fits && !fits(figures, context) ? null : params;
}

/** The phrases of a list that are true now; the whole list if none is (its plain phrases always are). */
export function fitting(context: BotContext, phrases: readonly PhraseKey[]): readonly PhraseKey[] {
  const honest = phrases.filter((phrase) => paramsFor(context, phrase) !== null);
  return honest.length > 0 ? honest : phrases;
}
