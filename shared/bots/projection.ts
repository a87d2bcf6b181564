import { brokenPromises, complySheet, complyWith } from '../game/deal-terms.ts';
import { dealsInForce, signedByTokyo, termsPricedIn } from '../game/deals.ts';
import { breachPublicFromRound } from '../game/disclosure.ts';
import type { PlayerView } from '../game/player-view.ts';
import type { Deal } from '../game/state.ts';
import { reactToDeal } from '../market/deal-reaction.ts';
import { initialBooks, initialMarket, resolveRound } from '../market/index.ts';
import { tariffsInForce } from '../market/initial.ts';
import { composedYield, draftOf } from '../market/transmission.ts';
import type { Books, MarketState } from '../market/types.ts';
import type { Term } from '../protocol/deals.ts';
import { type MoveFor, type MoveSet, type MoveSheet, stanceScore } from '../protocol/moves.ts';
import { sheetWith } from '../protocol/sheet-copies.ts';
import { perRole, type RoleId } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import { scoreTotalFor, scoringProgress } from '../scoring/score.ts';
import { type BotContext, botRng, type RolePlaybook, remembered, type SheetChoice } from './context.ts';
import { playbookFor } from './playbooks.ts';
import { ownSeat } from './reading.ts';

/**
 * A bot's look-ahead: the market as its seat can see it, rebuilt into a model state, then moved one or
 * two rounds with the real model under assumed sheets. Secrets it cannot see (Tokyo's actual sales, the
 * others' books, the model's carry-over) are filled from the public record and the scenario's start.
 * Every comparison reuses the same dice, so two options differ by their sheets, never by luck.
 */

/** The scenario's first-day market, made once per scenario object (only ever read, as a base to copy). */
const STARTING_MARKETS = new WeakMap<Scenario, MarketState>();

function startingMarketOf(scenario: Scenario): MarketState {
  let market = STARTING_MARKETS.get(scenario);
  if (!market) {
    market = initialMarket(scenario);
    STARTING_MARKETS.set(scenario, market);
  }
  return market;
}

/** The market rebuilt from a seat's view. */
export function marketFromView(view: PlayerView, scenario: Scenario): MarketState {
  const base = startingMarketOf(scenario);
  const { market: seen, publicPolicy: policy, round } = view;
  const seat = ownSeat(view);
  const params = scenario.model;
  const yieldMovePct = seen.yield10y - scenario.startingMarket.yield10y;
  const actualBn = seat.holdings?.actualBn ?? seen.reportedHoldingsBn;
  const portfolioPrice =
    seat.holdings && seat.holdings.actualBn > 0
      ? seat.holdings.marketValueBn / seat.holdings.actualBn
      : Math.exp((-params.tokyoPortfolioDuration * yieldMovePct) / 100);
  const pause = policy.pause;
  const { headline, autos } = tariffsInForce(policy, params.pauseTariffPct);
  const backstopRounds = view.reports.filter((report) => report.backstop).map((report) => report.round);
  const ownSales = seat.role === 'tokyo' ? (seat.book as Books['tokyo']).netSalesBn : [];
  // A copy of the first day's market written out (draftOf), with what the seat sees set on it: built by
  // spreads, it took hidden classes of its own, and the model read every market megamorphically.
  const market = draftOf(base);
  Object.assign(market, seen);
  market.credibility = { ...seen.credibility };
  market.tokyoHoldingsBn = actualBn;
  market.holdingsValueBn = actualBn * portfolioPrice;
  const internals = market.internals;
  internals.currentRound = Math.max(1, round);
  internals.roundStartYield10y = seen.yield10y;
  internals.roundStartUsEquity = seen.usEquity;
  internals.roundStartJapanEquity = seen.japanEquity;
  internals.roundStartUsdJpy = seen.usdJpy;
  internals.prevRoundPanic = seen.panic;
  internals.portfolioPrice = portfolioPrice;
  internals.lastBookedHoldingsValueBn = actualBn * portfolioPrice;
  internals.headlineTariffPct = headline;
  internals.autoTariffPct = autos;
  internals.pauseActive = pause;
  internals.stanceScore = stanceScore(policy.stance);
  internals.farmPurchasesBn = policy.farmPurchasesBn;
  internals.investmentPledgeBn = policy.investmentPledgeBn;
  internals.passThroughPct = policy.passThroughPct;
  internals.salesByRound =
    ownSales.length > 0 ? [...ownSales] : new Array<number>(Math.max(0, round - 1)).fill(0);
  internals.backstops = backstopRounds.length;
  internals.lastBackstopRound = backstopRounds[backstopRounds.length - 1] ?? 0;
  // The model's lasting anchor is hidden: set it so the rebuilt parts add up to the 10y everyone sees.
  internals.anchorYield10y += seen.yield10y - composedYield(market, params);
  return market;
}

