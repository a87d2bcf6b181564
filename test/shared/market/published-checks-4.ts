import { applyShock } from '../../../shared/market/index.ts';
import type { Scenario } from '../../../shared/scenario/schema.ts';
import { type CalibrationCheck, check, panicShock, SEEDS } from './calibration-check.ts';
import { bp, type Game, newGame, playRound, tokyoMove, withParams } from './fixture.ts';

/**
 * Published figures that pin the bounds of the central-bank backstop (session 8, "mu8"), so that
 * `npm run test:mutants` kills versions the calibration episodes could not tell apart. Like the other
 * published checks, each reads the model's output (the 10-year with and without the backstop) against the
 * published figure, never the parameter itself. They run at the end of CALIBRATION_CHECKS.
 */

/** The 10y gap, bp, that the backstop makes over its two rounds (announcement and follow-through). */
function backstopTotalBp(scenario: Scenario, seed: number, first: (game: Game) => Game): number {
  const without = withParams({ backstopRiseTriggerBp: 1000, backstopPanicTrigger: 200 }, scenario);
  const withBackstop = playRound(first(newGame(scenario, seed)));
  const noBackstop = playRound(first(newGame(without, seed)));
  return bp(noBackstop.market.yield10y, withBackstop.market.yield10y);
}

export const PUBLISHED_CHECKS_4: readonly CalibrationCheck[] = [
  check(
    'a backstop takes at most 50bp off the 10-year, the most any purchase programme on record did (D’Amico and King 2010: the 2009 $300bn programme, “as much as 50 basis points”), in a $150bn sale and in March 2020’s failing market',
    (scenario, found) => {
      // D'Amico and King, "Flow and Stock Effects of Large-Scale Treasury Purchases" (Federal Reserve FEDS
      // 2010-52): the whole $300bn programme of 2009 shifted the curve down by "as much as 50 basis points"
      // (its largest effect, in the 10–15-year sector; 20–30bp in the 2011–12 revisions). Ihrig, Klee, Li,
      // Schulte and Wei (FEDS 2012-57) put the first programme's initial effect on the 10y at about 40bp. The
      // backstop is one such programme, announced and bought within two weeks: it cannot do more.
      const dump = (game: Game): Game =>
        playRound(game, { tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 150 }, scenario) });
      // March 2020 (Vissing-Jorgensen, "The Treasury Market in Spring 2020 and the Response of the Federal
      // Reserve", JME 2021): the 10y rose 64bp from 9 to 18 March in a dash for cash, the Fed bought $1tn
      // of Treasuries in the quarter; the VIX closed at 76.45 on 18 March (Cboe), from the game's 21.5.
      const march2020 = (game: Game): Game =>
        playRound({
          ...game,
          market: applyShock(
            game.market,
            { ...panicShock(0), effect: { panic: 55, yieldBp: 64 } },
            scenario.model,
          ).market,
        });
      for (const seed of SEEDS) {
        const at = ` (seed ${seed})`;
        found.within(`$150bn sale's backstop bp${at}`, backstopTotalBp(scenario, seed, dump), -50, 0);
        found.within(`March 2020's backstop bp${at}`, backstopTotalBp(scenario, seed, march2020), -50, 0);
      }
    },
  ),
];
