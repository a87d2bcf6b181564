import type { RecordField } from './record-2025.ts';

/**
 * The weekly closes of record-2025.ts that were checked one by one against a published report (issue 8): the
 * figure as the report printed it and where. A test holds each record value to its published close at the
 * record's precision (indices to the point, the 10-year to 0.01, USD/JPY to 0.1), so a close edited from
 * memory fails. Closes not listed here are unchecked: see UNCHECKED_CLOSES.
 */
export interface PublishedClose {
  round: number;
  field: RecordField;
  published: number;
  /** The step the report itself printed to, when coarser than the record's (e.g. 39,569 for 39,569.x). */
  printedStep?: number;
  source: string;
}

export const PUBLISHED_CLOSES: readonly PublishedClose[] = [
  { round: 0, field: 'yield10y', published: 4.129, source: 'Reuters, 2 April 2025: 4.129% late in the day' },
  {
    round: 0,
    field: 'usEquity',
    published: 5670.97,
    source: 'S&P 500 close, 2 April 2025, as listed with 3–8 April',
  },
  {
    round: 1,
    field: 'usEquity',
    published: 5074.08,
    source: 'Yonhap/Asiae, 5 April 2025: −322.44 points (−5.97%) to 5,074.08',
  },
  {
    round: 2,
    field: 'japanEquity',
    published: 33585.58,
    source: 'Reuters, 11 April 2025: "ended 2.96% lower at 33,585.58"; −0.6% for the week',
  },
  {
    round: 3,
    field: 'usEquity',
    published: 5282.7,
    source: 'market wraps of 17 April 2025 (Good Friday closed): +0.13% to 5,282.70',
  },
  {
    round: 4,
    field: 'japanEquity',
    published: 35705.74,
    source:
      'Reuters, 25 April 2025: +1.9% (printed "37,705,74", a slip: 23 April closed at 34,868.63); VT Markets: 35,534 intraday',
  },
  {
    round: 4,
    field: 'usdJpy',
    published: 143.56,
    source: 'Reuters, 25 April 2025 (Tokyo afternoon): 143.56',
  },
  {
    round: 5,
    field: 'usEquity',
    published: 5686.67,
    source: '2 May 2025 market close: +82.53 (+1.47%) to 5,686.67, a ninth straight gain',
  },
  {
    round: 6,
    field: 'japanEquity',
    published: 37503.33,
    source: 'Reuters, 9 May 2025: +1.56% to 37,503.33; +1.83% for the week',
  },
  {
    round: 8,
    field: 'usEquity',
    published: 5802.82,
    source: 'CNBC/Zacks, 23 May 2025: −0.67% to 5,802.82 after the EU and Apple tariff threats',
  },
  {
    round: 10,
    field: 'usEquity',
    published: 6000,
    source: 'Proactive, 6 June 2025: +1% "to finish at the 6,000 milestone"',
  },
  {
    round: 11,
    field: 'japanEquity',
    published: 37834.25,
    source: 'Jiji, 13 June 2025: −338.84 (−0.88%) to 37,834.25',
  },
  {
    round: 12,
    field: 'japanEquity',
    published: 38403.23,
    source: 'Kyodo/Jiji, 23 June 2025: 38,354.09, down 49.14 from Friday 20 June',
  },
  {
    round: 13,
    field: 'usEquity',
    published: 6173.07,
    source: '27 June 2025: +0.52% to a record 6,173.07 (3.4% up on the week)',
  },
  {
    round: 13,
    field: 'japanEquity',
    published: 40150.79,
    source: 'Reuters, 27 June 2025: +1.43% to 40,150.79; +4.6% for the week',
  },
  {
    round: 14,
    field: 'usEquity',
    published: 6279.35,
    source: 'USA Today, 3 July 2025 (short session): +51.93 (+0.83%) to 6,279.35',
  },
  {
    round: 14,
    field: 'yield10y',
    published: 4.348,
    source: 'USA Today, 3 July 2025: the 10-year "edged up to 4.348%"',
  },
  {
    round: 15,
    field: 'japanEquity',
    published: 39569,
    printedStep: 1,
    source: 'Trading Economics, 11 July 2025: −0.19% to 39,569 (Fast Retailing −6.9%)',
  },
  {
    round: 17,
    field: 'usEquity',
    published: 6388.64,
    source: 'market close, 25 July 2025: +0.40% to 6,388.64',
  },
  {
    round: 17,
    field: 'japanEquity',
    published: 41456.23,
    source: 'Reuters, 25 July 2025: −0.9% to 41,456.23, +4.1% over five days',
  },
];

/**
 * What is still unchecked, by field. Closes consistent with a published weekly change (not listed above):
 * Nikkei weeks 1, 3, 5, 7, 8, 14 and 16 (Reuters' weekly −0.6%, +3.41%, +1.83%, −1.6%, +4.1%; Reuters' 7 July
 * close 39,587.68 at −0.56%) and S&P week 12 (27 June's +3.4% for the week).
 */
export const UNCHECKED_CLOSES: Readonly<Record<RecordField, string>> = {
  yield10y:
    'weeks 1–13 and 15–17 (FRED DGS10 as first written; Briefing.com has 4.44% settled on 16 May against 4.43, Dow Jones 4.52% on 23 May against 4.51: 3 pm against settlement conventions)',
  usEquity: 'weeks 2, 4, 6, 7, 9, 11, 15 and 16',
  japanEquity: 'weeks 1, 3, 5, 7–10, 14 and 16 (checked only through weekly changes, see above)',
  usdJpy: 'every week but 4 (OANDA puts 25 July "near 148" against 147.7)',
};
