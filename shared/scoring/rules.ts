import { z } from 'zod';

/**
 * How each role is scored: weighted components, each mapping one outcome onto 0–100 so that a middling
 * game lands near 50. The rules are scenario data, so the briefing can show a player exactly what counts,
 * and a second scenario can re-weight them without new code.
 */

/**
 * The outcomes a component can read. Changes are measured against the scenario's starting market, so
 * the same rules fit any starting level. See docs/scoring.md for what each one means.
 */
export const SCORE_METRICS = [
  'effectiveTariffPct', // the tariff charged on Japanese goods, trade-weighted, percent
  'usdJpyChangePct', // USD/JPY against the start, percent (negative: a stronger yen)
  'tokyoPortfolioPnlBn', // Japan's mark-to-market gain or loss on its Treasuries, $bn
  'japanExportsChangePct', // Japan's exports to the US against the start, percent
  'tokyoCredibility', // the market's belief in Tokyo's words, 0–100
  'approval', // the White House's approval rating, percent
  'mortgageRate', // 30-year mortgage rate, percent
  'usEquityChangePct', // US stocks against the start, percent
  'consumerPricesChangePct', // US consumer prices against the start, percent
  'deficitWithJapanChangePct', // the goods deficit with Japan against the start, percent
  'whiteHouseCredibility', // the market's belief in the White House's words, 0–100
  'fundExcessReturnPct', // the investors' fund against its 60/40 benchmark, percentage points
  'fundReturnPct', // the investors' fund against its starting value, percent
  'businessProfitBn', // US businesses' cumulative profit against the no-tariff path, $bn
  'borrowingCostPct', // US businesses' borrowing cost, percent
  'salesIndex', // US businesses' sales volume, 100 at the start
  'fundValueAddedPct', // the fund against its benchmark less a charge for its active variance, points
  'meanBorrowingCostPct', // US businesses' borrowing cost averaged over the rounds played, percent
  'meanSalesIndex', // US businesses' sales volume averaged over the rounds played, 100 at the start
  'businessEdgeBn', // US businesses' profit above a peer that kept the starting sheet in the same market, $bn
  'tokyoPnlAfterCommitmentsBn', // Tokyo's portfolio gain or loss less what its pledges and farm purchases cost, $bn
  'usdJpyDistancePct', // how far USD/JPY is from the start, either way, percent (0: where it began)
] as const;
export const ScoreMetricSchema = z.enum(SCORE_METRICS);
export type ScoreMetric = z.infer<typeof ScoreMetricSchema>;

/**
 * A straight line through (target, 50) between 20 and 80 points, bending towards 0 and 100 beyond without
 * reaching them (score.ts, `bend`). `scale` is how far from the target the line would reach 100 (or 0):
 * "50 points at a 17% tariff, 80 at 11%, 20 at 23%" is target 17, scale 10, lower is better. For
 * `closerIsBetter` the line is 100 on the target, 50 at `scale` away on either side and 20 at 1.6 scales:
 * a middling game drifts about `scale` from where it started.
 *
 * `perRoundPlayed`: the outcome is a total summed over the rounds played (a profit, an edge over a peer),
 * so a game twice as long reaches twice as far for the same play. Its target and scale are written for a
 * game of the scenario's length and stretch in proportion to the rounds of the game actually played: the
 * same play each week reads the same score in a four-round game and an eight-round one.
 */
export const ScoreMappingSchema = z.strictObject({
  shape: z.enum(['higherIsBetter', 'lowerIsBetter', 'closerIsBetter']),
  target: z.number().finite(),
  scale: z.number().positive().finite(),
  perRoundPlayed: z.boolean().optional(),
});
export type ScoreMapping = z.infer<typeof ScoreMappingSchema>;

const LabelSchema = z.strictObject({
  en: z.string().min(1),
  ja: z.string().min(1).optional(),
});

export const ScoreComponentRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-zA-Z0-9]+$/),
  /** Share of the role's total; a role's weights add up to 1. */
  weight: z.number().min(0).max(1),
  label: LabelSchema,
  /** One line for the briefing: why this counts for the role. */
  why: LabelSchema,
  metric: ScoreMetricSchema,
  mapping: ScoreMappingSchema,
});
export type ScoreComponentRule = z.infer<typeof ScoreComponentRuleSchema>;

const WEIGHT_TOLERANCE = 1e-6;

const RoleRulesSchema = z
  .array(ScoreComponentRuleSchema)
  .min(1)
  .max(12)
  .refine((rules) => Math.abs(rules.reduce((sum, rule) => sum + rule.weight, 0) - 1) < WEIGHT_TOLERANCE, {
    message: "a role's component weights must add up to 1",
  })
  .refine((rules) => new Set(rules.map((rule) => rule.id)).size === rules.length, {
    message: 'component ids must be distinct within a role',
  });

export const ScoringRulesSchema = z.strictObject({
  tokyo: RoleRulesSchema,
  whiteHouse: RoleRulesSchema,
  investors: RoleRulesSchema,
  usBusiness: RoleRulesSchema,
  /**
   * What the fund's value added (`fundValueAddedPct`) charges per %² of the active variance it ran: the
   * judge's aversion to active risk, a convention of the scoring (Grinold and Kahn), not a figure of the
   * market, so it lives with the weights and scales. Hard bots read it to size the bets they score on.
   */
  activeRiskAversion: z.number().min(0).finite(),
});
export type ScoringRules = z.infer<typeof ScoringRulesSchema>;
