import { describe, expect, it } from 'vitest';
import { PARAM_SOURCES } from '../../../shared/market/param-sources.ts';
import { SCENARIO, withParams } from './fixture.ts';
import { PUBLISHED_CHECKS_6 } from './published-checks-6.ts';

/**
 * The parameters sourced in session 13 join the mutation check: the published figure that pins each must hold
 * for the default model and reject the parameter halved and doubled (what `npm run test:mutants` does to every
 * sourced parameter).
 */
const PINNED = [
  {
    parameter: 'usEquityNoisePctPerRound',
    check: 'a quiet week: US stocks move between',
    // Half the noise: a quiet week moves the S&P 500 7.2% a year, calmer than the VIX has ever been.
    halved: 'one-week standard deviation of US stocks, % a year: 7.18 not in 9.14..15.2',
    // Twice: 17.2% a year, above the long-run spread that counts the crises.
    doubled: 'one-week standard deviation of US stocks, % a year: 17.19 not in 9.14..15.2',
  },
] as const;

describe('published checks of session 13', () => {
  it.each(PINNED)('$parameter is sourced, and ×0.5 and ×2 fail its published check', (pinned) => {
    expect(PARAM_SOURCES[pinned.parameter]).toBe('sourced');
    const published = PUBLISHED_CHECKS_6.find((entry) => entry.name.startsWith(pinned.check));
    expect(published).toBeDefined();
    expect(published?.failures(SCENARIO)).toEqual([]);
    const scaled = (factor: number) =>
      withParams({ [pinned.parameter]: SCENARIO.model[pinned.parameter] * factor }, SCENARIO);
    expect(published?.failures(scaled(0.5))[0]).toBe(pinned.halved);
    expect(published?.failures(scaled(2))[0]).toBe(pinned.doubled);
  });
});
