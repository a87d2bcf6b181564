import type { MoveSet } from '../protocol/moves.ts';
import type { Signal } from '../protocol/statements.ts';
import type { PerRole, RoleId } from '../roles.ts';

/**
 * The market model's state. Everything here is plain numbers so it snapshots, replays and diffs.
 * Some fields are secret (Tokyo's actual holdings): player views copy only what a seat may see.
 */
export interface MarketState {
  /** 10-year Treasury yield, percent. */
  yield10y: number;
  /** 30-year mortgage rate, percent (10y + spread, the spread lagged one round). */
  mortgageRate: number;
  /** Mortgage–10y spread, basis points. */
  mortgageSpreadBp: number;
  /** Yen per dollar: lower means a stronger yen. */
  usdJpy: number;
  /** US equity index level (S&P 500-like). */
  usEquity: number;
  /** Japanese equity index level (Nikkei-like). */
  japanEquity: number;
  /** VIX-like panic gauge, about 10–80. */
  panic: number;
  /** US import prices of Japanese goods, index (100 at the start). */
  importPrices: number;
  /** US consumer prices, index (100 at the start). */
  consumerPrices: number;
  /** Japan's exports to the US, annualised $bn. */
  japanExportsBn: number;
  /** US businesses' operating margin, percent. */
  businessMargin: number;
  /** The tariff in force on Japanese goods, trade-weighted (headline and autos), percent. */
  effectiveTariffPct: number;
  /** Japan's retaliatory tariff in force, percent. */
  retaliatoryTariffPct: number;
  /** SECRET (Tokyo only): Japan's actual Treasury holdings, $bn. */
  tokyoHoldingsBn: number;
  /** Japan's holdings as of the last official report (public, lagged). */
  reportedHoldingsBn: number;
  /** The round the last official report covers (0 = the starting figure). */
  reportedAsOfRound: number;
  /** SECRET (Tokyo only): mark-to-market value of Japan's holdings, $bn. */
  holdingsValueBn: number;
  /** Each role's credibility, 0–100: how much the market believes its words. */
  credibility: PerRole<number>;
  /** The market's belief that Tokyo is really selling, 0–1. */
  sellingBelief: number;
  /** Model internals that carry from round to round (fading yield effects, pending backstop, lags). */
  internals: MarketInternals;
}

