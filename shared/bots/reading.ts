import { dealsInForce } from '../game/deals.ts';
import type { OwnSeat, PlayerView } from '../game/player-view.ts';
import type { Deal } from '../game/state.ts';
import { chargedTariffPct, tariffsInForce } from '../market/initial.ts';
import { type MoveFor, stanceScore, type WhiteHouseMove } from '../protocol/moves.ts';
import type { Signal } from '../protocol/statements.ts';
import type { RoleId } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * What a bot reads off its own view of the table: who has been hostile lately, how credible each side
 * looks, which deals bind it. Only public facts and the bot's own seat: a bot never sees another
 * role's secrets, just as a person would not.
 */

export function ownSeat(view: PlayerView): OwnSeat {
  if (!view.you) throw new Error('a bot needs its own seat in the view');
  return view.you;
}

/**
 * The latest signal `role` sent, this round or the one before. Words without a signal (a remark, an
 * answer) do not take back a threat: the market model reads nothing in them, and neither does a bot.
 */
export function lastSignal(view: PlayerView, role: RoleId): Signal {
  for (let index = view.statements.length - 1; index >= 0; index--) {
    const statement = view.statements[index]!;
    if (statement.round < view.round - 1) break;
    if (statement.from === role && statement.signal !== 'none') return statement.signal;
  }
  return 'none';
}

export function saidThisRound(view: PlayerView, role: RoleId): boolean {
  return view.statements.some((statement) => statement.from === role && statement.round === view.round);
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The tariff Washington is charging now, as the market reports it. */
export function tariffNow(view: PlayerView): number {
  return view.market.effectiveTariffPct;
}

/**
 * How hostile the White House looks to Tokyo, −2 (friendly) to +2 (hostile): its last words, its
 * tariff against where the game started, a pause.
 */
export function whiteHouseHostility(view: PlayerView, scenario: Scenario): number {
  const signal = lastSignal(view, 'whiteHouse');
  const words = signal === 'callBluff' || signal === 'hawkish' ? 1 : signal === 'conciliatory' ? -1 : 0;
  const start = scenario.standingMoves.whiteHouse;
  const startTariff = start.role === 'whiteHouse' ? Math.max(start.tariffPct, start.autoTariffPct) : 24;
  const policy = view.publicPolicy;
  const charged = tariffsInForce(policy, scenario.model.pauseTariffPct);
  const tariff = Math.max(charged.headline, charged.autos);
  const deeds = tariff > startTariff + 2 ? 1 : tariff < startTariff - 5 ? -1 : 0;
  return clamp(words + deeds + 0.5 * stanceScore(policy.stance), -2, 2);
}

/**
 * How hostile Tokyo looks to Washington, −2 to +2: threats and hints, retaliation, what the market
 * believes about sales and what the lagged holdings report shows; pledges count the other way.
 */
export function tokyoHostility(view: PlayerView, scenario: Scenario): number {
  const signal = lastSignal(view, 'tokyo');
  const words = signal === 'threat' ? 1 : signal === 'hint' ? 0.5 : signal === 'denial' ? -0.5 : 0;
  const policy = view.publicPolicy;
  const retaliation = policy.retaliatoryTariffPct > 0 ? 0.5 : 0;
  const pledges = policy.investmentPledgeBn > 0 || policy.farmPurchasesBn > 0 ? -1 : 0;
  const believed = view.market.sellingBelief > 0.5 ? 0.5 : 0;
  const reportedSales = scenario.startingMarket.tokyoHoldingsBn - view.market.reportedHoldingsBn > 30 ? 1 : 0;
  return clamp(words + retaliation + pledges + believed + reportedSales, -2, 2);
}

/**
 * How far the effective tariff moved over the last resolved round, percentage points (0 before any): the
 * direction of Washington's last move, as the market charged it. The tariff before that round is the one
 * the latest earlier tariff headline reported (to a tenth of a point), or the first day's.
 */
export function lastRoundTariffChangePp(view: PlayerView, scenario: Scenario): number {
  const reports = view.reports;
  if (reports.length === 0) return 0;
  let before = chargedTariffPct(scenario.standingMoves.whiteHouse as WhiteHouseMove, scenario.model);
  for (const report of reports.slice(0, -1))
    for (const headline of report.headlines)
      if (headline.key === 'news.tariffChange' && typeof headline.params?.effectivePct === 'number')
        before = headline.params.effectivePct;
  return view.market.effectiveTariffPct - before;
}

/** Percent change of US stocks over the last resolved round (0 before any). */
export function lastRoundEquityChangePct(view: PlayerView): number {
  const reports = view.reports;
  const last = reports[reports.length - 1];
  if (!last) return 0;
  const before =
    reports[reports.length - 2]?.market.usEquity ?? view.marketPath[0]?.usEquity ?? last.market.usEquity;
  return before > 0 ? (last.market.usEquity / before - 1) * 100 : 0;
}

/** Change of the 10y yield since the start of the game, bp. */
export function yieldChangeBp(view: PlayerView, scenario: Scenario): number {
  return (view.market.yield10y - scenario.startingMarket.yield10y) * 100;
}

/** Deals in force this round that name the bot as a signatory. */
export function myDealsInForce(view: PlayerView, role: RoleId): Deal[] {
  return dealsInForce(view).filter((deal) => deal.signatories.includes(role));
}

/** The lowest tariff cap the White House has signed that binds this round's sheets, if any. */
export function tariffCapInForce(view: PlayerView): number | null {
  let cap: number | null = null;
  for (const deal of dealsInForce(view)) {
    for (const term of deal.terms) {
      if (term.kind === 'tariffCap') cap = cap === null ? term.maxPct : Math.min(cap, term.maxPct);
    }
  }
  return cap;
}

export function standing<R extends RoleId>(view: PlayerView, role: R): MoveFor<R> {
  const seat = ownSeat(view);
  if (seat.role !== role) throw new Error(`the seat is ${seat.role}, not ${role}`);
  return seat.standingMove as MoveFor<R>;
}

export function isLastRound(view: PlayerView): boolean {
  return view.round >= view.rounds;
}
