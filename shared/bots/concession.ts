import { dealsInForce } from '../game/deals.ts';
import type { PlayerView } from '../game/player-view.ts';
import type { Scenario } from '../scenario/schema.ts';
import { standing, tariffCapInForce, yieldChangeBp } from './reading.ts';
import type { Personality } from './types.ts';

/**
 * What moves a White House bot's tariff down: the one concession rule every White House personality
 * follows, and the rule a hard Tokyo reads to judge whether backing a threat will pay. The White House
 * gives ground only for something: a threat it has seen backed (the holdings report shows sales) while
 * the 10-year is up enough to reach mortgages, or pledges Tokyo has put on the table (money that buys
 * approval at home). A signed cap binds it as well (`tariffFloor`). Without one of these a cut is a
 * retreat, which the base reads as weakness (`climbDownPenaltyPerPp`) and a passive Tokyo has not earned.
 * Once given, the ground is kept while the reason stands: taking it back would be a flip-flop, and a
 * Tokyo that stops selling once it has won must not be punished.
 */

export interface Concession {
  /** Where it cuts the tariff to (headline and autos), percent. */
  tariffPct: number;
  /** The 10-year's rise since the start, bp, as it reads it. */
  yieldBp: number;
  /** What it is given for: a backed threat, or Tokyo's pledges. */
  for: 'backedThreat' | 'pledges';
}

/**
 * Per personality: the rise in the 10-year (bp since the start) it will not sit through once the threat is
 * backed, and the tariff it cuts to. A hawk holds out longest and gives least: about a fifth of a point on
 * every mortgage, the pressure the 2025 bond sell-off put on the 9 April pause, buys a cut to 20%. An
 * opportunist takes the exit at the first sign of bonds turning and settles where the July 2025 deal did
 * (15%); tit-for-tat meets a proven threat halfway rather than escalate into a bond scare; a dove gives
 * way at the first basis points, to the July deal's 15%.
 */
const UNDER_PRESSURE: Record<Personality, { pressureBp: number; tariffPct: number }> = {
  hawk: { pressureBp: 15, tariffPct: 20 },
  titForTat: { pressureBp: 15, tariffPct: 18 },
  opportunist: { pressureBp: 10, tariffPct: 15 },
  dove: { pressureBp: 5, tariffPct: 15 },
};

/**
 * Per personality: the tariff it answers Tokyo's pledges with, once they reach `PLEDGES_FOR_CUT_BN`. The
 * July 2025 deal traded $550bn of investment for 15%; a hawk wants it in writing (a deal) instead.
 */
const FOR_PLEDGES: Record<Personality, number | null> = {
  hawk: null,
  titForTat: 15,
  opportunist: 20,
  dove: 15,
};

/** The pledges (investment plus farm purchases, $bn, on Tokyo's public sheet) that buy a cut without a deal. */
export const PLEDGES_FOR_CUT_BN = 200;

/** Tokyo has threatened to sell, and not denied it since: its last threat or denial was a threat. */
export function tokyoHasThreatened(view: PlayerView): boolean {
  for (let index = view.statements.length - 1; index >= 0; index--) {
    const statement = view.statements[index]!;
    if (statement.from !== 'tokyo') continue;
    if (statement.signal === 'threat') return true;
    if (statement.signal === 'denial') return false;
  }
  return false;
}

/**
 * Tokyo's threat is backed as far as anyone outside Tokyo can tell: it stands (tokyoHasThreatened) and the
 * holdings report has already shown net sales of at least the model's backing minimum. Sales the report has
 * not reached are secret, so they count for nothing here.
 */
export function tokyoThreatBacked(view: PlayerView, scenario: Scenario): boolean {
  return tokyoHasThreatened(view) && reportShowsBacking(view.market.reportedHoldingsBn, scenario);
}

/** The holdings report shows net sales of at least the model's backing minimum since the start. */
export function reportShowsBacking(reportedHoldingsBn: number, scenario: Scenario): boolean {
  const reportedSalesBn = scenario.startingMarket.tokyoHoldingsBn - reportedHoldingsBn;
  return reportedSalesBn >= scenario.model.skipAuctionsBn;
}