/** Internal carry-over state; the model owns its shape. Public views never include it. */
export interface MarketInternals {
  /** Part of the yield (bp) that fades over the next rounds: flow effects of sales, rumours. */
  transientYieldBp: number;
  /** Backstop bp still to be applied next round (a third to a half lands on announcement). */
  pendingBackstopBp: number;
  /** Number of central-bank backstops so far. */
  backstops: number;
  /** The round the last backstop fired in, or 0. */
  lastBackstopRound: number;
  /** Yield at the start of the current round, percent (to detect a > 50bp round). */
  roundStartYield10y: number;
  /** Net Treasury sales by Tokyo per round, $bn, oldest first (for the lagged report). */
  salesByRound: number[];
  /** Rounds of supply-chain shift already paid for (pays off later). */
  supplyChainRounds: number;
  /** Whether a 90-day pause is in force. */
  pauseActive: boolean;
  /** Signal effects still to fade within the round, bp. */
  signalYieldBp: number;
  /** The round being played now (1 = the first); statements and shocks are dated with it. */
  currentRound: number;
  /** The lasting level of the 10y, percent: yield10y = anchor + (transient + signal + panic and belief premia) / 100. */
  anchorYield10y: number;
  /** Panic level the gauge returns to when nothing happens (the scenario's starting panic). */
  panicBaseline: number;
  /** Weight of the "sell America" regime, 0–1 (0 = flight to quality). */
  sellAmericaWeight: number;
  /** Policy chaos, 0–1: tariff swings and stance reversals; pushes panic towards "sell America". */
  policyChaos: number;
  /** Panic at the last resolution: the mortgage spread follows it one round late. */
  prevRoundPanic: number;
  /** Price of $1 face of Japan's portfolio (1 at the start); moves by −duration × Δyield. */
  portfolioPrice: number;
  /** holdingsValueBn when the books were last updated (for Tokyo's P&L). */
  lastBookedHoldingsValueBn: number;
  /** Levels at the start of the current round (for returns and the round report). */
  roundStartUsEquity: number;
  roundStartJapanEquity: number;
  roundStartUsdJpy: number;
  /** Tariff rates in force (after any pause), percent. */
  headlineTariffPct: number;
  autoTariffPct: number;
  /** The last round the effective tariff changed in, or 0. */
  lastTariffChangeRound: number;
  /** The White House stance in force: −1 conciliatory, 0 neutral, 1 hawkish. */
  stanceScore: number;
  /** US goods exports to Japan, annualised $bn. */
  usExportsToJapanBn: number;
  /** Tokyo's farm purchases and investment pledge in force, $bn. */
  farmPurchasesBn: number;
  investmentPledgeBn: number;
  /** US businesses' pass-through in force, percent. */
  passThroughPct: number;
  /** The round of Tokyo's last threat still to be judged against the holdings report, or 0. */
  tokyoThreatRound: number;
  /** Tokyo's threats the report has found unbacked since it last backed one: a new threat is then a repeat. */
  tokyoThreatsFoundUnbacked: number;
  /** Credibility points the repeats of the threat still to be judged have cost: paid back if the report finds it backed. */
  tokyoThreatRepeatCostPts: number;
  /** The round of Tokyo's last denial still to be checked against the report, or 0. */
  lastDenialRound: number;
  /** One-off approval effects (climb-downs, breaches, lobbying) that fade, points. */
  approvalEventsPts: number;
  /** Share of tariffed imports US businesses have moved elsewhere, 0–1. */
  supplyChainShiftedShare: number;
  /** Shares of imports still being moved, by rounds until they pay off (index 0 = next round). */
  supplyChainPipeline: number[];
  /** The investors' fund weights in force, percent: treasuries, yen, US stocks, Japanese stocks, cash. */
  investorWeights: number[];
  /** Duration of the fund's Treasuries in force. */
  investorDuration: number;
  /** Size of the last central-bank backstop, bp (0 when none yet). */
  lastBackstopBp: number;
  /**
   * The game's background trend of stocks, percent a round (trend.ts): drawn from the game's seed when it
   * starts; absent (no trend) in a market built from the scenario alone, as bots' projections and games
   * stored before it existed are.
   */
  equityTrendPct?: { us: number; japan: number };
  /**
   * What has moved USD/JPY since the round began, log-%, by cause (yen-moves.ts): for the headline that says
   * why the yen swung. Absent in games stored before it existed (read as no move).
   */
  roundYenMovesPct?: YenMoves;
}

/**
 * What moves USD/JPY in the model: panic (the yen is a haven), the market's belief that Tokyo is selling,
 * policy chaos ("sell America"), a shock's own move, Tokyo's hidden flows (intervention and the yen side of
 * its Treasury trades), and the week's news (noise).
 */
export type YenCause = 'panic' | 'sellingBelief' | 'policyChaos' | 'shock' | 'tokyoFlows' | 'news';
export type YenMoves = Readonly<Record<YenCause, number>>;

/** One point of the market path, for charts and the debrief. */
export interface MarketPoint {
  /** Absolute time (ms) the point was taken. */
  at: number;
  round: number;
  yield10y: number;
  mortgageRate: number;
  usdJpy: number;
  usEquity: number;
  japanEquity: number;
  panic: number;
}

