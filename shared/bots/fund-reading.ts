import { dealsInForce, signedByTokyo } from '../game/deals.ts';
import type { PlayerView } from '../game/player-view.ts';
import { levelsOf } from '../market/books.ts';
import { resolveRound } from '../market/index.ts';
import { assetReturns, durationOf, returnOfWeights, weightsOf } from '../market/investors.ts';
import type { ModelParams } from '../market/params.ts';
import { tokyoWordPremiumBp } from '../market/statements.ts';
import type { Books } from '../market/types.ts';
import { type Allocation, DURATIONS, type InvestorsMove, MAX_FUND_WEIGHT_PCT } from '../protocol/moves.ts';
import { perRole } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import { type BotContext, botRng, remembered } from './context.ts';
import { viewedBooks, viewedMarket, viewedSheets, withoutNoise } from './projection.ts';
import { lastSignal, ownSeat, tariffCapInForce } from './reading.ts';

/**
 * What a hard fund reads before it positions: the week's expected moves, from the model run without news
 * under the sheets it expects, and their risk, from the panic gauge and what a round has moved each market
 * so far. An easy fund follows its temperament's fixed mix; a hard one sizes its bet by this reading and by
 * the active-variance charge its score makes for every bet.
 */

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The fund's benchmark as an allocation: 60% US stocks, 40% Treasuries (market/investors.ts). */
export const BENCHMARK_MIX: Allocation = {
  treasuries: 40,
  yen: 0,
  usEquities: 60,
  japanEquities: 0,
  cash: 0,
};

/** The fund's markets in the order of `weightsOf`: Treasuries, the yen, US stocks, Japanese stocks, cash. */
const RISKY = 4;

/** What a hard fund expects of the week: each market's return over the resolution, percent, per duration. */
export interface WeekOutlook {
  /** Expected return per market, percent, Treasuries at the given duration. */
  expected: (duration: InvestorsMove['treasuryDuration']) => number[];
  /** The benchmark's expected return, percent. */
  benchmark: number;
  /** Each market's risk over a week, percent (one standard deviation), Treasuries at the given duration. */
  risk: (duration: InvestorsMove['treasuryDuration']) => number[];
}

/**
 * The week as a hard fund reads it. Its expected returns come from the model run once without news under
 * the sheets it expects from everyone (what panic, fading scares and deals in force will do by themselves);
 * its risk from the panic gauge read as the VIX, the options market's price of a year's volatility of US
 * stocks (a week is that over √52), with the other markets in the proportions of the model's own weekly news.
 */
export function weekOutlook(context: BotContext): WeekOutlook {
  return remembered(context, 'fund:outlook', () => {
    const { view } = context;
    const scenario = withoutNoise(context.scenario);
    const params = context.scenario.model;
    const market = viewedMarket(context);
    const sheets = viewedSheets(context);
    const saleBn = Math.round(pricedSaleBn(view, params));
    const moves =
      saleBn > 0
        ? { ...sheets, tokyo: { ...sheets.tokyo, treasuryAction: 'sell' as const, treasuryAmountBn: saleBn } }
        : sheets;
    const result = resolveRound(
      market,
      viewedBooks(context),
      {
        round: Math.max(1, view.round),
        moves,
        dealsInForce: tariffCapInForce(view) === null ? 0 : 1,
        // What Tokyo has signed moves only the White House's approval, not the week's markets; kept true anyway.
        dealsWithTokyo: signedByTokyo(dealsInForce(view)),
        breachesByRole: perRole(() => 0),
      },
      botRng(context, 'fund:outlook'),
      scenario,
      { headlines: false },
    );
    const [from, to] = [levelsOf(market), levelsOf(result.market)];
    const expected = (duration: InvestorsMove['treasuryDuration']) =>
      assetReturns(durationOf(duration, params), from, to, true, params).map((each) => each * 100);
    const stocksPct = market.panic / Math.sqrt(params.roundsPerYear);
    const perNews = stocksPct / params.usEquityNoisePctPerRound;
    const realized = realizedRoundMoves(view, context.scenario);
    const risk = (duration: InvestorsMove['treasuryDuration']) => [
      (durationOf(duration, params) * Math.max(params.yieldNoiseBpPerRound * perNews, realized.yieldBp)) /
        100,
      Math.max(params.usdJpyNoisePctPerRound * perNews, realized.usdJpyPct),
      Math.max(stocksPct, realized.usEquityPct),
      Math.max(params.japanEquityNoisePctPerRound * perNews, realized.japanEquityPct),
      0,
    ];
    const benchmarkReturns = expected('medium');
    const benchmark =
      BENCHMARK_MIX.treasuries * benchmarkReturns[0]! * 0.01 +
      BENCHMARK_MIX.usEquities * benchmarkReturns[2]! * 0.01;
    return { expected, benchmark, risk };
  });
}

