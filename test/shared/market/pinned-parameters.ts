import { describe, expect, it } from 'vitest';
import { PARAM_SOURCES } from '../../../shared/market/param-sources.ts';
import { type ModelParams, ModelParamsSchema } from '../../../shared/market/params.ts';
import type { CalibrationCheck } from './calibration-check.ts';
import { SCENARIO, withParams } from './fixture.ts';

/** A sourced parameter and the published check that pins it: the first failure it gives halved and doubled. */
export interface PinnedParameter {
  parameter: keyof ModelParams;
  /** The start of the check's name. */
  check: string;
  halved: string;
  /** Absent: twice the value is refused by the schema (a share past 1), so the mutation check cannot try it. */
  doubled?: string;
}

/**
 * The parameters a session sourced join the mutation check: the published figure that pins each must hold
 * for the default model and reject the parameter halved and doubled (what `npm run test:mutants` does to
 * every sourced parameter).
 */
export function describePinned(
  title: string,
  checks: readonly CalibrationCheck[],
  pinned: readonly PinnedParameter[],
): void {
  describe(title, () => {
    it.each(pinned)(
      '$parameter is sourced, and ×0.5 and ×2 fail its published check or the schema',
      (pin) => {
        expect(PARAM_SOURCES[pin.parameter]).toBe('sourced');
        const published = checks.find((entry) => entry.name.startsWith(pin.check));
        expect(published).toBeDefined();
        expect(published?.failures(SCENARIO)).toEqual([]);
        const value = SCENARIO.model[pin.parameter];
        expect(published?.failures(withParams({ [pin.parameter]: value * 0.5 }))[0]).toBe(pin.halved);
        if (pin.doubled === undefined)
          expect(ModelParamsSchema.safeParse({ ...SCENARIO.model, [pin.parameter]: value * 2 }).success).toBe(
            false,
          );
        else expect(published?.failures(withParams({ [pin.parameter]: value * 2 }))[0]).toBe(pin.doubled);
      },
    );
  });
}
