import type { Shock } from './schema.ts';

/**
 * The default scenario's shock library: what the news and the non-player forces can throw at the
 * table. Sizes follow the 2025 episodes in calibration.md; the facilitator may fire any of them.
 */
export const DEFAULT_SHOCKS: Shock[] = [
  {
    id: 'sale-rumour',
    kind: 'rumour',
    title: { en: 'Rumour: Tokyo is trimming Treasuries', ja: '観測：東京が米国債保有を圧縮か' },
    description: {
      en: 'A wire report says Japanese officials have discussed slowing or halting Treasury purchases.',
      ja: '日本の当局者が米国債の購入の減速や停止を協議したと、通信社が報じた。',
    },
    // China, 10 January 2018: 10y +5bp to a ten-month high, the dollar −0.6% against a basket (−1.2% against
    // the yen, to 111.3, Reuters; the BoJ's trim of 9 January was still moving the yen), reversed after a denial.
    effect: { yieldBp: 6, usdJpyPct: -0.6, sellingBelief: 0.15, panic: 2 },
    scheduledRounds: [],
  },
  {
    id: 'rumour-denied',
    kind: 'denial',
    title: { en: 'Officials deny any plan to sell', ja: '当局者、売却計画を否定' },
    description: {
      en: 'A senior official calls reports of Treasury sales "inaccurate".',
      ja: '政府高官が、米国債売却の報道を「不正確だ」と述べた。',
    },
    effect: { yieldBp: -5, usdJpyPct: 0.5, sellingBelief: -0.15, panic: -1 },
    scheduledRounds: [],
  },
  {
    id: 'auto-tariff-threat',
    kind: 'tariffShock',
    title: { en: 'Washington floats higher auto tariffs', ja: 'ワシントンで自動車関税の引き上げ案が浮上' },
    description: {
      en: 'Trade hawks in Congress press for a higher tariff on Japanese cars and parts.',
      ja: '議会の通商タカ派が、日本製の自動車と部品への関税引き上げを迫っている。',
    },
    // A smaller cousin of 2–4 April 2025 (S&P −10%, Nikkei −7.8%): a threat, not a tariff [judgement].
    effect: { usEquityPct: -2, japanEquityPct: -3, usdJpyPct: -1, panic: 5, yieldBp: -4 },
    scheduledRounds: [],
  },
  {
    id: 'weak-jobs-report',
    kind: 'data',
    title: { en: 'Weak US jobs report', ja: '米雇用統計、低調な結果に' },
    description: {
      en: 'Payrolls miss forecasts; markets price earlier rate cuts.',
      ja: '雇用者数の伸びが予想を下回り、市場は利下げの前倒しを織り込んだ。',
    },
    effect: { yieldBp: -8, usEquityPct: -1, usdJpyPct: -0.8, panic: 2 },
    scheduledRounds: [3],
  },
  {
    id: 'hot-inflation',
    kind: 'data',
    title: { en: 'Import prices jump', ja: '輸入物価が急上昇' },
    description: {
      en: 'Import prices rise faster than expected as tariffs reach the shelves.',
      ja: '関税が店頭価格に及び始め、輸入物価が予想を上回るペースで上昇した。',
    },
    effect: { yieldBp: 7, usEquityPct: -1.2, panic: 2 },
    scheduledRounds: [5],
  },
  {
    id: 'hawks-resist',
    kind: 'politics',
    title: { en: 'Trade hawks warn against a climb-down', ja: '通商タカ派、関税での譲歩をけん制' },
    description: {
      en: 'A letter from senators urges the White House to hold the line on tariffs.',
      ja: '上院議員らが書簡で、関税で譲歩しないようホワイトハウスに求めた。',
    },
    effect: { usEquityPct: -0.5, japanEquityPct: -1, panic: 1 },
    scheduledRounds: [],
  },
  {
    id: 'central-bank-backstop',
    kind: 'backstop',
    title: { en: 'Central banks pledge to keep markets orderly', ja: '中央銀行、市場の安定維持を確約' },
    description: {
      en: 'The Fed and its partners announce they stand ready to buy Treasuries if needed.',
      ja: '米連邦準備理事会（FRB）と各国の中央銀行が、必要なら米国債を買い入れる用意があると表明した。',
    },
    // Williams (2013), D'Amico & King (2013): −20 to −60bp, a third to half on announcement.
    effect: { backstopBp: 35, panic: -8, usEquityPct: 1.5 },
    scheduledRounds: [],
  },
  {
    id: 'dash-for-cash',
    kind: 'tariffShock',
    title: { en: 'Dash for cash', ja: '現金確保へ売り殺到' },
    description: {
      en: 'A global scramble for dollars hits even Treasuries: funds sell what they can.',
      ja: '世界的なドル資金の争奪が米国債にまで及び、ファンドは売れるものを手当たり次第に売っている。',
    },
    // March 2020: 10y +64bp in nine days while foreigners sold ~$300bn (BIS WP 966).
    effect: { yieldBp: 30, usEquityPct: -6, japanEquityPct: -5, usdJpyPct: 1.5, panic: 18 },
    scheduledRounds: [],
  },
];