/** Books rebuilt for a seat: its own is known; the others' do not affect its score and start from scratch. */
export function booksFromView(view: PlayerView, scenario: Scenario): Books {
  const seat = ownSeat(view);
  return { ...initialBooks(scenario), [seat.role]: seat.book } as Books;
}

/**
 * The sheets the bot expects from everyone else: their public policy carried forward (the rest from the
 * scenario's standing sheets), brought in line with the deals they have signed.
 */
export function expectedSheets(view: PlayerView, scenario: Scenario): MoveSet {
  const start = scenario.standingMoves as MoveSet;
  const policy = view.publicPolicy;
  let moves: MoveSet = {
    tokyo: sheetWith(start.tokyo, {
      retaliatoryTariffPct: policy.retaliatoryTariffPct,
      investmentPledgeBn: policy.investmentPledgeBn,
      farmPurchasesBn: policy.farmPurchasesBn,
    }),
    whiteHouse: sheetWith(start.whiteHouse, {
      tariffPct: policy.tariffPct,
      autoTariffPct: policy.autoTariffPct,
      pause: policy.pause,
      stance: policy.stance,
    }),
    investors: sheetWith(start.investors, {
      researchNote: policy.researchNote as MoveFor<'investors'>['researchNote'],
    }),
    usBusiness: sheetWith(start.usBusiness, { passThroughPct: policy.passThroughPct }),
  };
  for (const deal of dealsInForce(view)) {
    for (const term of deal.terms) moves = complyWith(term, moves, scenario.model);
  }
  const seat = ownSeat(view);
  return { ...moves, [seat.role]: seat.standingMove } as MoveSet;
}

/** A sheet brought in line with terms that bind its role. */
export function complying<R extends RoleId>(
  move: MoveFor<R>,
  terms: readonly Term[],
  scenario: Scenario,
): MoveFor<R> {
  // A term binds one role's sheet only (complySheet leaves any other as it is): the sheet's own are folded in.
  let sheet: MoveSheet = move;
  for (const term of terms) if (term.role === move.role) sheet = complySheet(term, sheet, scenario.model);
  return sheet as MoveFor<R>;
}

/**
 * How far a sheet is projected, and how the others are expected to answer between rounds (a playbook's
 * `sheetLookAhead`): one round and no answer unless a role says otherwise.
 */
export interface SheetLookAhead {
  rounds: number;
  /** The others' sheets for the next projected round, given the market and sheets after the last one. */
  answer?: (market: MarketState, moves: MoveSet) => MoveSet;
}

interface ProjectionInput extends SheetLookAhead {
  own: MoveSheet;
  /** Terms of a deal to assume signed now (its market reaction lands first; every party keeps it). */
  newTerms?: readonly Term[];
  purpose: string;
}

/** A derived, immutable copy per scenario object, made once: scenarios are never mutated. */
const QUIET_SCENARIOS = new WeakMap<Scenario, Scenario>();

/**
 * The scenario with the model's random news switched off: a bot projects the expected path, so that
 * two options differ by what they do, not by one lucky draw (a leveraged fund would otherwise simply
 * bet on whichever way the single draw went).
 */
export function withoutNoise(scenario: Scenario): Scenario {
  const known = QUIET_SCENARIOS.get(scenario);
  if (known) return known;
  const model = Object.fromEntries(
    Object.entries(scenario.model).map(([name, value]) => [name, /Noise/.test(name) ? 0 : value]),
  ) as Scenario['model'];
  const quiet = { ...scenario, model };
  QUIET_SCENARIOS.set(scenario, quiet);
  return quiet;
}

