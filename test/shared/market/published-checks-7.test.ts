import { describePinned, type PinnedParameter } from './pinned-parameters.ts';
import { PUBLISHED_CHECKS_7 } from './published-checks-7.ts';

/**
 * The parameters sourced in session 14 join the mutation check: the published figure that pins each must hold
 * for the default model and reject the parameter halved and doubled (what `npm run test:mutants` does to every
 * sourced parameter).
 */
const PINNED = [
  {
    parameter: 'backstopPanicRelief',
    check: "a central bank's backstop calms the VIX",
    // Half the relief: 1.88 points, less than the Bank of England's 2.42 of 28 September 2022.
    halved: 'panic points the announcement took off (seed 1): 1.88 not in 2.42..4.45',
    // Twice: 7.54 points, more than the 4.45 of the ECB's and the Fed's March 2020 announcements.
    doubled: 'panic points the announcement took off (seed 1): 7.54 not in 2.42..4.45',
  },
  {
    parameter: 'businessImportContent',
    check: 'the tariff falls on the imported content of vehicles sold in the US',
    // Half: 15% of sales, less than the imported parts of US assembly in 2006 (25% of parts × 75%).
    halved: 'share of sales the duty falls on (seed 1): 0.15 not in 0.1875..0.5025',
    // Twice: 60%, more than the other carmakers' foreign parts content of 2018 (67% of parts × 75%).
    doubled: 'share of sales the duty falls on (seed 1): 0.60 not in 0.1875..0.5025',
  },
  {
    parameter: 'researchNoteBookDiscount',
    check: "a note that talks the fund's book moves the market as underwriters' buy calls did",
    // Half: the conflicted note moves 85% as far, more than the medians' 2.2% against 2.8%.
    halved: "the conflicted note's move as a share of the unconflicted one's: 0.85 not in 0.614..0.785",
    // Twice: 40%, less than the means' 2.7% against 4.4%.
    doubled: "the conflicted note's move as a share of the unconflicted one's: 0.40 not in 0.614..0.785",
  },
] as const satisfies readonly PinnedParameter[];

describePinned('published checks of session 14', PUBLISHED_CHECKS_7, PINNED);
