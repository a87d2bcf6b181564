/**
 * A table's yield path as the points of an SVG polyline in a `width` × `height` box: time left to right,
 * the highest yield at the top. A flat path sits in the middle; fewer than two points draw nothing.
 */
export function sparklinePoints(
  path: readonly { at: number; yield10y: number }[],
  width: number,
  height: number,
): string {
  if (path.length < 2) return '';
  const first = path[0]!.at;
  const span = path.at(-1)!.at - first || 1;
  const values = path.map((point) => point.yield10y);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const range = high - low;
  return path
    .map((point) => {
      const x = ((point.at - first) / span) * width;
      const y = range === 0 ? height / 2 : height - ((point.yield10y - low) / range) * height;
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

const round = (value: number) => Math.round(value * 10) / 10;
