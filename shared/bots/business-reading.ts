import type { Books } from '../market/types.ts';
import type { BotContext } from './context.ts';
import {
  ownSeat,
  tariffCapInForce,
  tariffNow,
  tokyoHostility,
  whiteHouseHostility,
  yieldChangeBp,
} from './reading.ts';

/**
 * What a business reads before it pays for protection. A hedge costs its premium every round and pays only
 * if yields rise after it is bought; a supply-chain shift costs now and pays rounds later, only while the
 * tariff lasts. So a business that reads the situation hedges when a sell-off is brewing (before it lands)
 * and moves supply chains early when the tariff looks here to stay; one that does not pays by habit.
 */

/**
 * A bond sell-off that is brewing but has not landed: a hostile Tokyo or markets that believe it is selling,
 * while yields and fear are still near where the game began. Once yields have jumped or fear has spiked the
 * sell-off is in the price, and a hedge struck then locks the spike in (books.ts, hedgeAfter): in the
 * default mix the 10-year rises in the first two rounds and gives it back from the third.
 */
export function sellOffRisk(context: BotContext): boolean {
  const { view, scenario } = context;
  const fear = view.market.panic - scenario.startingMarket.panic;
  const brewing = tokyoHostility(view, scenario) >= 1 || view.market.sellingBelief > 0.5;
  const landed = fear > 10 || yieldChangeBp(view, scenario) > 15;
  return brewing && !landed;
}

/** The tariff looks here to stay: high, uncapped, unpaused and defended by a White House that is not wavering. */
export function tariffLooksLasting(context: BotContext): boolean {
  const { view, scenario } = context;
  return (
    tariffNow(view) > 20 &&
    tariffCapInForce(view) === null &&
    !view.publicPolicy.pause &&
    whiteHouseHostility(view, scenario) >= 0
  );
}

/** Rounds left after this one in which a shift ordered now would pay (it lands `supplyChainLagRounds` later). */
function roundsOfRelief(context: BotContext): number {
  const { view, scenario } = context;
  return view.rounds - view.round - scenario.model.supplyChainLagRounds + 1;
}

/**
 * Start (or keep) moving supply chains while the tariff looks lasting and a step still has at least three
 * rounds to earn its cost back; a late step never does.
 */
export function shiftNow(context: BotContext): boolean {
  return tariffLooksLasting(context) && roundsOfRelief(context) >= 3;
}

/** The hedge a reading business holds: enough to ride out a sell-off it sees coming, none while it is calm. */
export function readHedgePct(context: BotContext, whenRisky: number): number {
  if (sellOffRisk(context)) return whenRisky;
  // Keep what is already locked while yields sit above its rate: dropping it would give away the protection.
  const book = ownSeat(context.view).book as Books['usBusiness'];
  const lockedBelowMarket = book.hedgedPct > 0 && book.hedgeRatePct < book.borrowingCostPct;
  return lockedBelowMarket ? book.hedgedPct : 0;
}
