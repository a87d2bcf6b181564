import { z } from 'zod';

/**
 * Public statements a seat may make by key: the bots speak only these. A statement that names a phrase
 * carries the phrase's English words as its `text` too, so a reader that knows no keys (an outside
 * client, a log) reads the same sentence, and a screen in another language shows the phrase's
 * translation. Keys are `say.<role>.<gist>`.
 */
export const STATEMENT_PHRASES_EN = {
  // Tokyo
  'say.tokyo.allOptions': 'All options remain on the table, including how we manage our reserves.',
  'say.tokyo.oneOfManyTools': 'Our Treasury holdings are one of many tools at our disposal.',
  'say.tokyo.reviewHoldings': 'If the tariff stays, Japan will review its holdings of US government debt.',
  'say.tokyo.rebalance': 'We are prepared to rebalance our reserves away from Treasuries.',
  'say.tokyo.noPlanToSell': 'Japan has no plan to sell US Treasuries. We seek a negotiated outcome.',
  'say.tokyo.reportsInaccurate': 'Reports of Japanese sales are inaccurate. We value the alliance.',
  'say.tokyo.reportWrong': 'Japan is not selling US Treasuries. The report is wrong.',
  // White House
  'say.whiteHouse.tariffStays': 'The tariff stays until the trade gap closes.',
  'say.whiteHouse.notPushedAround': 'America will not be pushed around on trade.',
  'say.whiteHouse.closeToDeal': 'We are close to a good deal with our Japanese friends.',
  'say.whiteHouse.talksProductive': 'Talks with Tokyo are productive.',
  'say.whiteHouse.reviewingOptions': 'We are reviewing all options on trade with Japan.',
  'say.whiteHouse.negotiationsContinue': 'Negotiations continue.',
  'say.whiteHouse.wouldHurtItself': 'Japan will not sell its Treasuries. It would only hurt itself.',
  'say.whiteHouse.threatsAreBluff': 'Threats about bond sales are a bluff, and everyone knows it.',
  'say.whiteHouse.cannotAffordToLose': 'Tokyo will not sell. Nobody sells what they cannot afford to lose.',
  // Investors
  'say.investors.seeValue': 'We see value in Treasuries and US stocks at these levels.',
  'say.investors.selloffOverdone': 'The sell-off is overdone; we are buyers.',
  'say.investors.yieldsRise': 'We expect yields to rise further as the standoff drags on.',
  'say.investors.cuttingRisk': 'We are cutting risk until there is a deal.',
  // US businesses
  'say.usBusiness.cutJobs': 'If the tariff stays, our members will have to cut jobs.',
  'say.usBusiness.plantsLayoffs': 'Plants that depend on Japanese parts are already planning layoffs.',
  'say.usBusiness.payAtTill': 'Customers will pay for this tariff at the till.',
  'say.usBusiness.pricesUp': 'Prices on cars and parts are going up.',
} as const;

export type PhraseKey = keyof typeof STATEMENT_PHRASES_EN;

export const PHRASE_KEYS = Object.keys(STATEMENT_PHRASES_EN) as [PhraseKey, ...PhraseKey[]];

export const PhraseKeySchema = z.enum(PHRASE_KEYS);
