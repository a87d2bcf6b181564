import { describe, expect, it } from 'vitest';
import { PARAM_SOURCES } from '../../../shared/market/param-sources.ts';
import { SCENARIO, withParams } from './fixture.ts';
import { PUBLISHED_CHECKS_2 } from './published-checks-2.ts';

/**
 * The parameters sourced in session 7 join the mutation check: the published figure that pins each must
 * reject the parameter halved and doubled (what `npm run test:mutants` does to every sourced parameter).
 */
const PINNED = [
  { parameter: 'japanEquityTrendSdPctPerRound', check: 'six quiet weeks: Japanese stocks' },
  { parameter: 'backstopCooldownRounds', check: 'a second backstop comes two weeks after the first' },
] as const;

describe('published checks of session 7', () => {
  it.each(PINNED)(
    '$parameter is sourced, and ×0.5 and ×2 fail its published check',
    ({ parameter, check }) => {
      expect(PARAM_SOURCES[parameter]).toBe('sourced');
      const published = PUBLISHED_CHECKS_2.find((entry) => entry.name.startsWith(check));
      expect(published).toBeDefined();
      expect(published?.failures(SCENARIO)).toEqual([]);
      for (const factor of [0.5, 2]) {
        const mutant = withParams({ [parameter]: SCENARIO.model[parameter] * factor }, SCENARIO);
        expect(published?.failures(mutant).length, `${parameter} ×${factor}`).toBeGreaterThan(0);
      }
    },
  );
});
