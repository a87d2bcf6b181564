import { applyShock } from '../../../shared/market/index.ts';
import type { Shock } from '../../../shared/scenario/schema.ts';
import { type CalibrationCheck, check, panicShock, SEEDS } from './calibration-check.ts';
import { type Game, newGame, playRound, withParams } from './fixture.ts';

/**
 * Published figures that pin the parameters sourced in session 14 (issue 8, "sr14"), so that
 * `npm run test:mutants` kills their ×0.5 and ×2 versions. Like the other published checks, each reads the
 * model's own output against the published figure, never the parameter itself. They run at the end of
 * CALIBRATION_CHECKS.
 */
export const PUBLISHED_CHECKS_7: readonly CalibrationCheck[] = [
  check(
    "a central bank's backstop calms the VIX as the 2020 and 2022 announcements did: 2.42–4.45 points on the day",
    (scenario, found) => {
      // Cboe VIX closes (Cboe daily history): the ECB's €750bn emergency purchase programme, announced on the
      // evening of 18 March 2020, 76.45 → 72.00 (−4.45) on 19 March; the Fed's open-ended purchases, announced
      // before the open on 23 March 2020, 66.04 → 61.59 (−4.45); the Bank of England's gilt purchases of
      // 28 September 2022, 32.60 → 30.18 (−2.42). A failing market as in March 2020 (panic above the trigger,
      // the 10y rising), played with the backstop and without it: the gauge's gap at the round's end is what
      // the announcement took off.
      const noBackstop = withParams({ backstopRiseTriggerBp: 1000, backstopPanicTrigger: 200 }, scenario);
      const failing: Shock['effect'] = { panic: 45, yieldBp: 60 };
      const shocked = (game: Game): Game => ({
        ...game,
        market: applyShock(game.market, { ...panicShock(0), effect: failing }, game.scenario.model).market,
      });
      for (const seed of SEEDS) {
        const at = ` (seed ${seed})`;
        const withBackstop = playRound(shocked(newGame(scenario, seed)));
        const without = playRound(shocked(newGame(noBackstop, seed)));
        found.holds(`no backstop in a failing market${at}`, withBackstop.results[0]?.backstop === true);
        found.within(
          `panic points the announcement took off${at}`,
          without.market.panic - withBackstop.market.panic,
          2.42,
          4.45,
        );
      }
    },
  ),
];
