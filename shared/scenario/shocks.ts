import type { Shock } from './schema.ts';

/**
 * The default scenario's shock library: what the news and the non-player forces can throw at the
 * table. Sizes follow the 2025 episodes in calibration.md; the facilitator may fire any of them.
 */
export const DEFAULT_SHOCKS: Shock[] = [
  {
    id: 'sale-rumour',
    kind: 'rumour',
    title: { en: 'Rumour: Tokyo is trimming Treasuries' },
    description: {
      en: 'A wire report says Japanese officials have discussed slowing or halting Treasury purchases.',
    },
    // China, 10 January 2018: 10y +5bp to a ten-month high, the dollar −0.6% against a basket (−1.2% against
    // the yen, to 111.3, Reuters; the BoJ's trim of 9 January was still moving the yen), reversed after a denial.
    effect: { yieldBp: 6, usdJpyPct: -0.6, sellingBelief: 0.15, panic: 2 },
    scheduledRounds: [],
  },
  {
    id: 'rumour-denied',
    kind: 'denial',
    title: { en: 'Officials deny any plan to sell' },
    description: { en: 'A senior official calls reports of Treasury sales "inaccurate".' },
    effect: { yieldBp: -5, usdJpyPct: 0.5, sellingBelief: -0.15, panic: -1 },
    scheduledRounds: [],
  },
  {
    id: 'auto-tariff-threat',
    kind: 'tariffShock',
    title: { en: 'Washington floats higher auto tariffs' },
    description: { en: 'Trade hawks in Congress press for a higher tariff on Japanese cars and parts.' },
    // A smaller cousin of 2–4 April 2025 (S&P −10%, Nikkei −7.8%): a threat, not a tariff [judgement].
    effect: { usEquityPct: -2, japanEquityPct: -3, usdJpyPct: -1, panic: 5, yieldBp: -4 },
    scheduledRounds: [],
  },
  {
    id: 'weak-jobs-report',
    kind: 'data',
    title: { en: 'Weak US jobs report' },
    description: { en: 'Payrolls miss forecasts; markets price earlier rate cuts.' },
    effect: { yieldBp: -8, usEquityPct: -1, usdJpyPct: -0.8, panic: 2 },
    scheduledRounds: [3],
  },
  {
    id: 'hot-inflation',
    kind: 'data',
    title: { en: 'Import prices jump' },
    description: { en: 'Import prices rise faster than expected as tariffs reach the shelves.' },
    effect: { yieldBp: 7, usEquityPct: -1.2, panic: 2 },
    scheduledRounds: [5],
  },
  {
    id: 'hawks-resist',
    kind: 'politics',
    title: { en: 'Trade hawks warn against a climb-down' },
    description: { en: 'A letter from senators urges the White House to hold the line on tariffs.' },
    effect: { usEquityPct: -0.5, japanEquityPct: -1, panic: 1 },
    scheduledRounds: [],
  },
  {
    id: 'central-bank-backstop',
    kind: 'backstop',
    title: { en: 'Central banks pledge to keep markets orderly' },
    description: { en: 'The Fed and its partners announce they stand ready to buy Treasuries if needed.' },
    // Williams (2013), D'Amico & King (2013): −20 to −60bp, a third to half on announcement.
    effect: { backstopBp: 35, panic: -8, usEquityPct: 1.5 },
    scheduledRounds: [],
  },
  {
    id: 'dash-for-cash',
    kind: 'tariffShock',
    title: { en: 'Dash for cash' },
    description: { en: 'A global scramble for dollars hits even Treasuries: funds sell what they can.' },
    // March 2020: 10y +64bp in nine days while foreigners sold ~$300bn (BIS WP 966).
    effect: { yieldBp: 30, usEquityPct: -6, japanEquityPct: -5, usdJpyPct: 1.5, panic: 18 },
    scheduledRounds: [],
  },
];
