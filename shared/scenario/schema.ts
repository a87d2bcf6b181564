import { z } from 'zod';
import { ModelParamsSchema } from '../market/params.ts';
import { MoveSheetSchema } from '../protocol/moves.ts';
import { ScoringRulesSchema } from '../scoring/rules.ts';

/**
 * A scenario is data: the starting market, the briefs, the scoring weights, the shock library, the
 * rounds and timers. A second scenario is a second object of this shape, never new code in the machine.
 */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().min(1),
  ja: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

const positive = z.number().positive().finite();

export const StartingMarketSchema = z.strictObject({
  yield10y: positive,
  mortgageSpreadBp: positive,
  usdJpy: positive,
  usEquity: positive,
  japanEquity: positive,
  panic: positive,
  japanExportsBn: positive,
  businessMargin: positive,
  tokyoHoldingsBn: positive,
  approval: positive,
  deficitWithJapanBn: positive,
  credibility: z.number().min(0).max(100),
});

export const ShockSchema = z.strictObject({
  id: z.string().regex(/^[a-zA-Z0-9-]+$/),
  kind: z.enum(['tariffShock', 'rumour', 'denial', 'backstop', 'data', 'politics']),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  effect: z.strictObject({
    yieldBp: z.number().finite().optional(),
    usEquityPct: z.number().finite().optional(),
    japanEquityPct: z.number().finite().optional(),
    usdJpyPct: z.number().finite().optional(),
    panic: z.number().finite().optional(),
    sellingBelief: z.number().min(-1).max(1).optional(),
    backstopBp: z.number().min(0).optional(),
  }),
  /** Rounds in which the shock fires by itself (scheduled news); empty for facilitator-only shocks. */
  scheduledRounds: z.array(z.number().int().min(1)).default([]),
});
export type Shock = z.infer<typeof ShockSchema>;

export const RoleBriefSchema = z.strictObject({
  title: LocalizedTextSchema,
  publicBrief: LocalizedTextSchema,
  confidentialObjectives: z.array(LocalizedTextSchema).min(1),
});
export type RoleBrief = z.infer<typeof RoleBriefSchema>;

export const TimersSchema = z.strictObject({
  briefingSeconds: z.number().int().min(5).max(3600),
  newsSeconds: z.number().int().min(3).max(600),
  negotiateSeconds: z.number().int().min(10).max(3600),
  decideSeconds: z.number().int().min(10).max(600),
  /** How often the market ticks while people negotiate. */
  tickSeconds: z.number().int().min(1).max(60),
});
export type Timers = z.infer<typeof TimersSchema>;

export const ScenarioSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  rounds: z.number().int().min(1).max(20),
  timers: TimersSchema,
  startingMarket: StartingMarketSchema,
  standingMoves: z.strictObject({
    tokyo: MoveSheetSchema,
    whiteHouse: MoveSheetSchema,
    investors: MoveSheetSchema,
    usBusiness: MoveSheetSchema,
  }),
  briefs: z.strictObject({
    tokyo: RoleBriefSchema,
    whiteHouse: RoleBriefSchema,
    investors: RoleBriefSchema,
    usBusiness: RoleBriefSchema,
  }),
  scoring: ScoringRulesSchema,
  model: ModelParamsSchema,
  shocks: z.array(ShockSchema),
  /** Rounds after which the official holdings report reveals Tokyo's sales. */
  holdingsReportLagRounds: z.number().int().min(0).max(6),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
