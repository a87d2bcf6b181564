import { type CalibrationCheck, check, SEEDS } from './calibration-check.ts';
import { newGame, playRound, tokyoMove } from './fixture.ts';

/**
 * Published figures for what a yen intervention is and does, added in session 7 so that `npm run test:mutants`
 * kills versions with `yenInterventionBn` halved or doubled and `japanEquityPerUsdJpyPct` halved. Each reads
 * the model's output (an intervention round against the same week without it, same seed), never the
 * parameter: the dollars Tokyo's holdings lose and the Nikkei's move per 1% of USD/JPY.
 */

/** The intervention round and the same week without it, on one seed. */
function interventionAndQuiet(scenario: Parameters<CalibrationCheck['failures']>[0], seed: number) {
  const before = newGame(scenario, seed);
  const intervening = playRound(before, { tokyo: tokyoMove({ yenIntervention: 'buyYen' }, scenario) });
  const quiet = playRound(before);
  return { before, intervening, quiet };
}

export const PUBLISHED_YEN_CHECKS: readonly CalibrationCheck[] = [
  check(
    "a yen intervention spends what one of the MoF's days of 2022–24 did: $19.5–40.8bn of dollar reserves",
    (scenario, found) => {
      // Ministry of Finance, yen-buying days (Jiji/Yomiuri 31 May 2024; Reuters 7 August 2024): ¥2,838.2bn on
      // 22 Sep 2022 (the smallest; ¥145.9 before it, so at most $19.45bn), ¥5,620.2bn on 21 Oct 2022,
      // ¥5,918.5bn on 29 Apr 2024 (the record; "$40.83 billion" as Reuters converted it), ¥3,870bn on 1 May
      // 2024. An intervention sells dollar reserves for yen; the model pays for it from Tokyo's Treasuries.
      const smallestBn = 2838.2 / 145.9;
      const largestBn = 40.83;
      for (const seed of SEEDS) {
        const { intervening, quiet } = interventionAndQuiet(scenario, seed);
        found.within(
          `reserves spent on one intervention, $bn (seed ${seed})`,
          quiet.market.tokyoHoldingsBn - intervening.market.tokyoHoldingsBn,
          smallestBn,
          largestBn,
        );
      }
    },
  ),

  check(
    "a yen move alone moves the Nikkei by exporters' profit sensitivity: BofA's 0.5% per yen at the day's rate, at most AXA IM's 2% per 1%",
    (scenario, found) => {
      for (const seed of SEEDS) {
        const { before, intervening, quiet } = interventionAndQuiet(scenario, seed);
        // Against the same week without it, an intervention moves the yen and little else.
        const yenLog = Math.log(intervening.market.usdJpy / quiet.market.usdJpy);
        const nikkeiLog = Math.log(intervening.market.japanEquity / quiet.market.japanEquity);
        const at = ` (seed ${seed})`;
        found.below(`USD/JPY against the quiet week, %${at}`, yenLog * 100, 0);
        // Bank of America as reported (May 2024): each yen weaker lifts Topix 500 operating profit ≈0.5%,
        // i.e. 0.5 × rate / 100 % per 1% of USD/JPY, on prices at a steady P/E. AXA IM (March 2014): prices
        // moved about 2% per 1% of the yen in 2013, the most any source gives.
        found.within(
          `Nikkei % per 1% of USD/JPY${at}`,
          nikkeiLog / yenLog,
          (0.5 * before.market.usdJpy) / 100,
          2,
        );
      }
    },
  ),
];
