import type { ScoringRules } from '../scoring/rules.ts';

/**
 * The default scenario's scoring: what each role is judged on, how much, and where "middling" lies.
 * Targets are tuned with the headless simulator (npm run simulate) so that the default bot mix lands
 * every role near 50; docs/scoring.md explains each choice.
 */
export const DEFAULT_SCORING: ScoringRules = {
  tokyo: [
    {
      id: 'tariffRelief',
      // 0.35 (0.45 until issue 8's tokyo8 pass): the yen took weight once its line was centred (below).
      weight: 0.35,
      label: { en: 'Tariff relief' },
      why: { en: "Exporters pay the tariff: cutting it is the ministry's first aim." },
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
      label: { en: 'Yen stability' },
      why: { en: 'A yen that jumps or slides either way hurts exporters or looks like capital flight.' },
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
      label: { en: 'Portfolio and pledges' },
      why: {
        en: 'Higher yields mark down every Treasury Japan still holds, and pledges and farm purchases are paid for: neither pressure nor concessions are free.',
      },
      metric: 'tokyoPnlAfterCommitmentsBn',
      mapping: { shape: 'higherIsBetter', target: 3, scale: 70 },
    },
    {
      id: 'credibility',
      weight: 0.2,
      label: { en: 'Credibility' },
      why: { en: 'A threat works only while the market believes it; broken promises are published.' },
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
      label: { en: 'Approval' },
      why: {
        en: 'Voters reward a deal that wins something and punish a climb-down, and every homebuyer feels a bond scare in the mortgage rate.',
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
      label: { en: 'Stock market' },
      why: { en: 'Shareholders and retirement savers watch the index; a slide is blamed on the tariff.' },
      metric: 'usEquityChangePct',
      // Wide enough that a 30% slide (a flip-flopped tariff) still ranks below a 15% one.
      mapping: { shape: 'higherIsBetter', target: 4, scale: 22 },
    },
    {
      id: 'consumerPrices',
      weight: 0.25,
      label: { en: 'Consumer prices' },
      why: { en: 'Tariffs passed on to shoppers show up in prices.' },
      metric: 'consumerPricesChangePct',
      // What voters feel first, so it outweighs the deficit on paper: a 15% tariff held beats 24% held.
      // A 50% tariff held lifts prices about 2.5% once businesses absorb part of it: far below the line.
      mapping: { shape: 'lowerIsBetter', target: 0.5, scale: 2 },
    },
    {
      id: 'deficitWithJapan',
      // 0.15 (0.1 before issue 8's tw8 pass): what the tariff is for, and what a hawk holding firm earns.
      weight: 0.15,
      label: { en: 'Deficit with Japan' },
      why: { en: 'Shrinking the goods deficit is what the tariff is for.' },
      metric: 'deficitWithJapanChangePct',
      mapping: { shape: 'lowerIsBetter', target: -22, scale: 30 },
    },
  ],
  investors: [
    {
      id: 'valueAdded',
      weight: 1,
      label: { en: 'Value added against the benchmark' },
      why: {
        en: 'A fund is judged against its 60/40 benchmark, less a charge for the risk it took to beat it: being right, not lucky.',
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
      label: { en: 'Profit' },
      why: { en: 'The tariff is paid at the border by the importer: absorbed, it eats margins.' },
      metric: 'businessProfitBn',
      // Not stretched with the game's length (rules.ts, perRoundPlayed): the tariff's cost is mostly paid before
      // the standoff settles (a middling game loses $0.56bn a week over 4 rounds, $0.41bn over 8), so a longer
      // game adds little to it; stretched, an eight-round game read the later, cheaper weeks as good play.
      mapping: { shape: 'higherIsBetter', target: -4, scale: 9 },
    },
    {
      id: 'edge',
      weight: 0.8,
      label: { en: 'Profit against peers' },
      why: {
        en: 'Boards compare you with a rival that simply carried on: the tariff hits both; what you did with it, in margins, sales, borrowing and spending, is yours.',
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
