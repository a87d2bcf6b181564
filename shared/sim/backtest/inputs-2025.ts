import type { ModelParams } from '../../market/params.ts';
import type { ProposalTerms } from '../../protocol/deals.ts';
import type { WhiteHouseMove } from '../../protocol/moves.ts';
import type { PerRole } from '../../roles.ts';
import { DEFAULT_SCENARIO } from '../../scenario/japan-2025.ts';
import { type Scenario, ScenarioSchema } from '../../scenario/schema.ts';
import type { SeatPlayer } from '../headless.ts';
import { type ScriptedPolicy, seatPlayerOf } from '../strategies/policy.ts';
import { NEWS_2025 } from './news-2025.ts';
import { RECORD_WEEKS } from './record-2025.ts';

/**
 * What each side really did from 2 April to 25 July 2025, as game inputs: one round a week, the White
 * House's tariffs and the pause as they were, Japan's officials' hint and walk-back, the 22 July deal.
 * Investors and businesses are not players here: the record is what the market did, so their seats hand
 * in nothing and say nothing.
 */

export const BACKTEST_ROUNDS = RECORD_WEEKS.length - 1;
/** The round of the 22 July deal (the week ending 25 July). */
export const DEAL_ROUND = BACKTEST_ROUNDS;
/** Kato's "card" remark (2 May) and his walk-back two days later, in the week after. */
export const HINT_ROUND = 5;
export const WALK_BACK_ROUND = 6;
/** The 7 July letters announcing 25% on Japan from 1 August: words, the rate in force did not change. */
export const LETTER_ROUND = 15;

/**
 * The default scenario from the day before: the headline duty on Japan at its 2024 level (about 2% on
 * average, rounded to a whole point) and 25% on cars, no scheduled fictional news, one round per week to
 * 25 July, and the news besides the tariffs that moved markets in those weeks (news-2025.ts) scheduled in
 * its week. The car duty was proclaimed on 26 March 2025 (Section 232, in force from 3 April), so the 2 April
 * close had priced it: the news of 2 April was the 24% "reciprocal" rate alone, a rise of about 14 points in
 * the effective tariff, the size panicPerTariffPp and the stock slopes are calibrated on. Starting cars at
 * 2.5% counted the car duty a second time and took panic to about 52 (the VIX closed at 45 on 4 April).
 */
/**
 * The 2025 record's background trend of stocks (shared/market/trend.ts): the record's own, not a draw; zero
 * until the spring's earnings and AI rally is measured.
 */
export const RECORD_EQUITY_TREND = {
  usEquityTrendSdPctPerRound: 0,
  japanEquityTrendSdPctPerRound: 0,
} as const satisfies Partial<ModelParams>;

/**
 * The share of the game's weekly noise the replay keeps. In a game the noise stands for the week's news
 * nobody chose; here that news is driven as inputs (news-2025.ts), so the draws stand only for what the
 * listed news leaves of the record's weekly moves: about 0.4% a week for the S&P 500 over weeks 3–16
 * against the game's 1.4% (1.2% a round and 0.42% per √minute over four minutes of ticks).
 * [judgement] on that measurement: 0.3 of every noise parameter. With the game's full noise the end
 * levels' 10th–90th percentiles span about 20 points for stocks and 45bp for the 10y, wider than any
 * documented range (the backtest prints how far each target is from its range either way).
 */
export const BACKTEST_NOISE_SHARE = 0.3;

const NOISE_PARAMS = [
  'yieldNoiseBpPerRound',
  'usEquityNoisePctPerRound',
  'japanEquityNoisePctPerRound',
  'usdJpyNoisePctPerRound',
  // The ticks' noise is a share of these (tickNoiseSharePerSqrtMinute), so it is scaled with them.
  'panicNoisePerRound',
] as const satisfies readonly (keyof ModelParams)[];

/** The backtest's scenario around a model (the default one, or a mutant's): only the noise is scaled. */
export function backtestScenario(model: ModelParams, noiseShare = BACKTEST_NOISE_SHARE): Scenario {
  // The record is one draw of the background trend, not a sample of them: its own trend (the spring's
  // earnings and AI rally, say) is an input here, never a seeded draw.
  const residual = { ...model, ...RECORD_EQUITY_TREND };
  for (const name of NOISE_PARAMS) residual[name] = model[name] * noiseShare;
  return ScenarioSchema.parse({
    ...DEFAULT_SCENARIO,
    id: 'japan-2025-backtest',
    rounds: BACKTEST_ROUNDS,
    model: residual,
    standingMoves: {
      ...DEFAULT_SCENARIO.standingMoves,
      whiteHouse: { role: 'whiteHouse', tariffPct: 2, autoTariffPct: 25, pause: false, stance: 'neutral' },
    },
    shocks: [...DEFAULT_SCENARIO.shocks.map((shock) => ({ ...shock, scheduledRounds: [] })), ...NEWS_2025],
  });
}

/** The backtest's scenario around the default model. */
export const BACKTEST_SCENARIO: Scenario = backtestScenario(DEFAULT_SCENARIO.model);

/** The deal of 22 July 2025: 15% all-in including cars; $550bn of investment; $8bn a year of farm goods. */
export const JULY_DEAL: ProposalTerms = {
  terms: [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
    { kind: 'investmentPledge', role: 'tokyo', amountBn: 550 },
    { kind: 'farmPurchases', role: 'tokyo', amountBn: 8 },
  ],
  durationRounds: 12,
};

function whiteHouseSheet(round: number, standing: WhiteHouseMove): WhiteHouseMove {
  if (round === 1) return { ...standing, tariffPct: 24, autoTariffPct: 25, pause: false, stance: 'hawkish' };
  if (round < DEAL_ROUND)
    return { ...standing, tariffPct: 24, autoTariffPct: 25, pause: true, stance: 'neutral' };
  return { ...standing, tariffPct: 15, autoTariffPct: 15, pause: false, stance: 'conciliatory' };
}

const WHITE_HOUSE_2025: ScriptedPolicy<'whiteHouse'> = {
  name: 'whiteHouse2025',
  role: 'whiteHouse',
  sheet: (view, standing) => whiteHouseSheet(view.round, standing),
  statement: (view) =>
    view.round === 1 || view.round === LETTER_ROUND
      ? 'hawkish'
      : view.round === 2 || view.round === DEAL_ROUND
        ? 'conciliatory'
        : null,
  offer: (view) => (view.round === DEAL_ROUND ? JULY_DEAL : null),
};

const TOKYO_2025: ScriptedPolicy<'tokyo'> = {
  name: 'tokyo2025',
  role: 'tokyo',
  // Japan's holdings barely moved over the period (TIC: $1,131bn in March, $1,135bn in April): it held.
  sheet: (view, standing) =>
    view.round === DEAL_ROUND ? { ...standing, investmentPledgeBn: 550, farmPurchasesBn: 8 } : standing,
  statement: (view) =>
    view.round === HINT_ROUND ? 'hint' : view.round === WALK_BACK_ROUND ? 'denial' : null,
  answers: 'acceptAll',
};

const absent: SeatPlayer = () => [];

export const PLAYERS_2025: PerRole<SeatPlayer> = {
  tokyo: seatPlayerOf(TOKYO_2025),
  whiteHouse: seatPlayerOf(WHITE_HOUSE_2025),
  investors: absent,
  usBusiness: absent,
};
