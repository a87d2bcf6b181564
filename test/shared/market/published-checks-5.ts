import { type CalibrationCheck, check } from './calibration-check.ts';
import { newGame } from './fixture.ts';

/**
 * Published figures that pin the business book's parameters sourced in session 11 (issue 8, "sr11"), so that
 * `npm run test:mutants` kills their ×0.5 and ×2 versions. Like the other published checks, each reads the
 * model's output (the business's borrowing rate) against the published figure. They run at the end of CALIBRATION_CHECKS.
 */

export const PUBLISHED_CHECKS_5: readonly CalibrationCheck[] = [
  check(
    'the exposed businesses borrow between the investment-grade index and Baa credit on 2 April 2025 (96–180bp over the 10-year)',
    (scenario, found) => {
      // ICE BofA US Corporate (investment-grade) index OAS: 96bp on 2 April 2025 (Reuters, 7 April 2025: 120bp,
      // "24 bps wider since last Wednesday"). Moody's seasoned Baa corporate yield: 5.93% on 2 April 2025
      // (Federal Reserve H.15, series DBAA), 180bp over the game's starting 10-year of 4.13%. The composite
      // stands for every firm the tariff touches, from the index's A-rated names to Baa borrowers.
      const game = newGame(scenario);
      const spreadBp = (game.books.usBusiness.borrowingCostPct - game.market.yield10y) * 100;
      found.within('starting borrowing spread over the 10y, bp', spreadBp, 96, 180);
    },
  ),
];
