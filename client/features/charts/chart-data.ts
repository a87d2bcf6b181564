import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { MarketPoint } from '../../../shared/market/types.ts';
import type { PhraseKey, PhraseParams } from '../../../shared/protocol/phrases.ts';
import type { RoleId } from '../../../shared/roles.ts';

/** Series the charts draw, keyed like the market point's own fields. */
export type MarketSeries = 'yield10y' | 'mortgageRate' | 'usdJpy' | 'usEquity' | 'japanEquity' | 'panic';

export interface LinePoint {
  /** Seconds since the epoch: the charts' time axis. */
  time: number;
  value: number;
}

/**
 * One line for a chart. The time axis counts in whole seconds and needs strictly rising times, while the
 * market can move twice within a second (a tick and a statement): the last value in each second wins.
 */
export function toLine(points: readonly MarketPoint[], pick: (point: MarketPoint) => number): LinePoint[] {
  const sorted = [...points].sort((a, b) => a.at - b.at);
  const line: LinePoint[] = [];
  for (const point of sorted) {
    const value = pick(point);
    if (!Number.isFinite(value)) continue;
    const time = Math.floor(point.at / 1000);
    const last = line[line.length - 1];
    if (last && last.time === time) last.value = value;
    else line.push({ time, value });
  }
  return line;
}

/** Percent change against the first point: lets two stock indices of very different levels share a scale. */
export function toChangeLine(points: readonly MarketPoint[], key: MarketSeries): LinePoint[] {
  const first = points.find((point) => Number.isFinite(point[key]) && point[key] !== 0);
  if (!first) return [];
  const base = first[key];
  return toLine(points, (point) => (point[key] / base - 1) * 100);
}

export type EventKind = 'statement' | 'deal' | 'shock' | 'round';

export interface MarketEvent {
  at: number;
  kind: EventKind;
  /** Who made it, when a role did. */
  role?: RoleId;
  /** Extra detail for the label: a signal, a shock id, a round number. */
  detail: string;
  /** A statement's words, and its phrase-book key when it has one (shown in the reader's language). */
  text?: string;
  phrase?: PhraseKey;
  params?: PhraseParams;
}

/** Statements, signed deals, shocks and resolutions: what the charts mark on their time axis. */
export function marketEvents(
  view: Pick<PlayerView, 'statements' | 'deals' | 'shocksFired' | 'reports'>,
): MarketEvent[] {
  const events: MarketEvent[] = [
    ...view.statements.map((statement) => ({
      at: statement.at,
      kind: 'statement' as const,
      role: statement.from,
      detail: statement.signal,
      text: statement.text,
      ...(statement.phrase ? { phrase: statement.phrase } : {}),
      ...(statement.params ? { params: statement.params } : {}),
    })),
    ...view.deals.map((deal) => ({
      at: deal.signedAt,
      kind: 'deal' as const,
      detail: deal.signatories.join(','),
    })),
    ...view.shocksFired.map((shock) => ({ at: shock.at, kind: 'shock' as const, detail: shock.shockId })),
    ...view.reports.map((report) => ({
      at: report.at,
      kind: 'round' as const,
      detail: String(report.round),
    })),
  ];
  return events.sort((a, b) => a.at - b.at);
}

/**
 * Places each event on the line's time axis: at the last point at or before it (a marker must sit on a
 * point), or the first point when it came earlier than all of them. Events are dropped from an empty line.
 */
export function snapToLine<E extends { at: number }>(
  events: readonly E[],
  line: readonly LinePoint[],
): (E & { time: number })[] {
  if (line.length === 0) return [];
  const placed: (E & { time: number })[] = [];
  for (const event of events) {
    const seconds = Math.floor(event.at / 1000);
    let low = 0;
    let high = line.length - 1;
    let found = line[0]!.time;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const point = line[middle]!;
      if (point.time <= seconds) {
        found = point.time;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    placed.push({ ...event, time: found });
  }
  return placed;
}

export interface Change {
  latest: number;
  first: number;
  change: number;
}

/** Latest value of a series and its change since the start of the path. */
export function latestChange(points: readonly MarketPoint[], key: MarketSeries): Change | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  return { latest: last[key], first: first[key], change: last[key] - first[key] };
}

/** One row of a chart's data table: a time and each line's value then (null where a line has none). */
export interface TableRow {
  /** Seconds since the epoch, as on the chart's time axis. */
  time: number;
  values: (number | null)[];
}

/**
 * A chart's lines as a table over time, for people who cannot see the chart (WCAG 1.1.1, 1.3.1): at most
 * `maxRows` rows, spread evenly over the path and always with the first and the latest point, so a long
 * game still reads as a short table of how each line moved.
 */
export function tableRows(lines: readonly { data: readonly LinePoint[] }[], maxRows: number): TableRow[] {
  const times = [...new Set(lines.flatMap((line) => line.data.map((point) => point.time)))].sort(
    (a, b) => a - b,
  );
  const chosen =
    times.length <= maxRows
      ? times
      : [
          ...new Set(
            Array.from(
              { length: maxRows },
              (_, index) => times[Math.round((index * (times.length - 1)) / (maxRows - 1))]!,
            ),
          ),
        ];
  const byLine = lines.map((line) => new Map(line.data.map((point) => [point.time, point.value])));
  return chosen.map((time) => ({ time, values: byLine.map((values) => values.get(time) ?? null) }));
}
