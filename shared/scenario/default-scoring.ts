import type { ScoringRules } from '../scoring/rules.ts';

/**
 * The default scenario's scoring: what each role is judged on, how much, and where "middling" lies.
 * Targets are tuned with the headless simulator (npm run simulate) so that the default bot mix lands
 * every role near 50; docs/scoring.md explains each choice. The Japanese labels and reasons are the client's own
 * (client/i18n/ja.ts, scoring.components) word for word, so a screen shows the same words whichever it reads.
 */
export const DEFAULT_SCORING: ScoringRules = {
  tokyo: [
    {
      id: 'tariffRelief',
      // 0.35 (0.45 until issue 8's tokyo8 pass): the yen took weight once its line was centred (below).
      weight: 0.35,
      label: { en: 'Tariff relief', ja: '関税の軽減' },
      why: {
        en: "Exporters pay the tariff: cutting it is the ministry's first aim.",
        ja: '関税を払うのは輸出企業。引き下げが財務省の第一の目標です。',
      },
      metric: 'effectiveTariffPct',
      // 50 at 10.5% (13.5% until session 9): a middling game ends at about 8.3% (6% at the softer tables), since
      // a White House under a deal Tokyo signed may cut below the July 2025 deal's 15%, and the line read 63–75
      // at every table. Not at 8.3 itself: the portfolio line reads about 31 in a middling game (pledges are
      // paid for), and at 10.5 the two together put a middling game at 50. The tail past 20 points stretches
      // to the sheet's highest tariff (scoring/reach.ts), so a 40% tariff still reads above 0.
      mapping: { shape: 'lowerIsBetter', target: 10.5, scale: 13 },
    },
    {
      id: 'yenStability',
      // Centred on a middling game, the line can charge a runaway yen at most the 50 points below its
      // middle: at 0.3 a yen that buying or dumping drives 13–15% away costs about 14 points of the total,
      // what it cost at 0.15 on the old line, so buying every round still does not pay.
      weight: 0.3,
      label: { en: 'Yen stability', ja: '円の安定' },
      why: {
        en: 'A yen that jumps or slides either way hurts exporters or looks like capital flight.',
        ja: '円の急騰も急落も、輸出企業を苦しめるか資本逃避に見えます。',
      },
      // 50 where a middling game's yen ends (about 1% from its start: the default mix ends 0.7% away at the
      // median, 1.0% on average), 20 at 6.7%, about the slide of spring 2024 (151 → 160) that brought
      // the Ministry of Finance into the market. A closer-is-better peak at 0 with 50 at 7% read 90 for an
      // average game and 100 for a yen that barely moved: it lifted Tokyo above 55 at every table.
      metric: 'usdJpyDistancePct',
      mapping: { shape: 'lowerIsBetter', target: 1, scale: 9.5 },
    },
    {
      id: 'portfolioValue',
      // 0.15 (0.2 before): Tokyo's own purchases mark its whole book up, a gain it could not realise
      // without selling it back; weighted higher, buying $150bn a round paid for the yen it moved.
      weight: 0.15,
      label: { en: 'Portfolio and pledges', ja: '保有国債と投資公約' },
      why: {
        en: 'Higher yields mark down every Treasury Japan still holds, and pledges and farm purchases are paid for: neither pressure nor concessions are free.',
        ja: '利回りが上がれば保有し続ける国債の評価額が下がり、投資公約や農産物購入には費用がかかります。圧力も譲歩も、ただではありません。',
      },
      metric: 'tokyoPnlAfterCommitmentsBn',
      mapping: { shape: 'higherIsBetter', target: 3, scale: 70 },
    },
    {
      id: 'credibility',
      weight: 0.2,
      label: { en: 'Credibility', ja: '信頼性' },
      why: {
        en: 'A threat works only while the market believes it; broken promises are published.',
        ja: '脅しは市場が信じている間だけ効きます。破られた約束は公表されます。',
      },
      metric: 'tokyoCredibility',
      mapping: { shape: 'higherIsBetter', target: 60, scale: 20 },
    },
  ],
  whiteHouse: [
    {
      id: 'approval',
      // 0.45 (0.3 until issue 8's session 8, beside a mortgage-rate component of 0.15 that counted the
      // mortgage rate a second time and a toughness component of 0.05 that read the tariff itself). Approval
      // reads the mortgage rate and the politics of the trade war (a climb-down, a tone, what a deal won) and
      // no stocks, shop prices or deficit, which have components of their own: each effect counts once.
      weight: 0.45,
      label: { en: 'Approval', ja: '支持率' },
      why: {
        en: 'Voters reward a deal that wins something and punish a climb-down, and every homebuyer feels a bond scare in the mortgage rate.',
        ja: '有権者は何かを勝ち取った合意を評価し、後退を罰します。債券市場の動揺は住宅ローン金利を通じてすべての住宅購入者に届きます。',
      },
      metric: 'approval',
      // 48.9 (50 until session 9, 48 until session 8, when approval still lost what stocks and shop prices
      // cost): where a middling game now ends, so middling play scores near 50 (the default mix 51.0); session
      // 9's tone, worth 2.5 points (`approvalToughTone`, 1 before), left a middling game's approval 1.1 lower,
      // as neutral words cost more with the hawks. 8 points either way is a landslide of opinion.
      mapping: { shape: 'higherIsBetter', target: 48.9, scale: 8 },
    },
    {
      id: 'stocks',
      weight: 0.15,
      label: { en: 'Stock market', ja: '株式市場' },
      why: {
        en: 'Shareholders and retirement savers watch the index; a slide is blamed on the tariff.',
        ja: '株主や年金の積立者は指数を見ています。下落は関税のせいにされます。',
      },
      metric: 'usEquityChangePct',
      // Wide enough that a 30% slide (a flip-flopped tariff) still ranks below a 15% one.
      mapping: { shape: 'higherIsBetter', target: 4, scale: 22 },
    },
    {
      id: 'consumerPrices',
      weight: 0.25,
      label: { en: 'Consumer prices', ja: '消費者物価' },
      why: {
        en: 'Tariffs passed on to shoppers show up in prices.',
        ja: '消費者に転嫁された関税は物価に表れます。',
      },
      metric: 'consumerPricesChangePct',
      // What voters feel first, so it outweighs the deficit on paper: a 15% tariff held beats 24% held.
      // A 50% tariff held lifts prices about 2.5% once businesses absorb part of it: far below the line.
      mapping: { shape: 'lowerIsBetter', target: 0.5, scale: 2 },
    },
    {
      id: 'deficitWithJapan',
      // 0.15 (0.1 before issue 8's tw8 pass): what the tariff is for, and what a hawk holding firm earns.
      weight: 0.15,
      label: { en: 'Deficit with Japan', ja: '対日赤字' },
      why: {
        en: 'Shrinking the goods deficit is what the tariff is for.',
        ja: '財の赤字を減らすことが関税の目的です。',
      },
      metric: 'deficitWithJapanChangePct',
      mapping: { shape: 'lowerIsBetter', target: -22, scale: 30 },
    },
  ],
  investors: [
    {
      id: 'valueAdded',
      weight: 1,
      label: { en: 'Value added against the benchmark', ja: 'ベンチマーク対比の付加価値' },
      why: {
        en: 'A fund is judged against its 60/40 benchmark, less a charge for the risk it took to beat it: being right, not lucky.',
        ja: 'ファンドは60/40のベンチマークと比べ、勝つために取ったリスクの分を差し引いて評価されます。運ではなく、正しさが問われます。',
      },
      metric: 'fundValueAddedPct',
      // The fund's whole score (absolute return, 0.15 until session 7, read the market the table made, not
      // the fund: a passive book lost 3.8% at an all-hawk table and made 5.2% at a calm one). Wide: a hard
      // fund's forecast still comes true more often at calm tables than at an all-hawk one.
      mapping: { shape: 'higherIsBetter', target: 2, scale: 16 },
    },
  ],
  usBusiness: [
    {
      id: 'profit',
      weight: 0.2,
      label: { en: 'Profit', ja: '利益' },
      why: {
        en: 'The tariff is paid at the border by the importer: absorbed, it eats margins.',
        ja: '関税は輸入者が国境で払います。吸収すれば利益が削られます。',
      },
      metric: 'businessProfitBn',
      // Not stretched with the game's length (rules.ts, perRoundPlayed): the tariff's cost is mostly paid before
      // the standoff settles (a middling game loses $0.56bn a week over 4 rounds, $0.41bn over 8), so a longer
      // game adds little to it; stretched, an eight-round game read the later, cheaper weeks as good play.
      mapping: { shape: 'higherIsBetter', target: -4, scale: 9 },
    },
    {
      id: 'edge',
      weight: 0.8,
      label: { en: 'Profit against peers', ja: '同業他社と比べた利益' },
      why: {
        en: 'Boards compare you with a rival that simply carried on: the tariff hits both; what you did with it, in margins, sales, borrowing and spending, is yours.',
        ja: '取締役会は、何もせず続けた競合と比べます。関税は両者に等しくかかります。利幅、販売量、借入、支出でそれをどう生かしたかはあなた次第です。',
      },
      metric: 'businessEdgeBn',
      // The peer's profit is booked with the same margin × volume and borrowing as the business's own, so
      // sales and borrowing cost are read here, once. The scale is what good play gains over a game
      // (exclusions won early, a pass-through set for the tariff in force: about $0.3bn) reading 8–10 points,
      // so play, not the table, decides; its low tail is stretched to what spending every lever can lose (reach.ts).
      // For six rounds, stretched with the game's length: the edge is summed over the weeks played, so an
      // eight-round game gave good play a third more weeks to gain (56.0 against 49.5 at four).
      mapping: { shape: 'higherIsBetter', target: 0.15, scale: 1.5, perRoundPlayed: true },
    },
  ],
  // Grinold and Kahn, Active Portfolio Management (2nd ed.), ch. 5: 0.05, 0.10 and 0.15 for low, medium and
  // high aversion to active risk; medium here. Horizon-free: return and variance both scale with time.
  // A model parameter until session 8: the market never read it (docs/market-model.md, mutation check).
  activeRiskAversion: 0.1,
};
