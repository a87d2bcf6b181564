import { type CalibrationCheck, check, quietWeeksSdPct } from './calibration-check.ts';

/**
 * Published outcomes over weeks that pin sourced parameters no single episode reads: how far US stocks
 * wander in six quiet weeks. Added in session 6 so that `npm run test:mutants` kills versions with
 * `usEquityTrendSdPctPerRound` halved or doubled; it reads the model's own output (the trend and the week's
 * noise together), never the parameter, against the published figures. Two candidates were left out because
 * the published figure measures something else: an intervention's Treasury sale (the MoF publishes the yen
 * bought, not how much was paid from deposits) and Japan's exports to the US (yen values at cut prices, the
 * model's are dollar volumes).
 */
export const PUBLISHED_OUTCOME_CHECKS: readonly CalibrationCheck[] = [
  check(
    'six quiet weeks: US stocks wander as far as the S&P 500 does over six weeks (15.2–20.0% a year)',
    (scenario, found) => {
      // Realised: the S&P 500's long-run monthly standard deviation, 4.38% (15.2% a year; Profolio Capital,
      // "Volatility Primer 6"). Implied, which runs above realised: the VIX's average daily close, 20.03
      // (January 1990 – August 2014; Cboe Options Hub, 19 August 2014). Six weeks are 6/52 of a year.
      const sixWeeks = Math.sqrt(6 / 52);
      found.within(
        'six-week standard deviation of US stocks, %',
        quietWeeksSdPct(scenario, 'usEquity', 6),
        15.2 * sixWeeks,
        20.03 * sixWeeks,
      );
    },
  ),
];
