import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { tableRows } from './chart-data.ts';
import type { ChartLine } from './LineChart.tsx';

/** Enough rows to follow a line's moves, few enough to read through with a screen reader. */
const MAX_ROWS = 24;

/**
 * A chart's text alternative: its lines as a table over time, behind a "Show data" toggle so it costs
 * sighted readers nothing. The table scrolls inside its own named region rather than widening the page.
 */
export function ChartData({ title, lines }: { title: string; lines: readonly ChartLine[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = tableRows(lines, MAX_ROWS);
  const points = lines[0]?.data.length ?? 0;
  return (
    <details className="chart-data">
      <summary>{t('charts.showData', { chart: title })}</summary>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" aria-label={title} tabIndex={0}>
        <table className="compact-table">
          <caption>{t('charts.dataCaption', { chart: title, rows: rows.length, points })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charts.time')}</th>
              {lines.map((line) => (
                <th key={line.id} scope="col">
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.time}>
                <th scope="row">
                  <time dateTime={new Date(row.time * 1000).toISOString()}>
                    {format.time(row.time * 1000)}
                  </time>
                </th>
                {row.values.map((value, index) => (
                  <td key={lines[index]?.id ?? index}>
                    {value === null ? '—' : format.number(value, lines[index]?.precision ?? 2)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </details>
  );
}
