import type { PlayerView } from '../game/player-view.ts';
import type { Scenario } from '../scenario/schema.ts';
import { standing, yieldChangeBp } from './reading.ts';
import type { Personality } from './types.ts';

/**
 * How a White House bot answers Tokyo's pressure on the bond market: the one concession rule every White
 * House personality follows, and the rule a hard Tokyo reads to judge whether backing a threat will pay.
 * Words alone buy nothing: the White House gives ground only to a threat it has seen backed (the holdings
 * report shows sales) while the 10-year is up enough to reach mortgages. Once given, the ground is kept:
 * taking it back would be a flip-flop, and a Tokyo that stops selling once it has won must not be punished.
 */

export interface Concession {
  /** Where it cuts the tariff to (headline and autos), percent. */
  tariffPct: number;
  /** The 10-year's rise since the start, bp, as it reads it. */
  yieldBp: number;
}

/**
 * Per personality: the rise in the 10-year (bp since the start) it will not sit through once the threat is
 * backed, and the tariff it cuts to. A hawk holds out longest and gives least: about a fifth of a point on
 * every mortgage, the pressure the 2025 bond sell-off put on the 9 April pause, buys a cut to 20%. An
 * opportunist takes the exit at the first sign of bonds turning and settles where the July 2025 deal did
 * (15%); tit-for-tat meets a proven threat halfway rather than escalate into a bond scare. A dove is at
 * 15% already: it needs no pressure and has nothing left to give.
 */
const CONCESSIONS: Record<Personality, { pressureBp: number; tariffPct: number } | null> = {
  hawk: { pressureBp: 15, tariffPct: 20 },
  titForTat: { pressureBp: 15, tariffPct: 18 },
  opportunist: { pressureBp: 10, tariffPct: 15 },
  dove: null,
};

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
  const reportedSalesBn = scenario.startingMarket.tokyoHoldingsBn - view.market.reportedHoldingsBn;
  return tokyoHasThreatened(view) && reportedSalesBn >= scenario.model.threatBackingMinSalesBn;
}

/**
 * The concession a White House of this personality makes now, or null. `tariffNowPct` is the higher of
 * its own headline and auto rates: a White House already at or below its concession has given the ground
 * and keeps it while the threat stands backed, whatever the 10-year does next.
 */
export function concessionFor(
  view: PlayerView,
  scenario: Scenario,
  personality: Personality,
  tariffNowPct: number,
): Concession | null {
  const rule = CONCESSIONS[personality];
  if (!rule || !tokyoThreatBacked(view, scenario)) return null;
  const yieldBp = Math.round(yieldChangeBp(view, scenario));
  const given = tariffNowPct <= rule.tariffPct;
  return yieldBp >= rule.pressureBp || given
    ? { tariffPct: Math.min(rule.tariffPct, tariffNowPct), yieldBp }
    : null;
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