/**
 * The sale Tokyo's latest words price in, $bn, as a fund that takes them at the market's own price reads
 * it. A hint or a threat lifts the 10-year by its premium at Tokyo's credibility (`hintBp`, `threatBp`, ×
 * `credibilityScale`); a sale lifts it `flowBpPer100Bn` per $100bn; so the words price the sale that would
 * move yields as far (a threat at full credibility, 14bp: a $39bn sale). The model run without news
 * expected Tokyo to hold whatever it said, and lost every week a hawkish Tokyo sold (docs/game-design.md,
 * investors, iv9). None after a denial or no words, and none while a deal caps the tariff: the cap is what
 * the words were for.
 */
export function pricedSaleBn(view: PlayerView, params: ModelParams): number {
  if (tariffCapInForce(view) !== null) return 0;
  const signal = lastSignal(view, 'tokyo');
  if ((signal !== 'threat' && signal !== 'hint') || params.flowBpPer100Bn <= 0) return 0;
  return (tokyoWordPremiumBp(signal, view.market.credibility.tokyo, params) * 100) / params.flowBpPer100Bn;
}

/** The root-mean-square move of each market over the rounds resolved so far: how far a round has taken it. */
function realizedRoundMoves(view: PlayerView, scenario: Scenario) {
  const levels = [scenario.startingMarket, ...view.reports.map((report) => report.market), view.market];
  const sums = { yieldBp: 0, usdJpyPct: 0, usEquityPct: 0, japanEquityPct: 0 };
  for (let index = 1; index < levels.length; index++) {
    const [from, to] = [levels[index - 1]!, levels[index]!];
    sums.yieldBp += ((to.yield10y - from.yield10y) * 100) ** 2;
    sums.usdJpyPct += ((to.usdJpy / from.usdJpy - 1) * 100) ** 2;
    sums.usEquityPct += ((to.usEquity / from.usEquity - 1) * 100) ** 2;
    sums.japanEquityPct += ((to.japanEquity / from.japanEquity - 1) * 100) ** 2;
  }
  const rounds = Math.max(1, levels.length - 1);
  return {
    yieldBp: Math.sqrt(sums.yieldBp / rounds),
    usdJpyPct: Math.sqrt(sums.usdJpyPct / rounds),
    usEquityPct: Math.sqrt(sums.usEquityPct / rounds),
    japanEquityPct: Math.sqrt(sums.japanEquityPct / rounds),
  };
}

/**
 * How many standard errors behind its benchmark the fund's record must be before it stops betting. A
 * skill-less fund's realised information ratio (return against the benchmark over the spread of its bets)
 * is about normal with spread 1; the three-sigma rule reads a record three standard errors behind as
 * evidence of no skill, where anything less is as likely to be luck (a normal variable is beyond −3 about
 * once in 740 draws). At one (session 7's rule) a single losing first week, whose ratio is exactly −1, shut
 * the fund's forecast off for the whole game (docs/game-design.md, investors, iv8).
 */
export const RECORD_STANDARD_ERRORS = 3;

/**
 * How far the fund trusts its forecast: as far as its record leaves it credible (Grinold and Kahn's
 * information coefficient, read off its own record). The record is the fund's return against the benchmark
 * over the spread of its round-by-round bets so far, its realised information ratio: read as evidence, not
 * a verdict, a losing record shrinks the next bet by the ratio over `RECORD_STANDARD_ERRORS` and stops it
 * once the record is that many standard errors behind; a winning or an empty record leaves the forecast in
 * full. The model run without news expects a scare to fade; at a table where escalation keeps coming it
 * does not, and the record says so round after round.
 */
export function forecastTrust(book: Books['investors']): number {
  if (book.activeVariance <= 0) return 1;
  const excessPct = (book.fundValue / book.benchmarkValue - 1) * 100;
  return clamp(1 + excessPct / Math.sqrt(book.activeVariance) / RECORD_STANDARD_ERRORS, 0, 1);
}

/**
 * The bet that the fund's mandate pays best for (Grinold and Kahn, ch. 5): value added is the active return
 * less λ × its square, so each market's active weight is its expected active return over 2λ × its risk²,
 * all shrunk by 1 + 2λK (K the squared edges over the same) for the charge on the expected return itself.
 * Then it is fitted inside the legal limits without turning any bet round, and weighed at each duration.
 */
