import type { Levels } from './investors.ts';
import type { Headline, MarketState } from './types.ts';

const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;
/** A change reads with its sign: "+7.1%", "-3bp", "0". */
export const signed = (value: number): string => (value > 0 ? `+${value}` : String(value));
const pctChange = (to: number, from: number) => round1((to / from - 1) * 100);

/** The round report's market lines: how far the 10y, mortgages, stocks, the yen and panic moved this round. */
export function roundReportHeadlines(roundStart: Levels, market: MarketState): Headline[] {
  return [
    {
      key: 'report.yieldMove',
      params: {
        fromPct: round2(roundStart.yield10y),
        toPct: round2(market.yield10y),
        changeBp: signed(Math.round((market.yield10y - roundStart.yield10y) * 100)),
      },
    },
    { key: 'report.mortgageRate', params: { pct: round2(market.mortgageRate) } },
    {
      key: 'report.usEquityMove',
      params: { changePct: signed(pctChange(market.usEquity, roundStart.usEquity)) },
    },
    {
      key: 'report.japanEquityMove',
      params: { changePct: signed(pctChange(market.japanEquity, roundStart.japanEquity)) },
    },
    {
      key: 'report.usdJpyMove',
      params: {
        from: round1(roundStart.usdJpy),
        to: round1(market.usdJpy),
        changePct: signed(pctChange(market.usdJpy, roundStart.usdJpy)),
      },
    },
    { key: 'report.panic', params: { level: Math.round(market.panic) } },
  ];
}
