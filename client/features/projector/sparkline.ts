/**
 * The least vertical range a projector sparkline spans, in basis points of the 10-year yield. Each table's
 * line is scaled to its own path, and the market's noise alone moves the yield about ten basis points over
 * the two rounds or so a sparkline holds (`yieldNoiseBpPerRound`, 4 bp a round at one standard deviation):
 * scaled to its own low and high, that noise filled the tile's height and a quiet table looked as wild as
 * one in a sell-off. With 30 bp at least, noise stays within about a third of the height, and a line that
 * fills it is a real move (and the scale's ends sit on whole basis points: ±15 around the middle).
 */
export const SPARKLINE_MIN_RANGE_BP = 30;

export interface Sparkline {
  /** The points of an SVG polyline in the `width` × `height` box. */
  points: string;
  /** The yields (percent) at the bottom and the top of the box: the scale the room reads. */
  low: number;
  high: number;
}

/**
 * A table's yield path as a sparkline: time left to right, the highest yield at the top, the box spanning
 * the path's low to high or at least `SPARKLINE_MIN_RANGE_BP` around its middle (a flat path sits in the
 * middle). Fewer than two points draw nothing.
 */
export function sparkline(
  path: readonly { at: number; yield10y: number }[],
  width: number,
  height: number,
): Sparkline | null {
  if (path.length < 2) return null;
  const first = path[0]!.at;
  const span = path.at(-1)!.at - first || 1;
  const values = path.map((point) => point.yield10y);
  const pathLow = Math.min(...values);
  const pathHigh = Math.max(...values);
  const range = Math.max(pathHigh - pathLow, SPARKLINE_MIN_RANGE_BP / 100);
  const low = (pathLow + pathHigh) / 2 - range / 2;
  const points = path
    .map((point) => {
      const x = ((point.at - first) / span) * width;
      const y = height - ((point.yield10y - low) / range) * height;
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
  return { points, low, high: low + range };
}

const round = (value: number) => Math.round(value * 10) / 10;
