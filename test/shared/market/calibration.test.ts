import { describe, expect, it } from 'vitest';
import { CALIBRATION_CHECKS } from './calibration-checks.ts';
import { SCENARIO } from './fixture.ts';

/**
 * The episodes of calibration.md, replayed through the default scenario's model. The checks themselves are
 * in calibration-checks.ts, as functions of a scenario, so that `npm run test:mutants` can run the same
 * checks against the model with one parameter scaled. A failure lists each value out of range with its seed.
 */
describe('the calibration episodes on the default scenario (japan-2025)', () => {
  it.each(CALIBRATION_CHECKS.map((check) => [check.name, check] as const))('%s', (_name, check) => {
    expect(check.failures(SCENARIO)).toEqual([]);
  });
});