/**
 * The promises the bot's own sheet breaks (deals in force it signed), counted in the round the game makes
 * each breach public: a broken pledge at once, a broken "no net sales" when the holdings report reveals it.
 * A projection without them saw what breaking a deal saves and never the credibility it costs, so a hard
 * opportunist dropped its pledge in the last round and lost 15 points of credibility for it (issue 8).
 */
function ownBreachesByRound(context: BotContext, own: MoveSheet, round: number): ReadonlyMap<number, number> {
  const { role, scenario } = context;
  const mine = remembered(context, 'mySigned', () =>
    viewedDeals(context).filter((deal) => deal.signatories.includes(role)),
  );
  if (mine.length === 0) return NO_BREACHES;
  const byRound = new Map<number, number>();
  for (const broken of brokenPromises(own, mine, scenario.model)) {
    const at = breachPublicFromRound(broken.term, round, scenario.holdingsReportLagRounds);
    byRound.set(at, (byRound.get(at) ?? 0) + 1);
  }
  return byRound;
}

/**
 * What a decision's look-aheads start from, rebuilt once per decision: the market and books its seat
 * sees, as the quiet scenario (`withoutNoise`) models them, and the sheets it expects from the others.
 */
export function viewedMarket(context: BotContext): MarketState {
  return remembered(context, 'market', () => marketFromView(context.view, withoutNoise(context.scenario)));
}

export function viewedBooks(context: BotContext): Books {
  return remembered(context, 'books', () => booksFromView(context.view, withoutNoise(context.scenario)));
}

/** The deals in force this round, as the seat sees them. */
function viewedDeals(context: BotContext): Deal[] {
  return remembered(context, 'inForce', () => dealsInForce(context.view));
}

export function viewedSheets(context: BotContext): MoveSet {
  return remembered(context, 'sheets', () => expectedSheets(context.view, withoutNoise(context.scenario)));
}

/** No deal of the bot's in force, so no breach: shared, never changed. */
const NO_BREACHES: ReadonlyMap<number, number> = new Map();

/** The bot's own score after `rounds` rounds of the given sheets, on the expected path. */
export function projectScore(context: BotContext, input: ProjectionInput): number {
  const { view, role } = context;
  const scenario = withoutNoise(context.scenario);
  let market = viewedMarket(context);
  let books = viewedBooks(context);
  let others = viewedSheets(context);
  const newTerms = input.newTerms ?? [];
  if (newTerms.length > 0) {
    const pricedIn = remembered(context, 'pricedIn', () => termsPricedIn(view));
    market = reactToDeal(market, newTerms, scenario.model, pricedIn);
    for (const term of newTerms) others = complyWith(term, others, scenario.model);
  }
  let moves = { ...others, [role]: input.own } as MoveSet;
  const deals = viewedDeals(context);
  const inForce = deals.length;
  const withTokyo = signedByTokyo(deals) + (newTerms.some((term) => term.role === 'tokyo') ? 1 : 0);
  const rng = botRng(context, `project:${input.purpose}`);
  const firstRound = Math.max(1, view.round);
  const ownBreachesIn = ownBreachesByRound(context, input.own, firstRound);
  for (let step = 0; step < input.rounds; step++) {
    const result = resolveRound(
      market,
      books,
      {
        round: firstRound + step,
        moves,
        dealsInForce: inForce + (newTerms.length > 0 ? 1 : 0),
        dealsWithTokyo: withTokyo,
        breachesByRole: perRole((each) => (each === role ? (ownBreachesIn.get(firstRound + step) ?? 0) : 0)),
      },
      rng,
      scenario,
      { headlines: false },
    );
    market = result.market;
    books = result.books;
    if (input.answer && step + 1 < input.rounds)
      moves = { ...input.answer(market, moves), [role]: input.own };
  }
  // Scored as the live score will be then: with the share of the game resolved by that time.
  const progress = scoringProgress(view.reports.length + input.rounds, view.rounds);
  return scoreTotalFor(role, market, books, scenario, progress, view.rounds);
}

/**
 * The bot's rule sheet for this decision, worked out once: every deal it weighs (its talk may weigh half a
 * dozen) is projected against it, and a fund's rule sheet itself runs the market model.
 */
export function plannedSheet(context: BotContext): SheetChoice {
  return remembered(context, 'ruleSheet', () =>
    (playbookFor(context.role) as RolePlaybook<RoleId>).ruleSheet(context),
  );
}
