import { describePinned, type PinnedParameter } from './pinned-parameters.ts';
import { PUBLISHED_CHECKS_8 } from './published-checks-8.ts';

/**
 * The parameters sourced in session 14 join the mutation check: the published figure that pins each must hold
 * for the default model and reject the parameter halved; doubled, a share above 0.5 is refused by the schema,
 * so the mutation check cannot configure it (what `npm run test:mutants` reports as refused).
 */
const PINNED = [
  {
    parameter: 'supplyChainExportLoss',
    check: 'a supply chain moved out of Japan takes with it at least',
    // Half: 0.4 of a shifted chain lost, less than the Altima's floor, 1 − 0.35 × 0.75.
    halved: "Japan's exports lost per share of imports shifted (seed 1): 0.40 not in 0.7375..1",
  },
] as const satisfies readonly PinnedParameter[];

describePinned('published checks of session 14', PUBLISHED_CHECKS_8, PINNED);
