import type { PerRole } from '../roles.ts';
import type { RoleBrief } from './schema.ts';

/**
 * The default scenario's briefings, in the game's own words. The public brief is what every player
 * reads about a role; the confidential objectives are shown to that role's seat alone. Scores follow
 * the objectives (shared/scenario/default-scoring.ts), so the two must tell the same story.
 */
export const DEFAULT_BRIEFS: PerRole<RoleBrief> = {
  tokyo: {
    title: { en: "Tokyo — Japan's Ministry of Finance" },
    publicBrief: {
      en:
        'Washington has put a 24% tariff on Japanese goods, cars included, and weeks of talks have gone ' +
        'nowhere. Japan holds about $1.13 trillion of US Treasury debt, more than any other foreign ' +
        'country, and the finance minister has let it be known that those holdings are "one of the cards ' +
        'on the table". Tokyo prefers quiet diplomacy with its closest ally, but it wants the tariff gone, ' +
        'the yen steady and its reserves intact.',
    },
    confidentialObjectives: [
      {
        en:
          'Get the tariff down. Every point of tariff relief counts; a deal at 15% or lower, autos ' +
          'included, would be a clear win.',
      },
      {
        en:
          'Keep the yen close to where it started. A sharp rise hurts exporters; a collapse looks like ' +
          'capital flight.',
      },
      {
        en:
          'Protect the value of the Treasury portfolio. Selling pushes yields up, and higher yields mark ' +
          'down every bond you still hold: a fire sale is a loss on the rest.',
      },
      {
        en:
          'Stay credible. Hints cost little, but a threat the market stops believing is worth nothing, ' +
          'and a broken promise is published once the official holdings report catches up.',
      },
    ],
  },
  whiteHouse: {
    title: { en: 'The White House' },
    publicBrief: {
      en:
        'The administration sees the tariff as the way to rebalance a lopsided trade relationship, and ' +
        "it has called Tokyo's talk of its Treasury holdings a bluff. Trade hawks in Congress will punish " +
        'a climb-down; homeowners, shareholders and shoppers will punish higher mortgage rates, falling ' +
        'stocks and dearer goods. The president can raise or cut the tariff, exempt or target autos, ' +
        'declare a 90-day pause, and set the tone.',
    },
    confidentialObjectives: [
      {
        en: 'Keep approval up: voters judge the economy they feel, not the tariff schedule.',
      },
      {
        en:
          'Keep borrowing calm. If a bond scare lifts mortgage rates, voters notice within weeks; a pause ' +
          'is the political backstop, but it costs face.',
      },
      {
        en: 'Keep stocks from sliding and consumer prices from climbing.',
      },
      {
        en:
          'Shrink the goods deficit with Japan and look tough doing it: a tariff that stays meaningful ' +
          'keeps the hawks on side, and pledges of investment and farm purchases are wins you can show.',
      },
    ],
  },
  investors: {
    title: { en: 'Bond investors' },
    publicBrief: {
      en:
        'You run one fund across Treasuries, the yen, US and Japanese stocks and cash, with up to twice ' +
        'your capital in positions. A rumour that Japan is selling could lift yields, push up mortgage ' +
        'rates and knock stocks; a deal could spark a relief rally. Your research notes are read by the ' +
        'market, so what you say moves prices a little too.',
    },
    confidentialObjectives: [
      {
        en:
          'Beat your benchmark, a plain 60/40 mix of US stocks and Treasuries. That is your score: ' +
          'being right when the crowd is wrong, less a charge for the risk you took.',
      },
      {
        en:
          'A falling market costs your benchmark as much as you, and a rally lifts both: the market the table ' +
          'makes is not yours to score. What you add to it is.',
      },
      {
        en:
          "Decide whether Tokyo's words are intent or a bargaining chip. The market sees sales only " +
          'through noise until the official holdings report lands rounds later.',
      },
    ],
  },
  usBusiness: {
    title: { en: 'US businesses' },
    publicBrief: {
      en:
        'American firms buy Japanese parts, cars and machinery, and borrow to run their operations. The ' +
        'tariff is paid at the border by the importer, and a bond scare would raise the cost of every ' +
        'loan. You can lobby Washington, decide how much of the tariff to pass on to customers, hedge ' +
        'your borrowing and start moving supply chains, which is costly now and pays off later.',
    },
    confidentialObjectives: [
      {
        en:
          'Protect profits. Absorbing the tariff eats margins; passing it on loses customers. Find the ' +
          'balance, and push for a deal that lowers the tariff.',
      },
      {
        en: 'Keep borrowing costs down: a spike in yields hits every unhedged loan.',
      },
      {
        en: 'Keep sales volumes up. Higher prices and a nervous economy both cut orders.',
      },
    ],
  },
};
