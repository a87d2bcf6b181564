// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { TickMarkType, type TickMarkType as TickMarkTypeEnum } from 'lightweight-charts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LineChart } from '../../client/features/charts/LineChart.tsx';
import { formattersFor } from '../../client/i18n/format.ts';

interface TimeOptions {
  localization?: { timeFormatter?: (time: number) => string };
  timeScale?: { tickMarkFormatter?: (time: number, type: TickMarkTypeEnum, locale: string) => string | null };
}

/** Every option the chart was given, in order: created with, then each `applyOptions`. */
const given: TimeOptions[] = [];

// jsdom has no canvas: the chart is a stub that keeps its options, which is where its labels come from.
vi.mock('lightweight-charts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('lightweight-charts')>();
  const series = () => ({ setData() {}, applyOptions() {} });
  return {
    ...actual,
    createChart: (_element: HTMLElement, options: TimeOptions) => {
      given.push(options);
      return {
        addSeries: series,
        priceScale: () => ({ applyOptions() {} }),
        timeScale: () => ({ fitContent() {} }),
        applyOptions: (options: TimeOptions) => given.push(options),
        remove() {},
      };
    },
    createSeriesMarkers: () => ({ setMarkers() {} }),
  };
});

afterEach(() => {
  cleanup();
  given.length = 0;
});

/** 14:28:12 on the reader's clock, in the charts' seconds. */
const AT = new Date(2025, 3, 2, 14, 28, 12).getTime() / 1000;

/** What the axis and the crosshair show for AT, from the latest options that set them. */
function labels() {
  const tick = given.findLast((options) => options.timeScale?.tickMarkFormatter)?.timeScale
    ?.tickMarkFormatter;
  const crosshair = given.findLast((options) => options.localization?.timeFormatter)?.localization
    ?.timeFormatter;
  return {
    axis: tick?.(AT, TickMarkType.Time, 'x'),
    axisWithSeconds: tick?.(AT, TickMarkType.TimeWithSeconds, 'x'),
    crosshair: crosshair?.(AT),
  };
}

describe('the chart’s times', () => {
  it('read like the news and chat times: 12-hour in English, 24-hour in Japanese', () => {
    const { rerender } = render(<LineChart lines={[]} markers={[]} language="en" />);
    expect(labels()).toEqual({ axis: '02:28 PM', axisWithSeconds: '02:28:12 PM', crosshair: '02:28:12 PM' });
    // News and chat show their times through the same formatter.
    expect(formattersFor('en').time(AT * 1000)).toBe('02:28:12 PM');

    rerender(<LineChart lines={[]} markers={[]} language="ja" />);
    expect(labels()).toEqual({ axis: '14:28', axisWithSeconds: '14:28:12', crosshair: '14:28:12' });
    expect(formattersFor('ja').time(AT * 1000)).toBe('14:28:12');
  });

  it('leave room on the axis for the longest label', () => {
    render(<LineChart lines={[]} markers={[]} language="en" />);
    const created = given[0] as { timeScale?: { tickMarkMaxCharacterLength?: number } };
    expect(created.timeScale?.tickMarkMaxCharacterLength).toBe('02:28:12 PM'.length);
  });

  it('keep the library’s date labels for a day mark', () => {
    render(<LineChart lines={[]} markers={[]} language="en" />);
    const tick = given[0]?.timeScale?.tickMarkFormatter;
    expect(tick?.(AT, TickMarkType.DayOfMonth, 'en')).toBeNull();
  });
});
