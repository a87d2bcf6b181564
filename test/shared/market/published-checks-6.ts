import { type CalibrationCheck, check, quietWeeksSdPct } from './calibration-check.ts';

/**
 * Published figures that pin the parameters sourced in session 13 (issue 8, "sr13"), so that
 * `npm run test:mutants` kills their ×0.5 and ×2 versions. Like the other published checks, each reads the
 * model's own output (a quiet week of the game) against the published figure, never the parameter itself.
 * They run at the end of CALIBRATION_CHECKS.
 */
export const PUBLISHED_CHECKS_6: readonly CalibrationCheck[] = [
  check(
    "a quiet week: US stocks move between the VIX's record calm and the S&P 500's long-run spread (9.14–15.2% a year)",
    (scenario, found) => {
      // Floor: the calmest the market has ever expected the S&P 500 to be, the VIX's lowest close, 9.14 on
      // 3 November 2017 (Cboe; Macroption, VIX all-time lows): a quiet week of the game, whose gauge stands at
      // 2 April 2025's 21.5, is no calmer than that. Ceiling: the S&P 500's long-run monthly standard
      // deviation, 4.38% (15.2% a year; Profolio Capital, "Volatility Primer 6"), which counts the crises too:
      // a week with no news of the game's own moves at most that. One week is 1/52 of a year; the week's noise
      // and the game's background trend together, as players see them.
      const perYear = Math.sqrt(52);
      found.within(
        'one-week standard deviation of US stocks, % a year',
        quietWeeksSdPct(scenario, 'usEquity', 1) * perYear,
        9.14,
        15.2,
      );
    },
  ),
];
