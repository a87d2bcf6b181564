import { z } from 'zod';

/**
 * Public statements a seat may make by key: the bots speak only these. A statement that names a phrase
 * carries the phrase's English words as its `text` too, so a reader that knows no keys (an outside
 * client, a log) reads the same sentence, and a screen in another language shows the phrase's
 * translation. Keys are `say.<role>.<gist>`. A phrase may name the situation through `{name}`
 * placeholders, filled from the statement's `params` (numbers only, so every language writes them the same
 * way); its `text` is then the English words with the params filled in (`phraseText`).
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
  'say.tokyo.weighOptionsAt': 'A {tariff}% tariff leaves us weighing every option, our reserves included.',
  'say.tokyo.reviewAt':
    'If the tariff stays at {tariff}%, Japan will review its holdings of US government debt.',
  'say.tokyo.noSaleDealBelow':
    'Japan is not selling Treasuries. A deal below {tariff}% is in both our interests.',
  'say.tokyo.watchYen': 'We are watching the yen at {usdJpy} to the dollar closely.',
  'say.tokyo.openBelow': 'Japan remains open to talks on a tariff below {tariff}%.',
  'say.tokyo.keepDeal': 'Japan keeps its word: the deal capping the tariff at {cap}% holds.',
  'say.tokyo.answerBluff': 'Washington may call it a bluff. Our position on a {tariff}% tariff is unchanged.',
  'say.tokyo.answerHawkish': 'Tough words will not bring the tariff down from {tariff}%. Talks will.',
  'say.tokyo.answerConciliatory':
    'We welcome Washington’s tone and are ready to talk about the {tariff}% tariff today.',
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
  'say.whiteHouse.tariffStaysAt': 'The {tariff}% tariff stays until the trade gap closes.',
  'say.whiteHouse.dealBelow': 'A deal that takes the tariff below {tariff}% is within reach.',
  'say.whiteHouse.watchMortgages': 'We are watching mortgage rates at {mortgage}% closely.',
  'say.whiteHouse.doorOpen': 'The tariff on Japanese goods is {tariff}%. Our door is open.',
  'say.whiteHouse.dealWorks': 'Our deal with Japan is working: the tariff is capped at {cap}%.',
  'say.whiteHouse.tariffRisesTo': 'The tariff goes up to {next}% until the trade gap closes.',
  'say.whiteHouse.answerThreat': 'We have heard Tokyo. The tariff stays at {tariff}% while we talk.',
  'say.whiteHouse.answerThreatChange': 'We have heard Tokyo. The tariff goes to {next}% this week.',
  'say.whiteHouse.answerBusiness':
    'We hear American business. Any change to the {tariff}% tariff will come through a deal.',
  'say.whiteHouse.answerBusinessChange': 'We hear American business. The tariff goes to {next}% this week.',
  // Investors
  'say.investors.seeValue': 'We see value in Treasuries and US stocks at these levels.',
  'say.investors.selloffOverdone': 'The sell-off is overdone; we are buyers.',
  'say.investors.yieldsRise': 'We expect yields to rise further as the standoff drags on.',
  'say.investors.cuttingRisk': 'We are cutting risk until there is a deal.',
  'say.investors.tenYearUp': 'The 10-year is up {yieldBp}bp: we are cutting risk.',
  'say.investors.panicOverdone': 'Panic at {panic} is overdone: we are buyers.',
  'say.investors.noteYieldsUp': 'Our note: the 10-year is up {yieldBp}bp since the tariff, at {yield10y}%.',
  'say.investors.noteYieldsDown':
    'Our note: the 10-year is down {yieldBp}bp since the tariff, at {yield10y}%.',
  'say.investors.noteStocks': 'Our note: US stocks moved {equityPct}% last week; we stay with the benchmark.',
  'say.investors.noteDeal': 'Our note: with the tariff capped at {cap}%, we are adding risk.',
  'say.investors.answerThreat': 'Markets have heard Tokyo: we price {belief}% odds of sales.',
  'say.investors.answerDenial':
    'Tokyo denies selling. The holdings report will tell; we price {belief}% odds.',
  // US businesses
  'say.usBusiness.cutJobs': 'If the tariff stays, our members will have to cut jobs.',
  'say.usBusiness.plantsLayoffs': 'Plants that depend on Japanese parts are already planning layoffs.',
  'say.usBusiness.payAtTill': 'Customers will pay for this tariff at the till.',
  'say.usBusiness.pricesUp': 'Prices on cars and parts are going up.',
  'say.usBusiness.jobsAt': 'At {tariff}%, our members will cut jobs.',
  'say.usBusiness.pricesAt': 'A {tariff}% tariff means higher prices at the till.',
  'say.usBusiness.borrowingBites': 'Mortgage rates at {mortgage}% are squeezing our customers.',
  'say.usBusiness.holdingInvestment':
    'Our members are holding back investment until the {tariff}% tariff is settled.',
  'say.usBusiness.dealHelps': 'The cap at {cap}% gives our members room to plan.',
  'say.usBusiness.answerHawkish': 'Tough talk keeps the tariff at {tariff}%, and our members pay for it.',
  'say.usBusiness.answerConciliatory': 'We welcome talk of a deal: a tariff below {tariff}% would save jobs.',
} as const;

export type PhraseKey = keyof typeof STATEMENT_PHRASES_EN;

export const PHRASE_KEYS = Object.keys(STATEMENT_PHRASES_EN) as [PhraseKey, ...PhraseKey[]];

export const PhraseKeySchema = z.enum(PHRASE_KEYS);

/**
 * Each phrase's placeholders, read from its words once: the phrase book is constant, and bots ask for
 * them every time they weigh a phrase.
 */