/** Each role's private book: what it owns and how it has done. Only its own role sees it. */
export interface Books {
  tokyo: {
    /** Cumulative mark-to-market gain (+) or loss (−) on the Treasury portfolio, $bn. */
    portfolioPnlBn: number;
    /** Sales and purchases so far, $bn, per round. */
    netSalesBn: number[];
    exportsLostBn: number;
    /**
     * What Japan's investment pledge and farm purchases cost it, $bn: booked once on the largest commitment
     * made, since a promise to a trading partner is not taken back without a price (pledgeCostShare).
     */
    commitmentsCostBn: number;
  };
  whiteHouse: {
    /** Approval rating, percent. */
    approval: number;
    /** Goods deficit with Japan, annualised $bn. */
    deficitWithJapanBn: number;
  };
  investors: {
    /** Fund value, 100 at the start. */
    fundValue: number;
    /** Benchmark (60/40 US stocks/Treasuries) value, 100 at the start. */
    benchmarkValue: number;
    /** The fund's return over the last round, percent. */
    lastReturnPct: number;
    /**
     * Active variance, %²: the sum over rounds of the squared return against the benchmark. What the
     * fund's mandate charges for the risk it took away from the benchmark (scoring: `fundValueAddedPct`).
     */
    activeVariance: number;
    /**
     * Each round resolved, the lowest and highest return a legal allocation could have earned, and the
     * benchmark's, percent: the round's market moves at the maximum leverage (investors.ts,
     * `legalReturnRange`). The fund's scores bend to reach these (scoring/reach.ts).
     */
    legalRange: { lowPct: number; highPct: number; benchmarkPct: number }[];
  };
  usBusiness: {
    /** Cumulative profit versus the no-tariff path, $bn. */
    profitBn: number;
    /** The same for a peer that kept the starting sheet in the same market, $bn: profit above it is the edge. */
    peerProfitBn: number;
    /** Borrowing cost, percent: the hedged share at its locked rate, the rest floating. */
    borrowingCostPct: number;
    /** Sales volume index, 100 at the start. */
    salesIndex: number;
    /** Rounds until a supply-chain shift pays off, 0 when none is under way. */
    supplyChainReadyInRounds: number;
    /** Share of its tariffed imports that product exclusions won by lobbying spare the tariff, 0–1 (from the round after). */
    exclusionShare: number;
    /** Share of borrowing hedged, percent, and the rate it is locked at (struck when bought, premium included). */
    hedgedPct: number;
    hedgeRatePct: number;
    /** Rounds booked so far, and the sales index and borrowing cost averaged over them (the start before any). */
    roundsBooked: number;
    meanSalesIndex: number;
    meanBorrowingCostPct: number;
  };
}

/** A line of news or report, translated by the client: `key` names a message, `params` fill it. */
export interface Headline {
  key: string;
  params?: Record<string, string | number>;
}

/** A shock from the scenario's library, injected by the facilitator or scheduled. */
export interface ShockEffect {
  yieldBp?: number;
  usEquityPct?: number;
  japanEquityPct?: number;
  usdJpyPct?: number;
  panic?: number;
  sellingBelief?: number;
  /** Treat as a central-bank backstop: yields fall by this many bp over two rounds. */
  backstopBp?: number;
}

/** What the model needs to resolve a round. */
export interface RoundInputs {
  round: number;
  /** Every role's sheet for this round (a missing sheet has already been replaced by the standing policy). */
  moves: MoveSet;
  /** Pledges and caps from signed deals in force (for credibility and market reaction). */
  dealsInForce: number;
  /** Of those, the deals Tokyo has signed: a tariff cut under one was traded with Japan, not a climb-down. */
  dealsWithTokyo: number;
  /** Breaches made public this round, by role. */
  breachesByRole: PerRole<number>;
}

export interface RoundResult {
  market: MarketState;
  books: Books;
  /** What happened, in order, for the round report and the news ticker. */
  headlines: Headline[];
  /** True when central banks stepped in this round. */
  backstop: boolean;
}

export interface StatementReaction {
  market: MarketState;
  headline?: Headline;
}

export type { RoleId, Signal };
