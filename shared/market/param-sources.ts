import type { ModelParams } from './params.ts';

/**
 * Whether each model parameter rests on a published figure ('sourced': a study, a market episode, a
 * calculation or an estimate from public data) or was chosen by the model's authors ('judgement'). The
 * source or the reasoning itself is in params.ts and docs/market-model.md, whose table a test holds to this
 * map; the mutation check (`npm run test:mutants`) scales the sourced ones to see whether the calibration
 * tests notice.
 */
export type ParamBasis = 'sourced' | 'judgement';

export const PARAM_SOURCES: { readonly [Name in keyof ModelParams]: ParamBasis } = {
  flowBpPer100Bn: 'sourced',
  flowLastingShare: 'sourced',
  transientFadePerRound: 'judgement',
  absorptionBp: 'judgement',
  // MoF (Reuters, 7 Aug 2024; Jiji, 31 May 2024): ¥5.92tn ($40.8bn) on 29 Apr 2024, ¥3.87tn (≈$25bn) on 1 May 2024; ¥5.62tn (≈$38bn) on 21 Oct 2022, ¥2.84tn (≈$20bn) on 22 Sep 2022: mean ≈ $31bn
  yenInterventionBn: 'sourced',
  // [est] what of Japan's $1.1tn matures in a month: an estimate, not a published figure (session 6)
  skipAuctionsBn: 'judgement',

  hintBp: 'sourced',
  threatBp: 'sourced',
  signalBeliefPerBp: 'judgement',
  panicPerSellingBelief: 'judgement',
  credibilityFloorScale: 'judgement',
  denialReversalMin: 'sourced',
  denialReversalMax: 'sourced',
  talkHalfLifeSeconds: 'judgement',
  beliefYieldBp: 'judgement',
  beliefPrior: 'judgement',
  newsFadePerRound: 'judgement',
  beliefPerUnexplainedBp: 'judgement',
  reportNoSalesBeliefCut: 'judgement',
  callBluffCredibility: 'judgement',
  stancePanic: 'judgement',
  stanceEquityPct: 'judgement',
  neutralCalmShare: 'judgement',
  privateWordShare: 'judgement',
  privateWordYieldBp: 'judgement',

  panicMin: 'sourced',
  panicMax: 'sourced',
  // Cboe VIX closes above 2 April's 21.51: 29.65 (17 Apr) → 24.85 (25 Apr), 8.14 → 3.34 points: 0.41 a week
  panicRetentionPerRound: 'sourced',
  panicPerTariffPp: 'sourced',
  panicPerTariffCutPp: 'judgement',
  retaliationShareOfTariff: 'judgement',
  flightBpPerPanicPt: 'sourced',
  sellAmericaBpPerPanicPt: 'sourced',
  sellAmericaPerBelief: 'judgement',
  chaosPerTariffPp: 'judgement',
  chaosPerStanceSwing: 'judgement',

  backstopRiseTriggerBp: 'sourced',
  backstopPanicTrigger: 'sourced',
  backstopMinBp: 'sourced',
  backstopMaxBp: 'sourced',
  backstopAnnouncementShare: 'sourced',
  // Cboe VIX closes on the days of three backstops: ECB 76.45 → 72.00 (19 Mar 2020), Fed 66.04 → 61.59 (23 Mar 2020), BoE 32.60 → 30.18 (28 Sep 2022): mean 3.77
  backstopPanicRelief: 'sourced',
  // Bank of England: first purchases 28 Sep 2022, none added the week after as yields climbed back (The Times, 5 Oct), doubled and widened a fortnight later (10–11 Oct)
  backstopCooldownRounds: 'sourced',

  dealCapNikkeiRallyPct: 'sourced',
  // 23 July 2025, the day after the US–Japan deal: S&P 500 +0.78%, VIX 16.50 → 15.37
  dealCapUsEquityPct: 'sourced',
  dealCapPanicRelief: 'sourced',
  dealOtherShare: 'judgement',

  mortgageSpreadCalmBp: 'sourced',
  mortgageSpreadCapBp: 'sourced',
  // Freddie Mac PMMS 30-year (6.65% on 27 Mar 2025; 6.64, 6.62, 6.83, 6.81% on 3–24 Apr) less the 10y's Thursday close: 229bp before, 258, 220, 250, 249 after, +15bp on average; 0.63 gives +13.8 to +16.5bp a week after the shock (1 gave +22 to +26)
  mortgageSpreadPerPanicPt: 'sourced',

  autoImportShare: 'sourced',
  pauseTariffPct: 'sourced',
  exporterAbsorption: 'sourced',
  tradeElasticity: 'sourced',
  // Yale Budget Lab (May 2025): the average effective US tariff was 2.4% before 2025 (17.8% after the UK and China deals, up 15.4 points)
  tradeReferenceTariffPct: 'sourced',
  tradeAdjustPerRound: 'judgement',
  cpiPerPassedTariffPp: 'sourced',
  cpiAdjustPerRound: 'judgement',

  usEquityPctPerTariffPp: 'sourced',
  japanEquityPctPerTariffPp: 'sourced',
  tariffCutRecoveryShare: 'sourced',
  // S&P 500 closes 4,982.77 (8 Apr 2025) and 5,363.36 (11 Apr): +7.64%; 3.5 gives the pause round +6.4 to +9.0% (mean 7.6) over the calibration seeds (2 gave 4.8–7.4)
  pauseUsEquityPct: 'sourced',
  usEquityPctPerPanicPt: 'judgement',
  japanEquityPctPerPanicPt: 'judgement',
  usEquityPctPerYieldBp: 'judgement',
  // BofA as reported (May 2024): Topix 500 operating profit +0.5% a yen weaker, ≈0.77% per 1% at ¥150
  japanEquityPerUsdJpyPct: 'sourced',
  usdJpyPctPerPanicPt: 'sourced',
  usdJpyPctPerBelief: 'sourced',
  // the same four days: USD/JPY 160.2 → below 155 (29 Apr 2024), ≈157.5 → below 154 (2 May 2024), 151.9 → 144.5 (21 Oct 2022, Jiji: "more than 7 yen"): 2.2–4.6% intraday
  yenInterventionPct: 'sourced',

  yieldNoiseBpPerRound: 'judgement',
  // a quiet week (noise and trend) moves the S&P 500 9.95% a year: between the VIX's lowest close, 9.14 (Cboe, 3 Nov 2017), and its long-run sd, 15.2% (Profolio Capital)
  usEquityNoisePctPerRound: 'sourced',
  japanEquityNoisePctPerRound: 'judgement',
  usdJpyNoisePctPerRound: 'judgement',
  panicNoisePerRound: 'judgement',
  tickNoiseSharePerSqrtMinute: 'judgement',

  tokyoPortfolioDuration: 'sourced',
  // [calc] modified duration of a 2y par note at 3.88% (Treasury par curve, 2 Apr 2025): 1.9
  durationShort: 'sourced',
  // [calc] the 7y par note at ≈4.06%: 6.0 (the 5y at 3.95%: 4.5)
  durationMedium: 'sourced',
  // [calc] the 30y par bond at 4.54%: 16.3
  durationLong: 'sourced',
  // effective fed funds rate 4.33% (NY Fed EFFR, FRED DFF) under the FOMC's 4.25–4.50% range, held 29 Jan, 19 Mar, 7 May 2025
  cashRatePct: 'sourced',
  roundsPerYear: 'sourced',
  // [calc] imported content of vehicles sold in the US: 25% of parts imported (Chicago Fed Letter 243, 2006) to 67% (other carmakers' 2018 AALA fleets) of parts, which are 75% of value: 0.19–0.50
  businessImportContent: 'sourced',
  // Goldman Sachs (notes of 10 Aug and 12 Oct 2025, as reported): consumers eventually bear 55–67% of the 2025 tariffs; at 7 the business's profit-best pass-through puts 62% of the duty on them (55–67% asks 6.8–7.3)
  businessDemandElasticity: 'sourced',
  businessSalesBn: 'judgement',
  businessSalesEquityBeta: 'judgement',
  // 2 April 2025: ICE BofA US IG index OAS 96bp (Reuters, 7 Apr 2025); Moody's seasoned Baa yield 5.93% (Fed H.15, DBAA), 180bp over the 10y's 4.13%: 150 lies between
  corporateSpreadBp: 'sourced',
  // ICE BofA US IG OAS 96 → 120bp, 2 → 7 April 2025 (Reuters, 7 Apr 2025), while the VIX rose 21.51 → 46.98: 24/25.5 ≈ 0.94bp a point
  corporateSpreadPerPanicPt: 'sourced',
  marginPerBorrowingPp: 'judgement',
  supplyChainCostBn: 'judgement',
  supplyChainSharePerRound: 'judgement',
  supplyChainMaxShare: 'judgement',
  supplyChainLagRounds: 'judgement',
  // [calc] AALA labels: best-selling US-built Japanese cars 65% (Altima, 2005) to 80% (Camry) US/Canadian parts, parts ≈75% of value: Japan loses at least 0.74–0.85 of a chain moved to a US plant, all of one moved elsewhere
  supplyChainExportLoss: 'sourced',
  lobbyingPanicPer100M: 'judgement',
  lobbyingApprovalPer100M: 'judgement',
  // the 10% baseline duty on all countries from 5 April 2025 (EO 14257; CNBC, 3 Apr 2025)
  lobbyingPressureTariffPct: 'sourced',
  hedgePremiumBp: 'judgement',

  approvalPerMortgagePp: 'judgement',
  approvalToughTone: 'judgement',
  approvalPerDeal: 'judgement',
  approvalDealsCounted: 'judgement',
  approvalPerPledge100Bn: 'judgement',
  climbDownPenaltyPerPp: 'judgement',
  // Gallup, 4–15 January 2021: 34%, the lowest job approval of Trump's presidency (35% several times in 2017)
  approvalMin: 'sourced',
  approvalFloorSoftness: 'judgement',

  credibilityPerBrokenWord: 'judgement',
  credibilityPerKeptWord: 'judgement',
  threatBackingRounds: 'judgement',
  threatNotBackedPenalty: 'judgement',
  credibilityRecoveryPerRound: 'judgement',
  credibilityPerCheapTalk: 'judgement',

  treasuryTradeYenShare: 'judgement',
  pledgeCostShare: 'judgement',
  farmPurchaseCostShare: 'judgement',
  sellAmericaBpPerChaos: 'sourced',
  sellAmericaUsdJpyPctPerChaos: 'sourced',

  fundBorrowingSpreadBp: 'sourced',
  // Michaely and Womack (RFS 1999): underwriters' buy calls earned 2.7% against others' 4.4% (mean 3-day excess return), 2.2% against 2.8% (median): 21–39% taken off
  researchNoteBookDiscount: 'sourced',
  usEquityTrendSdPctPerRound: 'sourced',
  // Nikkei 225 VI, the Nikkei's VIX, at rest 20–30% a year (Futu News' Nikkei VI notes, 2024): with the week's noise, 23.7% over six quiet weeks
  japanEquityTrendSdPctPerRound: 'sourced',

  // GAO-21-506 (July 2021): exclusions covered about 10% of the imports under the Section 301 tariffs at their height
  exclusionMaxShare: 'sourced',
  exclusionSharePer100M: 'judgement',
};

/** The names of the sourced parameters, in the order of the schema. */
export function sourcedParams(): (keyof ModelParams)[] {
  return (Object.keys(PARAM_SOURCES) as (keyof ModelParams)[]).filter(
    (name) => PARAM_SOURCES[name] === 'sourced',
  );
}
