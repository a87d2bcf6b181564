import type { Shock } from '../../scenario/schema.ts';

/**
 * What moved markets from April to July 2025 besides the tariffs on Japan, as the scenario's shocks, each
 * scheduled in the backtest round (week) it happened in. The model knows only Japan's tariffs, Tokyo's
 * Treasuries and the players' words; without these the replay ends near where it began, while the 10-year
 * ended about 27bp higher and US stocks about 13% higher. Each effect is the documented move of its news
 * (the day's or the week's close-to-close in record-2025.ts, or the figure cited), never a residual the
 * model left: the backtest then checks that the model's own tariff, pause and deal reactions add up to the
 * record. A shock's yield effect moves the lasting level; its stock and yen effects are level moves; none
 * moves panic, whose fading would move stocks and the yen a second time.
 */

interface News {
  id: string;
  round: number;
  kind: Shock['kind'];
  title: string;
  effect: Shock['effect'];
}

const NEWS: readonly News[] = [
  {
    // 10 April: the White House makes clear China's rate is 145% (9 April's 125% on top of the 20% fentanyl
    // duty); S&P 500 −3.46% on the day (5,456.90 → 5,268.05). 11 April: Beijing answers with 125%, and the
    // Nikkei, closed through the US fall, loses 2.96% (34,609 → 33,586). The thaw of 22–24 April and the
    // Geneva truce below took this escalation back; without it the replay counted the rallies but not the fall.
    id: 'us-china-escalation',
    round: 2,
    kind: 'politics',
    title: 'Washington and Beijing escalate: 145% and 125% tariffs on each other',
    effect: { usEquityPct: -3.46, japanEquityPct: -2.96 },
  },
  {
    // 16 April: Powell warns tariffs are likely to raise inflation and slow growth, Nvidia books a $5.5bn
    // charge on China chip curbs; S&P 500 −2.2% on the day.
    id: 'powell-warns-on-tariffs',
    round: 3,
    kind: 'data',
    title: 'The Fed chair warns tariffs will raise prices and slow growth',
    effect: { usEquityPct: -2.2 },
  },
  {
    // 21 April: Trump calls Powell "a major loser" and weighs firing him; S&P 500 −2.4%, the dollar index at a
    // three-year low, USD/JPY through 140 (139.9 on 22 April, record-2025 week 4 note). The 10y's rise that
    // day (+8bp) was taken back within the week (4.32% → 4.24%), the dollar's slide was not.
    id: 'fed-independence-scare',
    round: 4,
    kind: 'politics',
    title: 'The White House attacks the Fed chair; the dollar slides',
    effect: { usEquityPct: -2.4, usdJpyPct: -1.5 },
  },
  {
    // 22–24 April: Bessent calls the China standoff unsustainable, Trump says he will not fire Powell;
    // S&P 500 +2.5%, +1.7%, +2.0% on the three days; Nikkei +3.0% over the week (34,730 → 35,706 with the
    // 25 April close).
    id: 'china-de-escalation-hopes',
    round: 4,
    kind: 'politics',
    title: 'Washington signals a thaw with Beijing and keeps the Fed chair',
    effect: { usEquityPct: 6.3, japanEquityPct: 2.8 },
  },
  {
    // 30 April–2 May: Microsoft +7.6% and Meta +4.2% on results (1 May), payrolls +177k (2 May, S&P 500
    // +1.5%): the earnings and AI rally; S&P 500 +2.9% and Nikkei +3.2% over the week.
    id: 'earnings-ai-rally',
    round: 5,
    kind: 'data',
    title: 'Big tech earnings beat; an AI rally lifts stocks',
    effect: { usEquityPct: 2.9, japanEquityPct: 3.2 },
  },
  {
    // 7 May: the FOMC holds at 4.25–4.50% and sees higher risks to both inflation and jobs; with recession
    // fears fading, futures priced out an early cut and the 10y rose 6bp over the week (4.31% → 4.37%).
    id: 'fed-on-hold',
    round: 6,
    kind: 'data',
    title: 'The Fed holds rates and signals no hurry to cut',
    effect: { yieldBp: 6 },
  },
  {
    // 12 May, Geneva: the US and China cut their tariffs on each other by 115 points for 90 days; S&P 500
    // +3.3% on the day and +5.3% over the week (5,660 → 5,958), 10y +6bp over the week, USD/JPY to 148 on
    // the day.
    id: 'us-china-geneva-truce',
    round: 7,
    kind: 'politics',
    title: 'US and China agree a 90-day truce, cutting tariffs by 115 points',
    effect: { usEquityPct: 5.3, japanEquityPct: 0.7, yieldBp: 6, usdJpyPct: 0.2 },
  },
  {
    // 16 May: Moody's cuts the US from Aaa to Aa1 after the close; 21 May a weak 20-year auction (5.047%);
    // 22 May the House passes the "One Big Beautiful Bill" (CBO: +$2.4tn of deficits over ten years). 10y
    // 4.43% → 4.51% over the week (4.60% intraday on 22 May), S&P 500 −2.6%, USD/JPY 145.7 → 142.6: "sell
    // America" again, on the deficit.
    id: 'big-beautiful-bill-deficit-worries',
    round: 8,
    kind: 'politics',
    title: 'Moody’s downgrade and the "One Big Beautiful Bill": deficit worries hit Treasuries',
    effect: { yieldBp: 8, usEquityPct: -2.6, japanEquityPct: -1.6, usdJpyPct: -2.1 },
  },
  {
    // 28 May: Nvidia's results beat (revenue +69% on a year); S&P 500 +1.9% and Nikkei +2.2% over the week.
    id: 'nvidia-results',
    round: 9,
    kind: 'data',
    title: 'Chip maker results beat: the AI rally resumes',
    effect: { usEquityPct: 1.9, japanEquityPct: 2.2 },
  },
  {
    // 6 June: payrolls +139k against about 126k expected; 10y 4.40% → 4.51% over the week, S&P 500 +1.5% to
    // 6,000.
    id: 'jobs-hold-up',
    round: 10,
    kind: 'data',
    title: 'US jobs hold up: rate cuts pushed back',
    effect: { yieldBp: 11, usEquityPct: 1.5 },
  },
  {
    // 13 June: Israel strikes Iran; oil +7%, S&P 500 −1.1%, Nikkei −0.9% on the day.
    id: 'israel-strikes-iran',
    round: 11,
    kind: 'politics',
    title: 'Israel strikes Iran; oil jumps',
    effect: { usEquityPct: -1.1, japanEquityPct: -0.9 },
  },
  {
    // 24 June: Israel and Iran agree a ceasefire; Fed governors Bowman and Waller open the door to a July cut.
    // S&P 500 +3.4% to a record 6,173 over the week, Nikkei +4.6% back above 40,000, 10y −10bp (4.38% → 4.28%).
    id: 'ceasefire-and-cut-hopes',
    round: 13,
    kind: 'politics',
    title: 'A Middle East ceasefire and talk of a Fed cut lift stocks to records',
    effect: { usEquityPct: 3.4, japanEquityPct: 4.6, yieldBp: -10 },
  },
  {
    // 3–4 July: payrolls +147k (3 July) and the bill signed into law (4 July); S&P 500 +1.7% to 6,279, 10y
    // +7bp (4.28% → 4.35%).
    id: 'jobs-and-bill-signed',
    round: 14,
    kind: 'data',
    title: 'Strong jobs and the budget bill signed into law',
    effect: { usEquityPct: 1.7, yieldBp: 7 },
  },
  {
    // 8–18 July: Japan's upper-house campaign and talk of tax cuts push JGB yields to records and the yen down;
    // USD/JPY 144.5 → 148.8 over two weeks, about half of it before the letters of 7 July landed.
    id: 'japan-election-fiscal-worries',
    round: 16,
    kind: 'politics',
    title: 'Japan’s election campaign: tax-cut promises weaken the yen',
    effect: { usdJpyPct: 2.0 },
  },
];

/** The 2025 news as scenario shocks, each scheduled in its backtest round. */
export const NEWS_2025: readonly Shock[] = NEWS.map((news) => ({
  id: news.id,
  kind: news.kind,
  title: { en: news.title },
  description: { en: news.title },
  effect: news.effect,
  scheduledRounds: [news.round],
}));
