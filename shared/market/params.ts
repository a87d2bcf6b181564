import { z } from 'zod';

/**
 * The market model's parameters. Each is documented, with its source or marked as a judgement, in
 * docs/market-model.md. They live in the scenario so that a second scenario can recalibrate the model.
 * Units are in the names: Bp = basis points, Pct = percent, Pp = percentage points, Pt = panic-gauge
 * points, Bn = $ billions, Share/Retention = a fraction 0–1. "Per round" means one "week" of the game.
 */
const share = z.number().min(0).max(1);
const bp = z.number().min(0).max(500);
const pct = z.number().min(0).max(100);
const coefficient = z.number().min(0).max(50);
const seconds = z.number().positive().max(100_000);

export const ModelParamsSchema = z.strictObject({
  // --- Treasury flows --------------------------------------------------------------------------
  /** Short-run 10y move per $100bn of net official sales, bp. KC Fed survey (2025): ≈40; Beltran et al. (2013): 40–60 (5y). */
  flowBpPer100Bn: bp,
  /** Share of the flow effect that lasts. Beltran et al. (2013): ≈20bp long run of 40–60 short run: 20/50 = 0.4, inside a third to a half. */
  flowLastingShare: share,
  /** Share of the fading flow effect that fades each round. [judgement] "about half over 1–3 rounds" (calibration mapping 1). */
  transientFadePerRound: share,
  /** Private buyers absorb more as yields rise: the flow effect is divided by 1 + rise/absorptionBp. [judgement] (mapping 2; 2025 TIC). */
  absorptionBp: z.number().min(10).max(10_000),
  /** Net sales when Tokyo intervenes to buy yen, $bn (reserves are sold). MoF: a day's intervention 2022–24 averaged ≈$31bn. */
  yenInterventionBn: z.number().min(0).max(200),
  /** Net sales when Tokyo skips auctions (maturing bills not rolled over), $bn. [est] roughly $20bn a month of Japan's $1.1tn. */
  skipAuctionsBn: z.number().min(0).max(200),

  // --- Public words, rumours and belief ----------------------------------------------------------
  /** A Tokyo hint at full credibility, bp. Calibration mapping 2 (+3 to +10bp); China rumour Jan 2018 +5bp. */
  hintBp: bp,
  /** A Tokyo threat at full credibility, bp. Calibration mapping 2 (credible threat +10 to +25bp). */
  threatBp: bp,
  /**
   * Rise in sellingBelief per bp of yield premium a Tokyo hint or threat adds, at full credibility.
   * [judgement] the market reads a threat as a louder hint, not another kind of news: one scale for both
   * words (a hint's 5bp: belief +0.09; a threat's 14bp: +0.25).
   */
  signalBeliefPerBp: z.number().min(0).max(0.2),
  /**
   * Panic points per unit rise of sellingBelief, whatever raised it: fear follows the suspicion that Tokyo
   * sells. [judgement] a hint's +0.09 of belief brings +1 point (100/9), a threat's +2.8; an unexplained
   * bp, read as 0.005 of belief, +0.056 (until session 8 a word's `signalPanicPerBp` 0.2 a bp and an
   * unexplained move's `panicPerUnexplainedBp` 0.1 a bp stated this rule at two sizes).
   */
  panicPerSellingBelief: coefficient,
  /** Credibility scale = floor + (1 − floor) × credibility/100. [judgement] */
  credibilityFloorScale: share,
  /** Share of a signal reversed by a denial at credibility 0 and 100. Calibration mapping 2 (50–100%); China 2018 fully reversed. */
  denialReversalMin: share,
  denialReversalMax: share,
  /**
   * Half-life of what the market heard while people talk, seconds: words (the signal part of the 10y) and
   * panic above its baseline fade at one pace between resolutions. [judgement] twenty minutes, so a
   * three-minute negotiation keeps about 90% of both; until session 5 words had their own 900 s.
   */
  talkHalfLifeSeconds: seconds,
  /** Yield premium when the market is sure Tokyo is selling (belief 1), bp. [judgement] */
  beliefYieldBp: bp,
  /** sellingBelief at rest. [judgement] */
  beliefPrior: share,
  /**
   * Share of what one piece of news did to the public that fades each round without fresh evidence: the
   * market's suspicion that Tokyo sells, towards its prior, and voters' one-off approval events (a public
   * breach, lobbying's pressure). [judgement] about half in two rounds (0.7² ≈ 0.49): the public forgets a
   * story at one pace whether it trades on it or votes on it (until session 11 `beliefReversionPerRound`
   * 0.3 and `approvalEventRetention` 0.7 stated it twice).
   */
  newsFadePerRound: share,
  /**
   * Rise in sellingBelief per bp of evidence that Tokyo is selling: a yield move the public cannot explain,
   * or sales an official report reveals, each $100bn read as the move it makes (`flowBpPer100Bn`).
   * [judgement] one size for the same evidence, seen in the price or in the report (until session 7 the
   * report had its own `reportBeliefPer100Bn` 0.2 per $100bn; 0.005 × 36bp is 0.18).
   */
  beliefPerUnexplainedBp: z.number().min(0).max(0.1),
  /**
   * Share of sellingBelief above the prior that goes when a report reveals no sales, or Tokyo signs a promise
   * of no net sales. [judgement] strong but not final evidence: a later report could still show sales; a
   * signed promise is read as a clean report (until session 6 its own `dealNoNetSalesBeliefCut` 0.4).
   */
  reportNoSalesBeliefCut: share,
  /**
   * "It's a bluff" works when Tokyo's credibility is below this. [judgement] A call that works is read as a
   * denial from the other side: it takes back the least a denial does (`denialReversalMin`) of the words'
   * premium and of the belief above the prior; a call on a credible Tokyo is one hawkish step more
   * (`stancePanic`). Until session 6 three [judgement] sizes of their own (belief −0.15, signal −30%, panic +2).
   */
  callBluffCredibility: pct,
  /**
   * White House tone, per step towards hawkish or conciliatory at full credibility: panic points and stocks %
   * (a hawkish step dents US stocks; a conciliatory one lifts both markets). [judgement] one size each way:
   * no published figure tells a tougher word from a softer one of the same weight.
   */
  stancePanic: coefficient,
  stanceEquityPct: coefficient,
  /** A neutral tone calms panic by this share of a conciliatory one. [judgement] no news is mild relief after a hawkish run. */
  neutralCalmShare: share,
  /**
   * A private player's public word at full credibility, one size for the fund's research note and a
   * business's warning: a White House tone step from a smaller voice, this share of its stocks % and panic
   * (`stanceEquityPct`, `stancePanic`: two thirds, 0.33% and 1 point), and `privateWordYieldBp` on the 10y. A note moves
   * all three (bullish: stocks up, panic and the 10y down); a layoffs warning dents stocks and adds panic, a
   * prices warning lifts the 10y. [judgement] "moves markets slightly": the market weighs a fund's word and a
   * firm's alike, below the White House's tone, and a word that dents stocks frightens in the same
   * proportion whoever says it (until session 8 `privateWordUsEquityPct` 0.4 and `privateWordPanic` 1).
   */
  privateWordShare: share,
  privateWordYieldBp: bp,

  // --- Panic ------------------------------------------------------------------------------------
  /** Bounds of the VIX-like gauge. Calibration mapping 3 (15–80; April 2025 peaked 52–60). */
  panicMin: z.number().min(0).max(100),
  panicMax: z.number().min(0).max(100),
  /**
   * Share of panic above its baseline kept from one round to the next. VIX above 21.51: 8.14 (17 Apr) → 3.34
   * (25 Apr 2025). Words' yield premium and policy chaos are the same fear and keep the same share (until
   * session 6 `signalFadePerRound` 0.5 and `chaosRetentionPerRound` 0.5, both [judgement]).
   */
  panicRetentionPerRound: share,
  /** Panic points per point of effective tariff raised / cut. April 2025: VIX 21.5 → 45.3 at the 4 April close for +14.35pp: 23.8 / 14.35 ≈ 1.66. */
  panicPerTariffPp: coefficient,
  panicPerTariffCutPp: coefficient,
  /**
   * A point of Japan's retaliatory tariff moves panic and both stock markets by this share of what a point of
   * the US tariff does (`panicPerTariffPp`, `usEquityPctPerTariffPp`). [judgement] under a fifth: Japan's
   * duty taxes US exports to Japan, a smaller flow than the imports the US tariff stands for; 0.3 panic
   * points and 0.081% of stocks a point (until session 8 `panicPerRetaliationPp` 0.3 and `equityPctPerRetaliationPp`
   * 0.1 stated that one reasoning at two sizes).
   */
  retaliationShareOfTariff: share,
  /** Flight to quality: 10y bp per panic point above baseline (yields fall). April 2025: 4.13% → 3.95% as VIX rose ~25. */
  flightBpPerPanicPt: coefficient,
  /** "Sell America": 10y bp per panic point above baseline (yields rise). Calibration mapping 3 (+5–10bp per 10 points). */
  sellAmericaBpPerPanicPt: coefficient,
  /** Weight of the sell-America regime per unit of sellingBelief above its prior. [judgement] */
  sellAmericaPerBelief: coefficient,
  /**
   * Policy chaos per point of effective tariff change when tariffs also moved last round; per stance swing.
   * [judgement] It fades at panic's pace (`panicRetentionPerRound`): chaos is the fear of the next policy
   * turn, and fear left the VIX at that pace in April 2025 (until session 6 its own 0.5 a round).
   */
  chaosPerTariffPp: z.number().min(0).max(1),
  chaosPerStanceSwing: share,

  // --- Backstop -----------------------------------------------------------------------------------
  /**
   * Central banks step in when the 10y rises more than this in a round, bp (calibration mapping 4), or panic
   * exceeds the level while the 10y rises: VIX closes of 45–52 in April 2025 brought no action, closes of
   * 54–75 preceded the Fed's 15 March 2020 action (CBOE VIX history).
   */
  backstopRiseTriggerBp: z.number().min(0).max(1000),
  backstopPanicTrigger: z.number().min(0).max(200),
  /**
   * Backstop size bounds, bp: Williams (2013); D'Amico & King (2013): −20 to −60bp. Within them central banks
   * buy until they have undone the rise beyond the trigger, bp for bp, and the yield that panic beyond its
   * trigger adds in a selling market (`sellAmericaBpPerPanicPt`), from the smallest operation on record
   * (until session 6 three [judgement] sizes: a 30bp base, 0.5 per bp of excess rise, 1 per panic point).
   */
  backstopMinBp: bp,
  backstopMaxBp: bp,
  /** Share landing on announcement; the rest lands next round. Calibration mapping 4 (a third to a half); BoE Sep 2022. */
  backstopAnnouncementShare: share,
  /**
   * Panic points removed by an announcement: the VIX's fall on the day of three backstops (Cboe closes), the
   * ECB's €750bn programme (76.45 → 72.00, 19 March 2020), the Fed's open-ended purchases (66.04 → 61.59,
   * 23 March 2020) and the Bank of England's gilt purchases (32.60 → 30.18, 28 September 2022): 4.45, 4.45
   * and 2.42, mean 3.77. (The Fed's Sunday cut and $700bn of 15 March 2020 came before a day the VIX rose
   * 24.9 points to its record close on the spread of the virus: it is not counted.)
   */
  backstopPanicRelief: coefficient,
  /**
   * Rounds before central banks act again. The Bank of England's gilt backstop: first purchases on
   * 28 September 2022; none added the week after as yields climbed back (The Times, 5 October 2022); doubled
   * and widened to index-linked gilts a fortnight later, 10–11 October, when yields "jumped again".
   */
  backstopCooldownRounds: z.number().int().min(1).max(20),

  // --- Deals ---------------------------------------------------------------------------------------
  /** The Nikkei's direct rally on a deal capping the tariff, %: signing adds what the cut (tariffCutRecoveryShare of the Nikkei's raise slope) does not. 22 Jul 2025 deal (15%, $550bn): Nikkei +~4% (calibration.md, episodes). */
  dealCapNikkeiRallyPct: coefficient,
  /**
   * The same deal's US stocks % and panic points removed. 23 July 2025, the day after the deal: S&P 500
   * +0.78% (6,309.62 → 6,358.91; Dow +1.14%, Nasdaq +0.61%) and the VIX −6.9% to 15.37 (−1.13 points)
   * (MT Newswires; Zacks, "Stock Market News for Jul 24, 2025").
   */
  dealCapUsEquityPct: coefficient,
  dealCapPanicRelief: coefficient,
  /**
   * A deal without a tariff cap (pledges, sales promises) moves US and Japanese stocks and panic by this share
   * of a capping deal's moves. [judgement] less news than a cap: a third.
   */
  dealOtherShare: share,

  // --- Mortgages ----------------------------------------------------------------------------------
  /** Floor and cap of the mortgage–10y spread, bp. NAHB/CME: historical 168–180, 2023 peak ~325. */
  mortgageSpreadCalmBp: bp,
  mortgageSpreadCapBp: bp,
  /** Spread widening per panic point above baseline, bp. Freddie Mac PMMS: the 30-year less the 10y ran 229bp the week before 2 Apr 2025 and 244bp on average over the four weeks after (+15bp) for the April panic's ≈24 points a round later. */
  mortgageSpreadPerPanicPt: coefficient,

  // --- Tariffs, prices and trade ---------------------------------------------------------------------
  /** Autos' share of US imports from Japan. AP/USTR 2024: $52bn of $148bn. */
  autoImportShare: share,
  /** Headline and auto rate while a pause is in force, %. 9 April 2025 precedent. */
  pauseTariffPct: pct,
  /** Share of the tariff Japanese exporters absorb in their dollar prices. Goldman Sachs (2025) 14% early; calibration: up to ~20%. */
  exporterAbsorption: share,
  /** Year-one trade elasticity. Boehm, Levchenko & Pandalai-Nayar (2023): −0.76. */
  tradeElasticity: z.number().min(-10).max(0),
  /** The tariff at which the scenario's starting exports were measured, %. Yale Budget Lab: 2.4% average effective tariff before 2025. */
  tradeReferenceTariffPct: pct,
  /** Share of the gap to the year-one trade volume closed each round. [judgement] game time is compressed */
  tradeAdjustPerRound: share,
  /** Consumer prices, points per point of tariff passed to customers. [calc] Cavallo et al. (2025): +0.7pp CPI for ~14.6pp × 20%. */
  cpiPerPassedTariffPp: coefficient,
  /** Share of the gap to target consumer prices closed each round. [judgement] */
  cpiAdjustPerRound: share,

  // --- Equities and the yen ------------------------------------------------------------------------
  /**
   * US / Japanese stocks, % per point of effective tariff raised. April 2025: S&P ≈ −10%, Nikkei −7.8%, each
   * with the panic and (for the Nikkei) the stronger yen's channels: the slope is what they leave.
   */
  usEquityPctPerTariffPp: coefficient,
  japanEquityPctPerTariffPp: coefficient,
  /**
   * A point of effective tariff cut gives back this share of what a point raised cost each stock market
   * (`usEquityPctPerTariffPp`, `japanEquityPctPerTariffPp`): one share for both. 9 Apr pause S&P +9.5% (every
   * country's rate was paused: the game's tariff stands for the policy as a whole): 0.35% a point of cut
   * against 0.45% a point raised, 7/9. Until session 8 the Nikkei's cut slope was its own [judgement] 0.08
   * (`japanEquityPctPerTariffCutPp`: the 22 Jul deal's Nikkei +4% split between the cut and the signing, which
   * no figure separates); now 0.163, so a cut gives back the same share of the damage in Tokyo as in New York,
   * and the signing adds what the cut leaves of the +4% (`dealCapNikkeiRallyPct`).
   */
  tariffCutRecoveryShare: coefficient,
  /** Extra US stocks % when a pause starts (the political backstop). S&P 500 +7.6% from the 8 to the 11 Apr 2025 close (+9.5% on the day): the premium that, with the cut's slope and the calmer panic, gives the pause round +7.6% on average. */
  pauseUsEquityPct: coefficient,
  /** Stocks % per panic point. [judgement] sized so the April 2025 episode lands in range. */
  usEquityPctPerPanicPt: coefficient,
  japanEquityPctPerPanicPt: coefficient,
  /** US stocks % per bp of 10y move. [judgement] */
  usEquityPctPerYieldBp: coefficient,
  /** Nikkei % per 1% weaker yen (exporters). Bank of America (May 2024): Topix 500 operating profit +0.5% per yen, ≈0.77% per 1% at ¥150. */
  japanEquityPerUsdJpyPct: coefficient,
  /** USD/JPY % per panic point (the yen as a haven). April 2025: 149.6 → 145.2 (−2.9%). */
  usdJpyPctPerPanicPt: coefficient,
  /** USD/JPY % per unit of sellingBelief. China rumour Jan 2018: dollar −0.6% against a basket, −1.2% against the yen. */
  usdJpyPctPerBelief: coefficient,
  /** USD/JPY % moved by a yen intervention. MoF interventions 2022–24 moved it 2.2–4.6% intraday. */
  yenInterventionPct: coefficient,

  // --- Noise ----------------------------------------------------------------------------------------
  /** The 10y's standard deviation per round (at resolution), bp. [judgement] below real weekly volatility, so that players' moves dominate. */
  yieldNoiseBpPerRound: bp,
  /**
   * US stocks' standard deviation per round, %. With the background trend a quiet week moves the S&P 500
   * 9.95% a year: no calmer than the VIX's lowest close (9.14, 3 November 2017, Cboe), within its long-run
   * standard deviation (15.2% a year, Profolio Capital), which counts the crises too.
   */
  usEquityNoisePctPerRound: coefficient,
  /** The Nikkei's, USD/JPY's and panic's standard deviations per round. [judgement] as the 10y's. */
  japanEquityNoisePctPerRound: coefficient,
  usdJpyNoisePctPerRound: coefficient,
  panicNoisePerRound: coefficient,
  /**
   * The ticks' noise per √minute of talk, as a share of each series' round noise: ticks and resolution draw
   * from the same week of unscheduled news, so one share keeps their proportions. [judgement] about a third:
   * over a three-minute negotiation the ticks add some 60% of a round's noise, and the sealed moves stay the
   * larger part of what happens in a round.
   */
  tickNoiseSharePerSqrtMinute: share,

  // --- Books ------------------------------------------------------------------------------------------
  /** Modified duration of Japan's portfolio. Calibration mapping 8 (5–6; 10y notes ≈8). */
  tokyoPortfolioDuration: coefficient,
  /** Investors' Treasury durations (short / medium / long): [calc] 2y, 7y and 30y par notes at spring-2025 yields. */
  durationShort: coefficient,
  durationMedium: coefficient,
  durationLong: coefficient,
  /** Cash and borrowing rate, % a year: the effective fed funds rate of spring 2025 (4.25–4.50% range). */
  cashRatePct: pct,
  /** Weeks in a year: a round is a week. */
  roundsPerYear: z.number().min(1).max(365),
  /**
   * Share of what the exposed businesses sell that is tariffed imports. [calc] They buy Japanese parts, cars and
   * machinery, so the imported content of a vehicle sold in the US: parts are nearly 75% of its value added
   * (Chicago Fed, 3 May 2019; Klier and Rubenstein 2008); about 25% of the parts used in the US were imported
   * in 2006 (Chicago Fed Letter 243, 2007): 0.19; the other carmakers' US fleets held 33% US and Canadian
   * parts content in 2018 (AALA, sales-weighted; American Automotive Policy Council), 67% from elsewhere:
   * 0.50 (the Detroit Three's 50%: 0.375). 0.3 lies between.
   */
  businessImportContent: share,
  /**
   * Demand elasticity of business sales to its own price rise. Sized so that a business pricing for profit
   * passes on what consumers were found to bear eventually: Goldman Sachs put it at 67% (Hatzius et al.,
   * 10 August 2025) and 55% (Peng and Mericle, 12 October 2025) of the 2025 tariffs' cost; at 7 the profit-best
   * pass-through at the 24% tariff is 73% of what exporters leave, 62% of the duty (Lerner's rule at the 11%
   * margin gives about 9; rivals paying the same tariff raise prices too, so a little less).
   */
  businessDemandElasticity: coefficient,
  /** Annual sales of the exposed US businesses, $bn. [judgement] */
  businessSalesBn: z.number().positive().max(100_000),
  /** Sales index elasticity to US stocks (the economy). [judgement] */
  businessSalesEquityBeta: coefficient,
  /**
   * Corporate spread over the 10y and its widening per panic point, bp. 2 April 2025: between the ICE BofA
   * investment-grade index's OAS (96bp) and Moody's seasoned Baa yield (5.93%, Fed H.15: 180bp over 4.13%),
   * since the composite stands for every firm the tariff touches; IG OAS +24bp for VIX +25.5 in April 2025.
   */
  corporateSpreadBp: bp,
  corporateSpreadPerPanicPt: coefficient,
  /** Margin points lost per point of borrowing cost. [judgement] */
  marginPerBorrowingPp: coefficient,
  /** Supply-chain shift: cost per step started, $bn; share of imports moved per step; cap; rounds before it pays. [judgement] a step moved at the 24% tariff saves about $0.2bn a round, so the cost ($0.5bn) is earned back within three rounds of arriving: an early shift pays when the tariff lasts, a late one does not. */
  supplyChainCostBn: z.number().min(0).max(100),
  supplyChainSharePerRound: share,
  supplyChainMaxShare: share,
  supplyChainLagRounds: z.number().int().min(1).max(6),
  /**
   * Share of a shifted supply chain lost to Japan's exports. [calc] Japan keeps at most the Japanese parts of
   * what replaces its goods: the best-selling Japanese cars built in the US held 65% (Nissan Altima, 2005) to
   * 80% (Toyota Camry, 2005 and 2010) US and Canadian parts (AALA labels, as reported by AP, 18 September 2005,
   * and Cars.com, July 2009; Honda's Accord and Civic about 70%, Plain Dealer, 2007), and parts are nearly 75% of a vehicle's
   * value added (Chicago Fed, 3 May 2019): even if every other part came from Japan, a chain moved to a US
   * plant loses Japan 1 − 0.35 × 0.75 = 0.74 to 1 − 0.20 × 0.75 = 0.85 of its value, one moved to another
   * supplier all of it. 0.8 lies between (until session 14 a [judgement] 0.5).
   */
  supplyChainExportLoss: share,
  /** Lobbying: panic points / approval points per √($100m). [judgement] */
  lobbyingPanicPer100M: coefficient,
  lobbyingApprovalPer100M: coefficient,
  /** Lobbying against tariffs presses the White House (and calms markets) only while the effective tariff is above this, %: the 2025 10% baseline duty, which was not contested. */
  lobbyingPressureTariffPct: pct,
  /** What a rate hedge costs over the floating rate on the day it is bought, bp a year on the hedged share. [judgement] a pay-fixed swap or cap costs a dealer spread and term premium of roughly 10–25bp for investment-grade borrowers. */
  hedgePremiumBp: bp,

  // --- White House approval ------------------------------------------------------------------------
  /**
   * Approval points per point of mortgage rate: the one market price voters feel in approval. [judgement]
   * Stocks and prices in the shops are scored in the White House's own components, so since issue 8's tw8
   * pass approval no longer reads them (`approvalPerUsEquityPct` 0.15, `approvalPerConsumerPricePct` 1.5
   * went): each economic effect counts once.
   */
  approvalPerMortgagePp: coefficient,
  /**
   * Toughness with trade hawks, stated once: points for a hawkish tone, lost for a conciliatory one. [judgement]
   * the base rewards a tough word and punishes a soft one alike (until session 5 two parameters, both 1), and
   * a tone is worth what not climbing down 6 points of tariff is (2.5 ÷ `climbDownPenaltyPerPp` 0.4):
   * the one reward the hawks' base gives for toughness itself. 1 until issue 8's session 9 (wh9), when it was
   * worth 2.5 tariff points: then a hawk's tone bought too little against what its tariff costs in prices
   * and stocks (hawk 20% of paired wins, tit-for-tat 68%, the all-hawk table 45.0).
   * Toughness in approval is not climbing down (`climbDownPenaltyPerPp`) and winning something for a
   * concession (deals, pledges), never a tariff held high for its own sake: since issue 8's wh8 pass approval
   * no longer pays per tariff point (`approvalPerTariffPp` 0.08) nor per $bn of smaller deficit
   * (`approvalPerDeficitBn` 0.05; the deficit has its own component of the score), and the score's
   * toughness component, which read the tariff itself, went.
   */
  approvalToughTone: coefficient,
  /**
   * Points per deal in force (and lost, as a one-off event, when the White House's breach of a deal is
   * public: a broken deal takes back what a deal earned; until session 6 `approvalPerBreach` 2); per $100bn
   * investment pledged. [judgement] The 2025 polls moved −0.5 to 1.5 a deal (Reuters/Ipsos 42% → 44% across the
   * UK and China deals in May, 41% → 40% across the Japan and EU deals in July; Gallup 43% held, 37% → 40%):
   * session 14 found the strategy audit's Tokyo targets (hard − easy, paired wins) missed at 1 and
   * 1.5 a deal (docs/market-model.md), so 2.25 stays until a Tokyo bot pass.
   */
  approvalPerDeal: coefficient,
  /** Deals in force that count for approval; more add nothing. [judgement] voters notice a deal or two, not a tally. */
  approvalDealsCounted: z.number().int().min(0).max(20),
  approvalPerPledge100Bn: coefficient,
  /** Hawks punish a retreat: points per tariff point below the first day's, while it lasts and no deal Tokyo signed is in force. [judgement] */
  climbDownPenaltyPerPp: coefficient,
  /**
   * The partisan floor approval sinks towards but never reaches, %: Gallup's lowest reading of Trump's job
   * approval, 34% (4–15 January 2021, after the Capitol riot; one point under the 35% of 2017's lows).
   */
  approvalMin: pct,
  /** How soft the floor is, points: this far above it the rating is about the raw sum. [judgement] */
  approvalFloorSoftness: z.number().positive().max(20),

  // --- Credibility ----------------------------------------------------------------------------------
  /**
   * Points lost when a word is proved false in public: a breach of a signed deal (any role), or a denial of
   * sales the holdings report contradicts. [judgement] both are a broken word on the record, one size
   * (until session 5 two parameters, both 15).
   */
  credibilityPerBrokenWord: pct,
  /**
   * Points Tokyo gains when the holdings report bears out its word: a threat backed by a sale, a denial
   * confirmed by none. [judgement] one size (until session 5 two parameters, both 3).
   */
  credibilityPerKeptWord: pct,
  /**
   * Rounds Tokyo has to back a threat before credibility suffers. [judgement] Backing is net sales of at
   * least `skipAuctionsBn`: skipping a month's auctions is the least act that carries a threat out, anything
   * smaller is routine portfolio management (until session 6 `threatBackingMinSalesBn`, also $20bn). The same
   * line breaks a denial: net sales of at least that much since it, shown by the report, contradict it
   * (until session 6 `denialContradictedSalesBn`, $10bn).
   */
  threatBackingRounds: z.number().int().min(1).max(10),
  /**
   * Points Tokyo loses when the report shows a threat was never backed. [judgement] less than a broken word
   * (a threat is a warning, not a promise). Session 6 tried folding it into `credibilityPerBrokenWord` (15):
   * hawkish Tokyo bots, which threaten, lost enough that the dove won 62.8% of paired matchups (audit
   * target ≤ 60%), so it stays.
   */
  threatNotBackedPenalty: pct,
  /** Points regained per round towards the starting credibility. [judgement] */
  credibilityRecoveryPerRound: pct,
  /**
   * Points a speaker loses for cheap talk, words the market has seen no proof of: Tokyo repeating a threat the
   * report has not yet judged, and a fund's research note at full stretch of talking its own book (less as it
   * talks its book less). [judgement] above the 1-point recovery, so talking without proof every round loses
   * ground every round. One size for both (until session 7 `threatRepeatPenalty` 4 and
   * `researchNoteBookCredibility` 5): the market discounts a word its speaker has not backed, whoever speaks.
   */
  credibilityPerCheapTalk: pct,

  // --- Tokyo's dilemma (issue 8) ------------------------------------------------------------------
  /** Share of a Treasury trade that goes through the yen market, moving USD/JPY as an intervention of that size (yenInterventionPct per yenInterventionBn). [judgement]: purchases beyond reserve deposits and coupon income must be funded by selling yen; a sale's proceeds are partly repatriated. */
  treasuryTradeYenShare: share,
  /**
   * What a dollar of investment pledged costs Japan, as a share of the pledge, booked once on the largest
   * pledge made. [judgement]: the July 2025 agreement's $550bn is mostly JBIC/NEXI loans and guarantees (Japan's
   * negotiator Akazawa: only 1–2% equity), with 90% of the profits after recoupment going to the US (White
   * House fact sheet, 22 July 2025): the cost is the concessional spread and the lost profit share, a few percent.
   * At 5% the $550bn deal costs $27.5bn, below the roughly $40bn nine points of tariff on $148bn of exports
   * save over three years: the price Japan paid for relief, as it judged it.
   */
  pledgeCostShare: share,
  /**
   * What a dollar a year of farm purchases costs Japan, as a share, booked once on the largest commitment.
   * [judgement]: US rice, corn and soybeans bought in place of cheaper or domestic supply, and the farm
   * lobby's price at home; a quarter of the value.
   */
  farmPurchaseCostShare: share,

  // --- "Sell America" without Tokyo (issue 8) ---------------------------------------------------------
  /**
   * 10y premium, bp, and fall of the dollar against the yen, %, per unit of policy chaos: foreign holders
   * selling US assets on erratic policy, whoever they are. Both fade with the chaos. Calibrated on 7–11 April
   * 2025, the week of the 24% rate's U-turn (chaos ≈ 0.47 in the model): the 10y rose ≈ 47bp and USD/JPY
   * fell 2.3% (146.9 → 143.5) while the VIX fell from 45 to 37 (FRED DGS10, DEXJPUS; CBOE).
   */
  sellAmericaBpPerChaos: bp,
  sellAmericaUsdJpyPctPerChaos: coefficient,

  // --- The fund's books (issue 8, investors) ------------------------------------------------------
  /**
   * What the fund pays over the cash rate on what it borrows (weights above 100%), bp a year. Interactive
   * Brokers' published USD margin schedule: benchmark + 0.50% for balances of $50m–200m (+1.5% under $100k).
   */
  fundBorrowingSpreadBp: bp,
  /**
   * Share of a research note's effect the market takes off when the note talks the fund's book at full
   * stretch (research-note.ts): what readers took off the most conflicted research on record, underwriters'
   * analysts' buy calls on the firms their bank had just taken public. Michaely and Womack (Review of
   * Financial Studies, 1999, table as in Thaler ed., Advances in Behavioral Finance II, table 11.1): 3-day
   * excess returns of 2.7% against other brokers' 4.4% (means), 2.2% against 2.8% (medians): the market
   * took off 39% and 21%; 0.3 lies between (until session 14 a [judgement] 0.8, "mostly advertising").
   */
  researchNoteBookDiscount: share,
  /**
   * The game's background trend of stocks (trend.ts), percent a round, drawn once per game. Spread: the
   * S&P 500's long-run monthly standard deviation, 4.38% (15.2% a year; Profolio Capital, "Volatility
   * Primer 6", S&P 500 monthly returns), is 5.4% over six weeks, 0.9% a round as a six-round trend; the
   * Nikkei's: its VI (the Nikkei's VIX) rests at about 20–30% a year (Futu News' Nikkei VI notes, 2024), and
   * 1.1% a round with the week's noise gives 23.7% a year over six quiet weeks (published-checks-2.ts).
   * The trend has no mean: a positive one would be stocks drifting up by construction (issue 8), and the
   * long-run premium (about 0.2% a week) is below a round's spread (until session 11 a [judgement]
   * `equityTrendMeanPctPerRound`, 0 in every game and in the backtest).
   */
  usEquityTrendSdPctPerRound: coefficient,
  japanEquityTrendSdPctPerRound: coefficient,

  // --- The business's own levers (issue 8, US businesses) ------------------------------------------------
  /**
   * The most of a business's tariffed imports that product exclusions can cover, a share. GAO-21-506 (July
   * 2021): at their height the Section 301 exclusions covered about 10% of the imports under the China
   * tariffs (7% by the end of 2020, as exclusions expired); USTR denied 87% of some 53,000 requests.
   */
  exclusionMaxShare: share,
  /**
   * Share of its tariffed imports a round's first $100m of lobbying against tariffs wins excluded, with
   * √-diminishing returns (the same √spend as lobbying's public effect). [judgement]: lobbying large firms
   * won exclusions far more often than the 13% of all requests granted (Eldes, Lee and Osgood 2025; Fotak
   * et al. 2021); at 5%, $100m in each of two rounds wins the GAO's 10%, which pays back within two rounds
   * at the 24% tariff; winning it in one round costs $400m, and the maximum ($500m) buys nothing more.
   */
  exclusionSharePer100M: share,
});
export type ModelParams = z.infer<typeof ModelParamsSchema>;

// The defaults live beside the schema's file to keep each file short; they are exported from here too.
export { DEFAULT_MODEL_PARAMS } from './default-params.ts';
