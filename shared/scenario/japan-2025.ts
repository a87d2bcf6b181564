import { DEFAULT_MODEL_PARAMS } from '../market/params.ts';
import { DEFAULT_BRIEFS } from './default-briefs.ts';
import { DEFAULT_SCORING } from './default-scoring.ts';
import { type Scenario, ScenarioSchema } from './schema.ts';
import { DEFAULT_SHOCKS } from './shocks.ts';

/**
 * The default scenario: spring 2025, the day after the 24% "reciprocal" tariff on Japan. Starting levels
 * are the published ones for 2 April 2025 (calibration.md): 10y 4.13%, USD/JPY 149.6, Japan's holdings
 * $1,131bn (March TIC), US imports from Japan $148bn, mortgage rate 6.6% (10y + a 2025 spread of ~225bp).
 */
export const DEFAULT_SCENARIO: Scenario = ScenarioSchema.parse({
  id: 'japan-2025',
  title: {
    en: 'The Treasury Card: Tokyo and Washington, spring 2025',
    ja: '米国債というカード：東京とワシントン、2025年春',
  },
  summary: {
    en: 'Washington has put a 24% tariff on Japanese goods and 25% on cars. Tokyo holds $1.1 trillion of US Treasuries and has hinted it knows it. Six weeks to find a deal, or a way to win without one.',
    ja: 'ワシントンは日本製品に24%、自動車に25%の関税を課しました。東京は1.1兆ドルの米国債を保有し、その重みを承知していることをほのめかしています。合意を見つけるか、合意なしで勝つ道を探すか。期限は6週間です。',
  },
  rounds: 6,
  timers: { briefingSeconds: 90, newsSeconds: 15, negotiateSeconds: 180, decideSeconds: 60, tickSeconds: 2 },
  startingMarket: {
    yield10y: 4.13,
    mortgageSpreadBp: 225,
    usdJpy: 149.6,
    usEquity: 5670,
    japanEquity: 35725,
    panic: 21.5,
    japanExportsBn: 148,
    businessMargin: 11,
    tokyoHoldingsBn: 1131,
    approval: 45,
    deficitWithJapanBn: 70,
    credibility: 60,
  },
  standingMoves: {
    tokyo: {
      role: 'tokyo',
      treasuryAction: 'hold',
      treasuryAmountBn: 0,
      retaliatoryTariffPct: 0,
      yenIntervention: 'none',
      investmentPledgeBn: 0,
      farmPurchasesBn: 0,
    },
    whiteHouse: { role: 'whiteHouse', tariffPct: 24, autoTariffPct: 25, pause: false, stance: 'hawkish' },
    investors: {
      role: 'investors',
      allocation: { treasuries: 40, yen: 0, usEquities: 50, japanEquities: 10, cash: 0 },
      treasuryDuration: 'medium',
      researchNote: 'none',
    },
    usBusiness: {
      role: 'usBusiness',
      lobbyingSpendM: 0,
      lobbyingDirection: 'againstTariffs',
      passThroughPct: 20,
      rateHedgePct: 0,
      supplyChainShift: false,
    },
  },
  briefs: DEFAULT_BRIEFS,
  scoring: DEFAULT_SCORING,
  model: DEFAULT_MODEL_PARAMS,
  shocks: DEFAULT_SHOCKS,
  holdingsReportLagRounds: 2,
});
