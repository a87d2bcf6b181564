import type { MarketPoint } from '../market/types.ts';
import type { PerRole } from '../roles.ts';
import type { TableDebrief } from './table.ts';

/** A table of a class as the facilitator names it ("3", "Blue"), with its debrief. */
export interface ClassTable {
  label: string;
  debrief: TableDebrief;
}

/** One table's line in the class comparison. */
export interface TableComparison {
  label: string;
  gameId: string;
  ended: boolean;
  /** The market when the game stopped (the last point of its path). */
  final: MarketPoint;
  /** The 10-year's move over the game, basis points. */
  yieldChangeBp: number;
  panicPeak: number;
  dealsReached: number;
  breaches: number;
  backstops: number;
  scores: PerRole<number | null>;
}

/** Tables side by side, in the order given: the class debrief's table. */
export function classComparisonOf(tables: readonly ClassTable[]): TableComparison[] {
  return tables.map(({ label, debrief }) => {
    const first = debrief.marketPath[0]!;
    const final = debrief.marketPath[debrief.marketPath.length - 1]!;
    return {
      label,
      gameId: debrief.gameId,
      ended: debrief.ended,
      final,
      yieldChangeBp: Math.round((final.yield10y - first.yield10y) * 100),
      panicPeak: debrief.panicPeak.panic,
      dealsReached: debrief.deals.length,
      breaches: debrief.breaches.length,
      backstops: debrief.timeline.filter((round) => round.backstop).length,
      scores: debrief.finalScores,
    };
  });
}
