import type { MetricReach } from './reach.ts';
import type { ScoreMapping } from './rules.ts';

/** A component's line and its bent ends: how one outcome becomes 0–100 (rules.ts says how to read it). */

/**
 * One outcome onto 0–100: a straight line through (target, 50), bent at its ends (rules.ts says how to read
 * it); `reach`, where the model knows how far legal play can take the outcome, stretches the bends to it.
 */
export function mapToScore(value: number, mapping: ScoreMapping, reach: MetricReach | null = null): number {
  return scoreOnLine(value, mapping.shape, mapping.target, mapping.scale, reach);
}

/**
 * Where the straight line gives way to its tails. Between these two scores a component is the line itself,
 * so the briefing's "50 at the target, 80 at 0.6 scales better" can be read off and worked out by hand.
 */
const LINE_LOW = 20;
const LINE_HIGH = 80;
const TAIL_SPAN = 100 - LINE_HIGH;

/** How close the furthest legal play reads to 0 or 100, where a metric has a reach: near, but not pinned. */
export const REACH_SCORE_GAP = 1;

/**
 * The line's score beyond 20 and 80 bends towards 0 and 100 without reaching them: each further 20 points
 * of the line close a factor e of what is left, and the slope is unbroken where the bend starts. A clamp
 * would score every game past the end the same, so a dump and a small sale would both read 0 and a score
 * would stop telling reckless play from bad play. It reads 100 (rounded) only 2.1 scales past the target.
 * Where legal play reaches further than that (a fund at 2× leverage), the tail stretches (`tail`).
 */
function bend(line: number, lowestLine: number | null, highestLine: number | null): number {
  if (!Number.isFinite(line)) return 0;
  if (line > LINE_HIGH) {
    return 100 - tail(line - LINE_HIGH, highestLine === null ? null : highestLine - LINE_HIGH);
  }
  return bendLow(line, lowestLine);
}

function bendLow(line: number, lowestLine: number | null): number {
  if (!Number.isFinite(line)) return 0;
  if (line >= LINE_LOW) return line;
  return tail(LINE_LOW - line, lowestLine === null ? null : LINE_LOW - lowestLine);
}

/**
 * What is left of a tail's 20 points `depth` line points past its start. The e-fold tail, 20·e^(−d/20),
 * unless legal play reaches (`reachDepth`) further than it reads `REACH_SCORE_GAP` there: then a power law,
 * 20·(1 + d/(20p))^−p, with the same unbroken slope where it starts and p chosen so that the furthest legal
 * play reads `REACH_SCORE_GAP` from the end. Play near the line is charged much as before.
 */
function tail(depth: number, reachDepth: number | null): number {
  const power = reachDepth === null ? null : tailPower(reachDepth);
  if (power === null) return TAIL_SPAN * Math.exp(-depth / TAIL_SPAN);
  return TAIL_SPAN * (1 + depth / (TAIL_SPAN * power)) ** -power;
}

/** How many e-folds a tail must span to come down from 20 points to `REACH_SCORE_GAP`. */
const REACH_FOLDS = Math.log(TAIL_SPAN / REACH_SCORE_GAP);

/**
 * The power p for which the tail reads `REACH_SCORE_GAP` at `reachDepth`, or null when the e-fold tail
 * already reads at least that much there. p·ln(1 + D/(20p)) grows with p towards D/20, so a bisection on
 * log p finds it.
 */
function tailPower(reachDepth: number): number | null {
  if (!(reachDepth > TAIL_SPAN * REACH_FOLDS) || !Number.isFinite(reachDepth)) return null;
  const folds = (power: number) => power * Math.log1p(reachDepth / (TAIL_SPAN * power));
  let low = Math.log(1e-6);
  let high = Math.log(1e6);
  for (let step = 0; step < 50; step++) {
    const middle = (low + high) / 2;
    if (folds(Math.exp(middle)) < REACH_FOLDS) low = middle;
    else high = middle;
  }
  return Math.exp((low + high) / 2);
}

function lineOf(value: number, shape: ScoreMapping['shape'], target: number, scale: number): number {
  const distance = (value - target) / scale;
  switch (shape) {
    case 'higherIsBetter':
      return 50 + 50 * distance;
    case 'lowerIsBetter':
      return 50 - 50 * distance;
    case 'closerIsBetter':
      return 100 - 50 * Math.abs(distance);
  }
}

export function scoreOnLine(
  value: number,
  shape: ScoreMapping['shape'],
  target: number,
  scale: number,
  reach: MetricReach | null,
): number {
  const line = lineOf(value, shape, target, scale);
  // Each end of the reach as a point on the line, where the model knows it.
  const low = typeof reach?.low === 'number' ? lineOf(reach.low, shape, target, scale) : null;
  const high = typeof reach?.high === 'number' ? lineOf(reach.high, shape, target, scale) : null;
  const lowest = low === null ? high : high === null ? low : Math.min(low, high);
  // A closer-is-better component peaks at its target itself, 100 on the line: only the lower end bends.
  if (shape === 'closerIsBetter') return bendLow(line, lowest);
  return bend(line, lowest, low === null ? high : high === null ? low : Math.max(low, high));
}
