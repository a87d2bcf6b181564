import { tariffContested, tariffCostOf } from '../market/economy.ts';
import type { Books } from '../market/types.ts';
import { MAX_LOBBYING_SPEND_M } from '../protocol/moves.ts';
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
 * sell-off is in the price, and a hedge struck then locks the spike in (business-book.ts, hedgeAfter): in the
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

/** The share of its imports a business can still win exclusions for (economy.ts, `exclusionMaxShare`). */
export function exclusionRoom(context: BotContext): number {
  const book = ownSeat(context.view).book as Books['usBusiness'];
  return context.scenario.model.exclusionMaxShare - book.exclusionShare;
}

/** A tariff that does not look lasting is expected to end, on average, at about half its level (a cut or a pause). */
const PASSING_TARIFF_SHARE = 0.5;

/** Lobbying is spent in steps of $10m, the move sheet's grain a person would use. */
const SPEND_STEP_M = 10;

/**
 * What a round's lobbying for exclusions is worth to a business that reads it (economy.ts,
 * `exclusionShareAfter`): excluded imports save the tariff they would pay in every round left after this
 * one, at the tariff it expects (today's if it looks lasting, half of it if not), and the spend wins
 * `exclusionSharePer100M` per √($100m). The best spend balances the last dollar against what it saves,
 * never past the room left under `exclusionMaxShare`. When that pace would fill the room within two rounds,
 * filling it in two equal halves costs less (√ returns: each half of the room costs a quarter of the whole),
 * at the price of winning part of it a round later; the business spreads it when the money saved outweighs
 * the round's delay. So $100m in each of the first two rounds, whether the tariff looks lasting or is
 * expected to be cut (a $220m bet on one round is lost whole if the tariff is cut to the baseline before the
 * requests are decided); nothing once the exclusions are won, the tariff is down to the baseline or the game
 * is ending.
 */
export function exclusionSpendM(context: BotContext): number {
  const { view, scenario } = context;
  const params = scenario.model;
  const tariff = tariffNow(view);
  const room = exclusionRoom(context);
  const roundsLeft = view.rounds - view.round;
  const perStep = params.exclusionSharePer100M;
  if (!tariffContested(tariff, params) || room <= 0 || roundsLeft <= 0 || perStep <= 0) return 0;
  const ceiling = Math.min(tariff, tariffCapInForce(view) ?? tariff);
  const expectedTariff = tariffLooksLasting(context) ? tariff : ceiling * PASSING_TARIFF_SHARE;
  const weekSalesM = (params.businessSalesBn * 1000) / params.roundsPerYear;
  // $m saved over the rounds left per whole share of imports excluded.
  const valueM = roundsLeft * weekSalesM * (tariffCostOf(expectedTariff, params) / 100);
  // A spend c wins k·√(c/100); the spend that wins a share s is c = 100·(s/k)².
  const shareOf = (spendM: number) => perStep * Math.sqrt(spendM / 100);
  const costOf = (share: number) => 100 * (share / perStep) ** 2;
  // Savings V·k·√(c/100) less the spend c are highest at c = 100·(V·k/200)², never past the room.
  const nowM = Math.min(100 * ((valueM * perStep) / 200) ** 2, costOf(room));
  const nowShare = shareOf(nowM);
  if (roundsLeft < 2 || 2 * nowShare < room) return toStep(nowM);
  // Spent at this pace, the rest of the room costs costOf(room − nowShare) next round; in two halves,
  // 2·costOf(room / 2), and what the first half wins short of nowShare saves its tariff a round later.
  const splitSaves = nowM + costOf(room - nowShare) - 2 * costOf(room / 2);
  const splitCosts = (valueM / roundsLeft) * Math.max(0, nowShare - room / 2);
  return toStep(splitSaves > splitCosts ? costOf(room / 2) : nowM);
}

function toStep(spendM: number): number {
  return Math.min(MAX_LOBBYING_SPEND_M, Math.round(spendM / SPEND_STEP_M) * SPEND_STEP_M);
}
