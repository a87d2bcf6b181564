/**
 * English templates for every reason a bot gives, keyed like the rest of the game's messages;
 * `{{param}}` is filled from the reason's params, `{{param, money}}` as an amount of dollars (billions)
 * and `{{param, moneyMillions}}` in millions. The client's i18n bundle may override any of them.
 */
export const BOT_REASONS_EN: Record<string, string> = {
  // Tokyo
  'bot.tokyo.holdUnderDeal': 'A deal caps the tariff at {{cap}}%: hold the portfolio and keep our word.',
  'bot.tokyo.holdUnderDealYen':
    'A deal caps the tariff at {{cap}}%: keep our word, and buy yen: {{sold, money}} of dollar reserves sold, a Treasury sale by the rules.',
  'bot.tokyo.holdTariffLow': 'The tariff is down to {{tariff}}%: no need to sell.',
  'bot.tokyo.holdTariffLowYen':
    'The tariff is down to {{tariff}}%: no sale to press it, but buy yen: {{sold, money}} of dollar reserves sold, a Treasury sale by the rules.',
  'bot.tokyo.sell': 'The tariff is still {{tariff}}%: sell {{amount, money}} to show the threat is real.',
  'bot.tokyo.calm': 'Calm pays: hold, pledge {{pledge, money}} of investment and buy US farm goods.',
  'bot.tokyo.calmYen':
    'Calm pays: pledge {{pledge, money}}, buy US farm goods and buy yen: {{sold, money}} of dollar reserves sold, a Treasury sale by the rules.',
  'bot.tokyo.mirrorHostile':
    'Washington hardened its line ({{tariff}}%): answer in kind with a measured sale.',
  'bot.tokyo.mirrorFriendly': 'Washington gave ground: hold and reciprocate with a pledge.',
  'bot.tokyo.mirrorFriendlyYen':
    'Washington gave ground: reciprocate with a pledge, and buy yen: {{sold, money}} of dollar reserves sold, a Treasury sale by the rules.',
  'bot.tokyo.quietPressure': 'Keep quiet pressure on a {{tariff}}% tariff: skip auctions rather than sell.',
  'bot.tokyo.bluff':
    'The market still believes us (credibility {{credibility}}): words cost less than sales.',
  'bot.tokyo.bluffYen':
    'Credibility {{credibility}}: words do the work, but buy yen: {{sold, money}} of dollar reserves sold, a Treasury sale by the rules.',
  'bot.tokyo.projectedHold': 'Looked ahead: holding projects a score of {{projected}}, the best option.',
  'bot.tokyo.projectedHoldYen':
    'Looked ahead: buying yen alone ({{sold, money}} of reserves sold, a Treasury sale by the rules) projects {{projected}}, the best option.',
  'bot.tokyo.projectedQuiet':
    'Looked ahead: skipping auctions projects a score of {{projected}}, the best option.',
  'bot.tokyo.projectedSell':
    'Looked ahead: selling {{amount, money}} projects a score of {{projected}}, the best option.',
  'bot.tokyo.projectedSupport':
    'Looked ahead: buying, a {{pledge, money}} pledge and farm purchases project a score of {{projected}}, the best option.',
  'bot.tokyo.sayThreat': 'A {{tariff}}% tariff needs a credible threat.',
  'bot.tokyo.sayBackedThreat':
    'A threat we back with a sale projects {{projected}}, against {{without}} without.',
  'bot.tokyo.sayDenial': 'Reassure the market: a calm bond market protects our portfolio.',
  'bot.tokyo.sayMirrorThreat': 'Washington turned hostile: match its tone.',
  'bot.tokyo.sayMirrorDenial': 'Washington softened: lower the temperature.',
  'bot.tokyo.sayBackOff': 'The bluff has been called and the market no longer listens: back off.',
  'bot.tokyo.sayHint': 'A hint costs nothing and keeps Washington guessing.',
  'bot.tokyo.offerDeal':
    'Offer calm for relief: no sales and {{pledge, money}} of investment for a {{maxPct}}% cap.',
  // Tokyo, easy: the beginner (tokyo-beginner.ts)
  'bot.tokyo.easyRetaliate':
    'The tariff is still {{tariff}}%: answer with a {{retaliation}}% tariff of our own; our Treasuries stay where they are.',
  'bot.tokyo.easyRetaliateYen':
    'Still {{tariff}}%: a {{retaliation}}% tariff of our own, and buying yen sells {{sold, money}} of reserves, a Treasury sale by the rules.',
  'bot.tokyo.easyReassure':
    'Reassure Washington with {{farm, money}} of US farm purchases: goodwill should do, no pledge before a deal asks for one.',
  'bot.tokyo.easyBluff':
    'Words cost nothing and sales cost money: hold and let the threat work (credibility {{credibility}}).',
  'bot.tokyo.easyBluffYen':
    'Let the threat work (credibility {{credibility}}), and buy yen: {{sold, money}} of dollar reserves sold, a Treasury sale by the rules.',
  'bot.tokyo.easySayThreat': 'A {{tariff}}% tariff: say again that our Treasuries are on the table.',
  'bot.tokyo.easySayWarning':
    'Washington raised the stakes ({{tariff}}%): warn it that our holdings are on the table.',
  'bot.tokyo.easySayMirrorThreat': 'Washington has not given ground at {{tariff}}%: keep the warning alive.',
  'bot.tokyo.easySayBluff': 'A threat costs nothing to say (credibility {{credibility}}): say it.',
  // White House
  'bot.wh.pausePanic': 'Panic at {{panic}}: pause the tariff before markets break.',
  'bot.wh.holdFirm': 'Stay tough: a {{tariff}}% tariff keeps the hawks on side.',
  'bot.wh.cut': 'Cut to {{tariff}}%: calm markets matter more than a tough headline.',
  'bot.wh.mirrorHostile': 'Tokyo escalated: raise the tariff to {{tariff}}%.',
  'bot.wh.mirrorFriendly': 'Tokyo has put pledges on the table: cut the tariff to {{tariff}}% in return.',
  'bot.wh.keep': 'Nothing new from Tokyo: keep the tariff at {{tariff}}%.',
  'bot.wh.takeExit': 'Bonds are turning (panic {{panic}}): take the win at {{tariff}}%.',
  'bot.wh.yieldToBackedThreat':
    "Tokyo's sales are in the report and the 10-year is up {{yieldBp}}bp: cut to {{tariff}}% before mortgages follow.",
  'bot.wh.exploit': "Tokyo's credibility is {{credibility}}: hold {{tariff}}% and make it pay for relief.",
  'bot.wh.exploitRaise':
    "Tokyo's credibility is {{credibility}}: raise the tariff to {{tariff}}% and make it pay for relief.",
  'bot.wh.keepWord':
    'Keep my word: I said the tariff is {{tariff}}% this week; that projects {{projected}}, {{forgone}} below my best option.',
  'bot.wh.projected':
    'Looked ahead: a {{tariff}}% tariff projects a score of {{projected}}, the best option.',
  'bot.wh.sayCallBluff': 'Tokyo will not sell: call the bluff.',
  'bot.wh.sayHawkish': 'Set a tough tone on trade.',
  'bot.wh.sayConciliatory': 'Signal that a deal is close.',
  'bot.wh.sayMirror': "Match Tokyo's tone.",
  'bot.wh.sayNeutral': 'Markets are nervous: keep options open.',
  'bot.wh.offerDeal':
    'Offer a {{maxPct}}% cap for {{pledge, money}} of investment, farm purchases and no sales.',
  // Investors
  'bot.investors.riskOnDeal': 'A deal caps the tariff: add risk and lengthen duration.',
  'bot.investors.betEscalation': 'No deal in sight: cut duration, hold yen and cash.',
  'bot.investors.steadyDeal': 'A deal is in force: stay invested, a little more in stocks and in Japan.',
  'bot.investors.steady':
    'Stay invested for the long run: a little overweight stocks, no bets against the market.',
  'bot.investors.flightToQuality':
    'Fear is driving money into bonds: lengthen duration, stay invested and add to the stocks it marked down.',
  'bot.investors.waitForMispricing': 'Nothing mispriced yet: a small tilt to risk, ready to move.',
  'bot.investors.followUp': 'Stocks rose {{change}}% last round: follow the move.',
  'bot.investors.followDown': 'Stocks fell {{change}}% last round: follow the move and cut risk.',
  'bot.investors.fadeScare':
    'The market prices {{belief}}% odds of sales from a Tokyo at credibility {{credibility}}: fade it.',
  'bot.investors.sizedBet':
    'Week read: {{edge}}% over the benchmark by the model, {{risk}}% risk by the panic gauge; {{tilt}} points on US stocks.',
  'bot.investors.sayBearish': 'Yields are up {{yieldBp}}bp: warn of more to come.',
  'bot.investors.sayCalm': 'Talk the market down from panic.',
  'bot.investors.sayFade': 'The threat is not credible: say so and buy.',
  'bot.investors.offerFloor': 'Offer to keep {{floor}}% in Treasuries if Tokyo promises not to sell.',
  // US businesses
  'bot.business.fight':
    'A {{tariff}}% tariff: lobby {{spend, moneyMillions}} against it, pass costs on and hedge.',
  'bot.business.absorb': 'Absorb most of a {{tariff}}% tariff to keep customers; lobby lightly.',
  'bot.business.mirrorHostile': 'Washington raised the stakes ({{tariff}}%): lobby and pass costs on.',
  'bot.business.mirrorFriendly': 'Washington is easing ({{tariff}}%): keep prices steady.',
  'bot.business.mirrorSteady': 'Washington holds the tariff at {{tariff}}%: keep prices steady and wait.',
  'bot.business.exploit':
    'Lobby {{spend, moneyMillions}} where it can move policy; pass on {{passThrough}}% while prices rise anyway.',
  'bot.business.projected':
    'Looked ahead: {{spend, moneyMillions}} lobbying and {{passThrough}}% pass-through project a score of {{projected}}, the best option.',
  'bot.business.sayLayoffs': 'A {{tariff}}% tariff costs jobs: say so.',
  'bot.business.sayPrices': 'A {{tariff}}% tariff raises prices: say so.',
  'bot.business.offerDeal':
    'Offer to cap pass-through at {{passThrough}}% for a tariff capped at {{maxPct}}%.',
  // Any role
  'bot.hard.keepPlan':
    'Looked ahead over {{count}} options: my usual play projects a score of {{projected}}, the best.',
  'bot.deal.accept': 'Sign: the deal lifts my projected score by {{gain}} ({{without}} → {{with}}).',
  'bot.deal.acceptAtCost':
    'Sign: I give up to {{allowed}} points of projected score for a deal; this costs {{loss}} ({{without}} → {{with}}).',
  'bot.deal.reject':
    'Refuse: I sign only if it lifts my projected score by {{needed}}; this lifts it by {{gain}} ({{without}} → {{with}}).',
  'bot.deal.rejectLoss':
    'Refuse: I sign only for a gain of {{needed}}; this lowers my projected score by {{loss}} ({{without}} → {{with}}).',
  'bot.deal.rejectCost':
    'Refuse: I give up at most {{allowed}} points of projected score for a deal; this costs {{loss}} ({{without}} → {{with}}).',
  'bot.deal.rejectAnyLoss':
    'Refuse: I sign nothing that lowers my projected score; this lowers it by {{loss}} ({{without}} → {{with}}).',
  'bot.deal.rejectBreaker':
    'Refuse: they broke our deal in round {{round}}, and I sign nothing with them for now.',
  'bot.deal.counter': 'Counter: my terms project {{mine}} against {{theirs}} for theirs.',
  'bot.deal.keep': 'Keep the deal I signed.',
  'bot.deal.breakLastRound': 'Last round and the deal is not binding: play for the final score.',
  // Private talk
  'bot.talk.nameTerms': 'Asked for terms: name the deal I would sign now, by the test I sign proposals by.',
  'bot.talk.bluffFinal':
    'Asked for terms: name the deal I would sign now and call it final, though I would take less.',
  'bot.talk.nothing': 'Asked for terms: nothing I would sign with them now passes my test; say so.',
  'bot.talk.punish': 'They broke our deal in round {{round}}: no terms for them for now.',
  'bot.talk.noted': 'Reassured: note it; a deal would say more.',
  'bot.talk.standFirm': 'Warned: stand firm, threats are cheap.',
  'bot.talk.calm': 'Warned: lower the temperature.',
  'bot.talk.notMine': "Asked about Tokyo's Treasuries: not mine to answer.",
  'bot.talk.denySale':
    'Asked about our sales: deny the {{amount, money}} we sold; the report is rounds away.',
  'bot.talk.admitSale': 'Asked about our sales: tell the truth, it keeps our word worth something.',
  'bot.talk.keepThreat': 'Asked about our sales: none yet, but keep the threat alive.',
  'bot.talk.truth': 'Asked about our sales: none, and say so.',
  'bot.talk.joinFront': 'Asked to press a third party together: join, it costs me nothing.',
  'bot.talk.declineFront': 'Asked to gang up on a third party: decline, I deal with each on its merits.',
  'bot.talk.open': 'My proposal is on the table: tell them so in private.',
  'bot.talk.signedOnTable':
    'Asked for terms: what I would sign is a proposal I have signed; point them to it.',
  'bot.talk.agreed': 'Asked for terms: what I would sign is a deal we have both signed; say so.',
  'bot.news.denyRumour': 'A rumour says we are selling: deny it before it moves the market.',
  'bot.news.callRumourBluff': 'A sales rumour: call it a bluff.',
  // Voice (any role): words without a signal, and answers (shared/bots/voice/)
  'bot.voice.remarkDeal': 'A deal caps the tariff at {{cap}}%: say that it holds, without a signal.',
  'bot.voice.remarkTalks': 'Nothing to signal at a {{tariff}}% tariff: keep the door to talks open.',
  'bot.voice.remarkMarket': 'Nothing to signal: say that we watch the yen at {{usdJpy}}.',
  'bot.voice.remarkMortgages':
    'Mortgage rates are up to {{mortgage}}%: say that it worries us, without a signal.',
  'bot.voice.remarkNote':
    'Publish a note on what the market shows: the 10-year moved {{yieldBp}}bp, to {{yield10y}}%.',
  'bot.voice.remarkTariff': "Nothing to signal: say what a {{tariff}}% tariff does to our members' plans.",
  'bot.voice.answerThreat': 'Tokyo threatened: answer once, holding {{tariff}}% without raising the stakes.',
  'bot.voice.answerThreatChange':
    'Tokyo threatened: answer once, naming the {{next}}% tariff my sheet sets this week.',
  'bot.voice.noteThreat': 'Tokyo threatened: answer with the odds of sales the market prices ({{belief}}%).',
  'bot.voice.answerDenial':
    'Tokyo denied selling: answer with the odds the market still prices ({{belief}}%).',
  'bot.voice.answerBusiness':
    'Business warned about the tariff: answer once; {{tariff}}% changes only through a deal.',
  'bot.voice.answerBusinessChange':
    'Business warned about the tariff: answer once, naming the {{next}}% tariff my sheet sets this week.',
  'bot.voice.answerBluff': 'Washington called our bluff: answer once, without backing down from {{tariff}}%.',
  'bot.voice.answerHawkish': 'Washington talked tough: answer once, naming the {{tariff}}% tariff.',
  'bot.voice.answerConciliatory': 'Washington softened its tone: welcome it, naming the {{tariff}}% tariff.',
};

/**
 * How the plain-English fill-in writes a formatted parameter (`{{amount, money}}`) for logs and the
 * simulator. Screens format it with the client's own money formatter instead.
 */
const PLAIN_FORMATS: Record<string, (value: string | number) => string> = {
  money: (value) => `$${value}bn`,
  moneyMillions: (value) => `$${value}m`,
};

/** A reason filled in from its template, for logs and the simulator. Unknown keys come back as the key. */
export function formatReason(key: string, params: Record<string, string | number> = {}): string {
  const template = BOT_REASONS_EN[key] ?? key;
  return template.replace(/\{\{(\w+)(?:,\s*(\w+))?\}\}/g, (whole, name: string, format?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const plain = format ? PLAIN_FORMATS[format] : undefined;
    return plain ? plain(value) : String(value);
  });
}
