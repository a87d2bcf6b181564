import {
  createChart,
  createSeriesMarkers,
  type IChartApi,
  type ISeriesApi,
  type ISeriesMarkersPluginApi,
  LineSeries,
  LineStyle,
  type SeriesMarker,
  TickMarkType,
  type Time,
  type UTCTimestamp,
} from 'lightweight-charts';
import { useEffect, useRef } from 'react';
import { formattersFor } from '../../i18n/format.ts';
import type { LinePoint } from './chart-data.ts';

export interface ChartLine {
  id: string;
  label: string;
  color: string;
  dashed?: boolean;
  data: LinePoint[];
  /** Digits after the decimal point on the price scale. */
  precision: number;
}

export interface ChartMarker {
  time: number;
  shape: 'circle' | 'square' | 'arrowUp' | 'arrowDown';
  color: string;
  text?: string;
}

interface Built {
  chart: IChartApi;
  series: ISeriesApi<'Line'>[];
  /** An invisible line on its own hidden scale that carries the event markers along the bottom. */
  events: ISeriesApi<'Line'>;
  markers: ISeriesMarkersPluginApi<Time>;
}

const EVENTS_SCALE = 'events';

const asTime = (seconds: number) => seconds as UTCTimestamp;

/**
 * The chart's times through the client's own time formatter, so its axis and crosshair read like the
 * times in news and chat (12 or 24 hours as the page's language has it, the reader's time zone); the
 * library's own axis labels are 24-hour UTC whatever the language.
 */
function timeLocalization(language: string) {
  const format = formattersFor(language);
  const toMs = (time: Time) => (typeof time === 'number' ? time * 1000 : null);
  return {
    localization: {
      locale: language,
      timeFormatter: (time: Time) => {
        const ms = toMs(time);
        return ms === null ? String(time) : format.time(ms);
      },
    },
    timeScale: {
      tickMarkFormatter: (time: Time, type: TickMarkType) => {
        const ms = toMs(time);
        if (ms === null) return null;
        if (type === TickMarkType.TimeWithSeconds) return format.time(ms);
        // Year, month and day marks (a game that crosses midnight) keep the library's date labels.
        return type === TickMarkType.Time ? format.time(ms, false) : null;
      },
      // The axis spaces its marks by this many characters; "12:00:00 PM" is longer than its default 8.
      tickMarkMaxCharacterLength: format.time(0).length,
    },
  };
}

/** What a chart's series look like (not their data): a change rebuilds the chart. */
interface SeriesStyle {
  color: string;
  dashed: boolean;
  precision: number;
}

const styleKey = (lines: readonly ChartLine[]) =>
  JSON.stringify(
    lines.map(
      (line): SeriesStyle => ({ color: line.color, dashed: line.dashed ?? false, precision: line.precision }),
    ),
  );

function buildChart(element: HTMLElement, styles: readonly SeriesStyle[], language: string): Built {
  const time = timeLocalization(language);
  const chart = createChart(element, {
    // The container's CSS sets the size (smaller on phones); the chart follows it.
    autoSize: true,
    layout: {
      background: { color: '#ffffff' },
      textColor: '#2b2f36',
      fontSize: 11,
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      // Credited once under the charts instead (MarketCharts), as the library's licence allows.
      attributionLogo: false,
    },
    grid: { vertLines: { color: '#eef0f3' }, horzLines: { color: '#eef0f3' } },
    rightPriceScale: { borderVisible: false },
    localization: time.localization,
    timeScale: { ...time.timeScale, borderVisible: false, timeVisible: true, secondsVisible: false },
    handleScroll: false,
    handleScale: false,
    crosshair: { vertLine: { labelVisible: false } },
  });
  const series = styles.map((style) =>
    chart.addSeries(LineSeries, {
      color: style.color,
      lineWidth: 2,
      lineStyle: style.dashed ? LineStyle.Dashed : LineStyle.Solid,
      priceLineVisible: false,
      lastValueVisible: true,
      title: '',
      priceFormat: { type: 'price', precision: style.precision, minMove: 1 / 10 ** style.precision },
    }),
  );
  // Markers on a data line would widen its autoscale to make room for them; on a separate hidden
  // scale they sit in a strip along the time axis and leave the lines' scales alone.
  const events = chart.addSeries(LineSeries, {
    priceScaleId: EVENTS_SCALE,
    color: 'rgba(0, 0, 0, 0)',
    lineVisible: false,
    lastValueVisible: false,
    priceLineVisible: false,
    crosshairMarkerVisible: false,
    pointMarkersVisible: false,
  });
  chart.priceScale(EVENTS_SCALE).applyOptions({ visible: false, scaleMargins: { top: 0.86, bottom: 0.02 } });
  return { chart, series, events, markers: createSeriesMarkers(events, []) };
}

function fill(built: Built, lines: readonly ChartLine[], markers: readonly ChartMarker[]): void {
  lines.forEach((line, index) => {
    built.series[index]?.setData(
      line.data.map((point) => ({ time: asTime(point.time), value: point.value })),
    );
  });
  built.events.setData((lines[0]?.data ?? []).map((point) => ({ time: asTime(point.time), value: 0 })));
  const placed: SeriesMarker<Time>[] = markers.map((marker) => ({
    time: asTime(marker.time),
    position: 'inBar',
    shape: marker.shape,
    color: marker.color,
    size: 0.8,
    ...(marker.text ? { text: marker.text } : {}),
  }));
  built.markers.setMarkers(placed);
  // A short game (a classroom round, a test) needs seconds on the time axis to tell points apart.
  const times = lines[0]?.data ?? [];
  const spanSeconds = times.length > 1 ? times[times.length - 1]!.time - times[0]!.time : 0;
  built.chart.applyOptions({ timeScale: { secondsVisible: spanSeconds < 600 } });
  built.chart.timeScale().fitContent();
}

/**
 * A small line chart on lightweight-charts. It is a picture for sighted users: hidden from assistive
 * technology, which gets the values as text from the panel around it. The chart is built once per
 * set of series; a new language only changes its options, and every new tick only replaces its data.
 *
 * The chart lives in a ref, not in state: a rebuild removes the old chart in the same commit that
 * the data effect runs in, and state would still hand that effect the removed chart ("Object is
 * disposed"). A ref always holds the chart that is alive now, or none.
 */
export function LineChart({
  lines,
  markers,
  language,
}: {
  lines: ChartLine[];
  markers: ChartMarker[];
  language: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const built = useRef<Built | null>(null);
  const latest = useRef({ lines, markers, language });
  latest.current = { lines, markers, language };
  const styles = styleKey(lines);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = buildChart(element, JSON.parse(styles) as SeriesStyle[], latest.current.language);
    built.current = chart;
    fill(chart, latest.current.lines, latest.current.markers);
    return () => {
      built.current = null;
      chart.chart.remove();
    };
  }, [styles]);

  useEffect(() => {
    built.current?.chart.applyOptions(timeLocalization(language));
  }, [language]);

  useEffect(() => {
    if (built.current) fill(built.current, lines, markers);
  }, [lines, markers]);

  return <div className="line-chart" ref={container} aria-hidden="true" />;
}
