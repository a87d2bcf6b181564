import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { useFormat } from '../../i18n/format.ts';
import { ChartData } from './ChartData.tsx';
import { ChartEvents } from './ChartEvents.tsx';
import {
  type LinePoint,
  latestChange,
  type MarketEvent,
  marketEvents,
  snapToLine,
  toChangeLine,
  toLine,
} from './chart-data.ts';
import { type ChartLine, type ChartMarker, LineChart } from './LineChart.tsx';
import { MarketSummary } from './MarketSummary.tsx';
import './charts.css';

const COLORS = {
  primary: '#1d4ed8',
  secondary: '#b45309',
  panic: '#b91c1c',
  statement: '#4b5563',
  deal: '#047857',
  shock: '#b91c1c',
  round: '#6d28d9',
};

function markerFor(
  event: MarketEvent & { time: number },
  roundLabel: (round: string) => string,
): ChartMarker {
  switch (event.kind) {
    case 'statement':
      return { time: event.time, shape: 'circle', color: COLORS.statement };
    case 'deal':
      return { time: event.time, shape: 'arrowUp', color: COLORS.deal, text: '✓' };
    case 'shock':
      return { time: event.time, shape: 'square', color: COLORS.shock, text: '!' };
    case 'round':
      return { time: event.time, shape: 'arrowDown', color: COLORS.round, text: roundLabel(event.detail) };
  }
}

interface Panel {
  id: string;
  title: string;
  latest: string;
  lines: ChartLine[];
}

/** The market's path as four small charts, events marked on the time axis, and the same as text. */
export function MarketCharts({
  view,
}: {
  view: Pick<PlayerView, 'marketPath' | 'statements' | 'deals' | 'shocksFired' | 'reports'>;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const path = view.marketPath;
  const language = i18n.language;

  const panels = useMemo<Panel[]>(() => {
    const line = (
      id: string,
      label: string,
      data: LinePoint[],
      color: string,
      precision: number,
      dashed = false,
    ) => ({
      id,
      label,
      data,
      color,
      precision,
      dashed,
    });
    const last = (key: 'yield10y' | 'mortgageRate' | 'usdJpy' | 'panic', digits: number, unit = '') => {
      const change = latestChange(path, key);
      return change ? `${format.number(change.latest, digits)}${unit}` : '—';
    };
    const stockChange = (key: 'usEquity' | 'japanEquity') => {
      const change = latestChange(path, key);
      return change && change.first !== 0
        ? `${format.signed((change.latest / change.first - 1) * 100, 1)}%`
        : '—';
    };
    return [
      {
        id: 'rates',
        title: t('charts.rates'),
        latest: `${t('market.yield10yShort')} ${last('yield10y', 2, '%')} · ${t('market.mortgageShort')} ${last('mortgageRate', 2, '%')}`,
        lines: [
          line(
            'yield10y',
            t('market.yield10yShort'),
            toLine(path, (point) => point.yield10y),
            COLORS.primary,
            2,
          ),
          line(
            'mortgageRate',
            t('market.mortgageShort'),
            toLine(path, (point) => point.mortgageRate),
            COLORS.secondary,
            2,
            true,
          ),
        ],
      },
      {
        id: 'usdJpy',
        title: t('charts.usdJpy'),
        latest: last('usdJpy', 2),
        lines: [
          line(
            'usdJpy',
            t('market.usdJpy'),
            toLine(path, (point) => point.usdJpy),
            COLORS.primary,
            2,
          ),
        ],
      },
      {
        id: 'stocks',
        title: t('charts.stocks'),
        latest: `${t('market.usShort')} ${stockChange('usEquity')} · ${t('market.japanShort')} ${stockChange('japanEquity')}`,
        lines: [
          line('usEquity', t('market.usShort'), toChangeLine(path, 'usEquity'), COLORS.primary, 2),
          line(
            'japanEquity',
            t('market.japanShort'),
            toChangeLine(path, 'japanEquity'),
            COLORS.secondary,
            2,
            true,
          ),
        ],
      },
      {
        id: 'panic',
        title: t('charts.panic'),
        latest: last('panic', 1),
        lines: [
          line(
            'panic',
            t('market.panic'),
            toLine(path, (point) => point.panic),
            COLORS.panic,
            1,
          ),
        ],
      },
    ];
  }, [path, t, format]);

  const events = useMemo(() => marketEvents(view), [view]);
  const markersByPanel = useMemo(
    () =>
      panels.map((panel) =>
        snapToLine(events, panel.lines[0]?.data ?? []).map((event) =>
          markerFor(event, (round) => t('charts.roundMarker', { round })),
        ),
      ),
    [panels, events, t],
  );

  return (
    <div className="market-charts">
      <div className="chart-grid">
        {panels.map((panel, index) => (
          <figure key={panel.id} className="chart-card" data-testid={`chart-${panel.id}`}>
            <figcaption>
              <span className="chart-title">{panel.title}</span>
              <span className="chart-latest">{panel.latest}</span>
            </figcaption>
            {panel.lines.length > 1 ? (
              <ul className="chart-legend" aria-hidden="true">
                {panel.lines.map((line) => (
                  <li key={line.id}>
                    <span
                      className={`legend-swatch ${line.dashed ? 'dashed' : ''}`}
                      style={{ borderColor: line.color }}
                    />
                    {line.label}
                  </li>
                ))}
              </ul>
            ) : null}
            <LineChart lines={panel.lines} markers={markersByPanel[index] ?? []} language={language} />
            <ChartData title={panel.title} lines={panel.lines} />
          </figure>
        ))}
      </div>
      <p className="chart-key" aria-hidden="true">
        <span style={{ color: COLORS.statement }}>●</span> {t('charts.keyStatement')}{' '}
        <span style={{ color: COLORS.deal }}>▲</span> {t('charts.keyDeal')}{' '}
        <span style={{ color: COLORS.shock }}>■</span> {t('charts.keyShock')}{' '}
        <span style={{ color: COLORS.round }}>▼</span> {t('charts.keyRound')}
      </p>
      <p className="chart-credit">
        {t('charts.credit')}{' '}
        <a href="https://www.tradingview.com/" target="_blank" rel="noopener noreferrer">
          TradingView Lightweight Charts™
        </a>
      </p>
      <ChartEvents events={events} />
      <MarketSummary path={path} />
    </div>
  );
}
