import { describe, expect, it } from 'vitest';
import { PARAM_SOURCES } from '../../../shared/market/param-sources.ts';
import { SCENARIO, withParams } from './fixture.ts';
import { PUBLISHED_CHECKS_4 } from './published-checks-4.ts';

/**
 * Session 8's published checks join the mutation check: the figure must hold for the default model and
 * reject the version that survived every other check (what `npm run test:mutants` does to each sourced
 * parameter).
 */
const CEILING = 'a backstop takes at most 50bp off the 10-year';

describe('published checks of session 8', () => {
  const ceiling = PUBLISHED_CHECKS_4.find((entry) => entry.name.startsWith(CEILING));

  it('the default model keeps every backstop within the largest purchase programme’s 50bp', () => {
    expect(ceiling).toBeDefined();
    expect(ceiling?.failures(SCENARIO)).toEqual([]);
  });

  it('backstopMinBp ×2 (a 40bp floor) takes more than 50bp off in March 2020’s failing market', () => {
    expect(PARAM_SOURCES.backstopMinBp).toBe('sourced');
    const doubled = withParams({ backstopMinBp: SCENARIO.model.backstopMinBp * 2 }, SCENARIO);
    const failures = ceiling?.failures(doubled) ?? [];
    expect(failures.some((line) => line.startsWith("March 2020's backstop bp"))).toBe(true);
  });
});