const PLACEHOLDERS = new Map<PhraseKey, readonly string[]>();

/** A phrase's `{name}` placeholders, in order of first appearance. */
export function phrasePlaceholders(phrase: PhraseKey): string[] {
  let names = PLACEHOLDERS.get(phrase);
  if (!names) {
    const found = [...STATEMENT_PHRASES_EN[phrase].matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    names = [...new Set(found)];
    PLACEHOLDERS.set(phrase, names);
  }
  // A copy: a caller may sort it.
  return [...names];
}

/**
 * A phrase's figures. Numbers only, with at most two decimals (a yield at 4.35%), within a range no
 * situation reaches: words are for people, and a figure every language writes the same way cannot be
 * used to smuggle other words into a phrase.
 */
export const PHRASE_PARAM_LIMIT = 1_000_000;
export const PhraseParamsSchema = z
  .record(
    z.string().regex(/^\w{1,20}$/),
    z
      .number()
      .min(-PHRASE_PARAM_LIMIT)
      .max(PHRASE_PARAM_LIMIT)
      .refine((value) => Number(value.toFixed(2)) === value, { message: 'at most two decimals' }),
  )
  .refine((params) => Object.keys(params).length <= 4, { message: 'at most four figures' });
export type PhraseParams = z.infer<typeof PhraseParamsSchema>;

/** A phrase's English words with its figures filled in: the `text` a phrase statement must carry. */
export function phraseText(phrase: PhraseKey, params: PhraseParams = {}): string {
  const parts = phraseParts(phrase);
  let text = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    const value = params[name];
    text += (value === undefined ? `{${name}}` : String(value)) + parts[index + 1]!;
  }
  return text;
}

const PARTS = new Map<PhraseKey, readonly string[]>();

/**
 * A phrase's words split at its placeholders, once per phrase: the words at even places, a placeholder's
 * name at odd ones. Filling them in is what `replace` with a pattern did for every statement a bot made.
 */
function phraseParts(phrase: PhraseKey): readonly string[] {
  let parts = PARTS.get(phrase);
  if (!parts) {
    parts = STATEMENT_PHRASES_EN[phrase].split(/\{(\w+)\}/);
    PARTS.set(phrase, parts);
  }
  return parts;
}

/** The params name exactly the phrase's placeholders: none missing, none extra. */
export function paramsFitPhrase(phrase: PhraseKey, params: PhraseParams = {}): boolean {
  const wanted = phrasePlaceholders(phrase).sort();
  const given = Object.keys(params).sort();
  return wanted.length === given.length && wanted.every((name, index) => name === given[index]);
}

/** A phrase statement as a headline for a screen to translate: its key and, when it has any, its figures. */
export function phraseHeadline(said: { phrase: PhraseKey; params?: PhraseParams }): {
  key: PhraseKey;
  params?: PhraseParams;
} {
  return said.params ? { key: said.phrase, params: said.params } : { key: said.phrase };
}
