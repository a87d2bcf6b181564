import { describePinned, type PinnedParameter } from './pinned-parameters.ts';
import { PUBLISHED_CHECKS_5 } from './published-checks-5.ts';

/**
 * The business book's parameters sourced in session 11 join the mutation check: the published figure that
 * pins each must hold for the default model and reject the parameter halved and doubled (what
 * `npm run test:mutants` does to every sourced parameter).
 */
const PINNED = [
  {
    parameter: 'corporateSpreadBp',
    check: 'the exposed businesses borrow between the investment-grade index and Baa credit',
    halved: 'starting borrowing spread over the 10y, bp: 75.00 not in 96..180',
    doubled: 'starting borrowing spread over the 10y, bp: 300.00 not in 96..180',
  },
  {
    parameter: 'businessDemandElasticity',
    check: 'at the 24% tariff the business earns most passing on what Goldman Sachs expects',
    // Demand half as elastic: passing the whole tariff on pays best (100% of what exporters leave, 85%).
    halved: "consumers' share of the duty at the profit-best pass-through, % (seed 1): 85.00 not in 55..67",
    // Twice as elastic: passing nothing on pays best.
    doubled: "consumers' share of the duty at the profit-best pass-through, % (seed 1): 0.00 not in 55..67",
  },
] as const satisfies readonly PinnedParameter[];

describePinned('published checks of session 11', PUBLISHED_CHECKS_5, PINNED);
