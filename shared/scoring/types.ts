import type { ScoreMetric } from './rules.ts';

/** A role's live score: the total 0–100 and how it was made. */
export interface ScoreCard {
  total: number;
  components: ScoreComponent[];
}

export interface ScoreComponent {
  id: string;
  weight: number;
  /** The component's own 0–100 score before weighting. */
  score: number;
  /** The outcome it was computed from, in the component's unit, for the breakdown. */
  value: number;
  /** Which outcome `value` is (its label and mapping are in the scenario's scoring rules). */
  metric: ScoreMetric;
}