/** Tokyo's pledges on the table, $bn: investment and farm purchases as its public sheet shows them. */
export function tokyoPledgesBn(view: PlayerView): number {
  return view.publicPolicy.investmentPledgeBn + view.publicPolicy.farmPurchasesBn;
}

/** What a White House reads before it gives ground: whether the threat is backed, the 10-year, the pledges. */
export interface PressureFacts {
  /** Tokyo's threat stands and the holdings report shows it backed (tokyoThreatBacked). */
  threatBacked: boolean;
  /** The 10-year's rise since the start, bp. */
  yieldBp: number;
  /** Tokyo's pledges on its public sheet, $bn (tokyoPledgesBn). */
  pledgesBn: number;
}

/**
 * The concession rule itself, on the facts alone: what the White House bot reads from its view
 * (`concessionFor`), and what a hard Tokyo expects of it a round or two ahead (tokyo-look-ahead.ts).
 * `tariffNowPct` is the higher of the headline and auto rates: a White House already at or below its
 * concession has given the ground and keeps it while the reason stands, whatever the 10-year does next. A
 * backed threat that asks more than pledges buy wins over them.
 */
export function concessionOn(
  facts: PressureFacts,
  personality: Personality,
  tariffNowPct: number,
): Concession | null {
  const yieldBp = Math.round(facts.yieldBp);
  const offers: Concession[] = [];
  const pressure = UNDER_PRESSURE[personality];
  if (facts.threatBacked) {
    const given = tariffNowPct <= pressure.tariffPct;
    if (yieldBp >= pressure.pressureBp || given) {
      offers.push({ tariffPct: Math.min(pressure.tariffPct, tariffNowPct), yieldBp, for: 'backedThreat' });
    }
  }
  const forPledges = FOR_PLEDGES[personality];
  if (forPledges !== null && facts.pledgesBn >= PLEDGES_FOR_CUT_BN) {
    offers.push({ tariffPct: Math.min(forPledges, tariffNowPct), yieldBp, for: 'pledges' });
  }
  return offers.reduce<Concession | null>(
    (lowest, offer) => (lowest === null || offer.tariffPct < lowest.tariffPct ? offer : lowest),
    null,
  );
}

/** The concession a White House of this personality makes now, read from its view, or null. */
export function concessionFor(
  view: PlayerView,
  scenario: Scenario,
  personality: Personality,
  tariffNowPct: number,
): Concession | null {
  const facts = {
    threatBacked: tokyoThreatBacked(view, scenario),
    yieldBp: yieldChangeBp(view, scenario),
    pledgesBn: tokyoPledgesBn(view),
  };
  return concessionOn(facts, personality, tariffNowPct);
}

/** The concession due from the White House bot holding this view's seat, read from its own standing sheet. */
export function ownConcession(
  view: PlayerView,
  scenario: Scenario,
  personality: Personality,
): Concession | null {
  const own = standing(view, 'whiteHouse');
  return concessionFor(view, scenario, personality, Math.max(own.tariffPct, own.autoTariffPct));
}

/**
 * The lowest tariff the White House bot will set now: what it has been given something for (a concession,
 * a signed cap), else its own standing rate. It may always raise the tariff; a cut below this floor would be
 * a retreat for nothing, so neither its rule sheet nor a hard bot's look-ahead offers one. Under a cap Tokyo
 * has signed the cut is a trade, not a retreat (the model excuses it too), so how far below the cap to go
 * is the White House's own call: no floor.
 */
export function tariffFloor(view: PlayerView, scenario: Scenario, personality: Personality): number {
  const traded = dealsInForce(view).some(
    (deal) => deal.signatories.includes('tokyo') && deal.terms.some((term) => term.kind === 'tariffCap'),
  );
  if (traded) return 0;
  const own = standing(view, 'whiteHouse');
  const standingPct = Math.max(own.tariffPct, own.autoTariffPct);
  const earned = [standingPct, ownConcession(view, scenario, personality)?.tariffPct, tariffCapInForce(view)];
  return Math.min(...earned.filter((value): value is number => value !== undefined && value !== null));
}
