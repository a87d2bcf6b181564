import { z } from 'zod';
import { ShockSchema } from '../scenario/schema.ts';

/**
 * A shock the facilitator writes on the spot: a headline and the moves it makes, bounded to what real
 * news has done in a day (the largest in calibration.md is 2–4 April 2025: S&P −10%, Nikkei −7.8%), so a
 * typo cannot wreck a table's market. No effect at all is a headline only.
 */
export const CustomShockSchema = z.strictObject({
  headline: z.string().trim().min(1).max(140),
  kind: ShockSchema.shape.kind,
  effect: z.strictObject({
    yieldBp: z.number().finite().min(-100).max(100).optional(),
    usEquityPct: z.number().finite().min(-15).max(15).optional(),
    japanEquityPct: z.number().finite().min(-15).max(15).optional(),
    usdJpyPct: z.number().finite().min(-10).max(10).optional(),
    panic: z.number().finite().min(-30).max(30).optional(),
    sellingBelief: z.number().finite().min(-1).max(1).optional(),
    backstopBp: z.number().finite().min(0).max(100).optional(),
  }),
});
export type CustomShock = z.infer<typeof CustomShockSchema>;

/** Custom shocks are named in the order they were fired at a table, apart from the scenario's own ids. */
export const CUSTOM_SHOCK_PREFIX = 'custom-';
