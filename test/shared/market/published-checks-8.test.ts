import { describe, expect, it } from 'vitest';
import { PARAM_SOURCES } from '../../../shared/market/param-sources.ts';
import { ModelParamsSchema } from '../../../shared/market/params.ts';
import { SCENARIO, withParams } from './fixture.ts';
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
] as const;

describe('published checks of session 14', () => {
  it.each(PINNED)('$parameter is sourced, ×0.5 fails its published check and ×2 is refused', (pinned) => {
    expect(PARAM_SOURCES[pinned.parameter]).toBe('sourced');
    const published = PUBLISHED_CHECKS_8.find((entry) => entry.name.startsWith(pinned.check));
    expect(published).toBeDefined();
    expect(published?.failures(SCENARIO)).toEqual([]);
    const value = SCENARIO.model[pinned.parameter];
    expect(published?.failures(withParams({ [pinned.parameter]: value * 0.5 }, SCENARIO))[0]).toBe(
      pinned.halved,
    );
    expect(ModelParamsSchema.safeParse({ ...SCENARIO.model, [pinned.parameter]: value * 2 }).success).toBe(
      false,
    );
  });
});
