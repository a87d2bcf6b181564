import { useTranslation } from 'react-i18next';
import type { MarketPoint } from '../../../shared/market/types.ts';
import { useFormat } from '../../i18n/format.ts';
import { latestChange, type MarketSeries } from './chart-data.ts';

const ROWS: readonly { key: MarketSeries; digits: number }[] = [
  { key: 'yield10y', digits: 2 },
  { key: 'mortgageRate', digits: 2 },
  { key: 'usdJpy', digits: 2 },
  { key: 'usEquity', digits: 0 },
  { key: 'japanEquity', digits: 0 },
  { key: 'panic', digits: 1 },
];

/** The latest values and their change since the game began; each chart's data over time is under it. */
export function MarketSummary({ path }: { path: readonly MarketPoint[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="sr-only" data-testid="market-summary">
      <table>
        <caption>{t('charts.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charts.measure')}</th>
            <th scope="col">{t('charts.latest')}</th>
            <th scope="col">{t('charts.sinceStart')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ key, digits }) => {
            const change = latestChange(path, key);
            return (
              <tr key={key}>
                <th scope="row">{t(`market.${key}`)}</th>
                <td>{change ? format.number(change.latest, digits) : '—'}</td>
                <td>{change ? format.signed(change.change, digits) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
