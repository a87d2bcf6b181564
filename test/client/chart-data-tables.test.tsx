// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tableRows } from '../../client/features/charts/chart-data.ts';
import { MarketCharts } from '../../client/features/charts/MarketCharts.tsx';
import type { PlayerView } from '../../shared/game/player-view.ts';
import { DEFAULT_SHOCKS } from '../../shared/scenario/shocks.ts';
import { renderWith, seatedClient, T0, viewAt } from './helpers.tsx';

// The canvas chart itself cannot draw in jsdom; its text alternative is what is under test.
vi.mock('../../client/features/charts/LineChart.tsx', () => ({ LineChart: () => null }));

afterEach(cleanup);

describe('tableRows', () => {
  const line = (count: number) => ({
    data: Array.from({ length: count }, (_, index) => ({ time: 1000 + index, value: index * 0.5 })),
  });

  it('keeps every point of a short path', () => {
    expect(tableRows([line(3)], 24)).toEqual([
      { time: 1000, values: [0] },
      { time: 1001, values: [0.5] },
      { time: 1002, values: [1] },
    ]);
  });

  it('spreads a long path over the rows, keeping the first and the latest point', () => {
    const rows = tableRows([line(100), line(50)], 24);
    expect(rows).toHaveLength(24);
    expect(rows[0]).toEqual({ time: 1000, values: [0, 0] });
    expect(rows[23]).toEqual({ time: 1099, values: [49.5, null] });
    expect(rows.map((row) => row.time)).toEqual([...rows.map((row) => row.time)].sort((a, b) => a - b));
  });
});

/** A game with a market path of `points` points, a statement and a shock. */
function viewWithEvents(points: number): PlayerView {
  const base = viewAt('negotiate');
  const first = base.marketPath[0]!;
  const marketPath = Array.from({ length: points }, (_, index) => ({
    ...first,
    at: T0 + index * 2000,
    yield10y: 4.25 + index / 100,
  }));
  return {
    ...base,
    marketPath,
    statements: [
      { id: 's1', at: T0 + 4000, round: 1, from: 'tokyo', text: 'We hold our Treasuries.', signal: 'denial' },
    ],
    shocksFired: [{ round: 1, shockId: DEFAULT_SHOCKS[0]!.id, at: T0 + 6000 }],
  };
}

describe('the charts’ data tables', () => {
  it('give each chart its values over time, not only the latest', () => {
    const view = viewWithEvents(40);
    const { client } = seatedClient(view);
    renderWith(<MarketCharts view={view} />, client);
    const rates = screen.getByRole('region', { name: 'Rates (%)' });
    const table = within(rates).getByRole('table');
    expect(within(table).getByText('Rates (%) over time (24 of 40 points)')).toBeTruthy();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers[0]).toBe('Time');
    expect(headers).toHaveLength(3);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(24);
    expect(within(rows[0]!).getAllByRole('cell')[0]!.textContent).toBe('4.25');
    expect(within(rows[23]!).getAllByRole('cell')[0]!.textContent).toBe('4.64');
  });

  it('list the events marked on the charts with their time and what happened', () => {
    const view = viewWithEvents(5);
    const { client } = seatedClient(view);
    renderWith(<MarketCharts view={view} />, client);
    const events = screen.getByRole('region', { name: 'Events marked on the charts, oldest first' });
    const cells = within(events)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells).toHaveLength(2);
    expect(cells[0]![1]).toBe('Statement by Tokyo: We hold our Treasuries.');
    expect(cells[1]![1]).toBe(`Shock: ${DEFAULT_SHOCKS[0]!.title.en}`);
    expect(cells[0]![0]).toMatch(/\d/);
    expect(screen.getByText('Events marked on the charts (2)')).toBeTruthy();
  });

  it('give the shock title in Japanese and mark an English statement as English on a Japanese screen', () => {
    const view = viewWithEvents(5);
    const { client } = seatedClient(view);
    renderWith(<MarketCharts view={view} />, client, 'ja');
    const events = screen.getByRole('region', { name: 'チャート上の出来事（古い順）' });
    const english = [...events.querySelectorAll('[lang="en"]')].map((span) => span.textContent);
    // Only the English words are marked: the Japanese label before them is the page's own language.
    expect(english).toEqual(['We hold our Treasuries.']);
    expect(events.textContent).toContain(DEFAULT_SHOCKS[0]!.title.ja);
    // A full-width colon ends the label: no space after it, as Japanese is written.
    expect(events.textContent).toContain(`ショック：${DEFAULT_SHOCKS[0]!.title.ja}`);
    expect(events.textContent).not.toContain('： ');
  });
});