export function sizedBet(context: BotContext): {
  allocation: Allocation;
  duration: InvestorsMove['treasuryDuration'];
  edgePct: number;
  stocksRiskPct: number;
} {
  const outlook = weekOutlook(context);
  const aversion = context.scenario.scoring.activeRiskAversion;
  const params = context.scenario.model;
  const trust = forecastTrust(ownSeat(context.view).book as Books['investors']);
  let best = {
    allocation: BENCHMARK_MIX,
    duration: 'medium' as InvestorsMove['treasuryDuration'],
    edgePct: 0,
    value: 0,
  };
  for (const duration of DURATIONS) {
    const expected = outlook.expected(duration);
    const risk = outlook.risk(duration);
    // The benchmark's Treasuries in units of this duration, so the fund's own line carries the same risk.
    const benchmark = weightsOf(BENCHMARK_MIX).map((weight, index) =>
      index === 0 ? (weight * params.durationMedium) / durationOf(duration, params) : weight,
    );
    const edges = expected.map((each, index) => (index < RISKY ? each - expected[4]! : 0));
    const squared = edges.reduce(
      (sum, edge, index) =>
        index < RISKY && risk[index]! > 0 ? sum + edge ** 2 / (2 * aversion * risk[index]! ** 2) : sum,
      0,
    );
    const shrink = trust / (1 + 2 * aversion * squared);
    const active = edges.map((edge, index) =>
      index < RISKY && risk[index]! > 0 ? (edge / (2 * aversion * risk[index]! ** 2)) * shrink * 100 : 0,
    );
    const weights = withinLimits(benchmark, active);
    // Borrowing included: a book past 100% pays the cash rate and the broker's spread on the excess, so a
    // benchmark rebuilt at a short duration on margin is a cost, not free carry.
    const returns = expected.map((each) => each / 100);
    const activeReturn = returnOfWeights(weights, returns, true, params) * 100 - outlook.benchmark;
    const activeRisk = weights.reduce(
      (sum, weight, index) => sum + (((weight - benchmark[index]!) / 100) * risk[index]!) ** 2,
      0,
    );
    const value = activeReturn - aversion * (activeReturn ** 2 + activeRisk);
    if (value > best.value) {
      best = { allocation: allocationOf(weights), duration, edgePct: activeReturn, value };
    }
  }
  return {
    allocation: best.allocation,
    duration: best.duration,
    edgePct: best.edgePct,
    stocksRiskPct: outlook.risk(best.duration)[2] ?? 0,
  };
}

/**
 * The benchmark plus `active` (percent) inside the legal limits: a market cannot be held short, so an
 * underweight stops at nothing held; the overweights shrink together until the total is at most 2×; what is
 * left below 100% sits in cash.
 */
function withinLimits(benchmark: readonly number[], active: readonly number[]): number[] {
  const wanted = benchmark.slice(0, RISKY).map((weight, index) => Math.max(0, weight + active[index]!));
  const over = wanted.reduce((sum, weight, index) => sum + Math.max(0, weight - benchmark[index]!), 0);
  const base = wanted.reduce((sum, weight, index) => sum + Math.min(weight, benchmark[index]!), 0);
  const share = over > 0 ? clamp((MAX_FUND_WEIGHT_PCT - base) / over, 0, 1) : 1;
  const weights = wanted.map((weight, index) =>
    Math.floor(Math.min(weight, benchmark[index]!) + share * Math.max(0, weight - benchmark[index]!)),
  );
  const invested = weights.reduce((sum, weight) => sum + weight, 0);
  return [...weights, Math.max(0, 100 - invested)];
}

/**
 * The whole-percent weights as a sheet's allocation. Each is made a small integer (`| 0`, which changes no
 * whole number): the weights come from arithmetic on fractions, and once optimised that arithmetic hands
 * back even a whole number as a boxed double, which would widen the hidden class every allocation in the
 * process shares to doubles and throw away the optimised code of the market model that reads them.
 */
function allocationOf(weights: readonly number[]): Allocation {
  const [treasuries = 0, yen = 0, usEquities = 0, japanEquities = 0, cash = 0] = weights;
  return {
    treasuries: treasuries | 0,
    yen: yen | 0,
    usEquities: usEquities | 0,
    japanEquities: japanEquities | 0,
    cash: cash | 0,
  };
}
