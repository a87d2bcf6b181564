/**
 * English templates for every headline key the market model emits; `{{param}}` is filled from the
 * headline's params. The client's i18n imports these; other languages translate the same keys.
 */
export const MARKET_HEADLINES_EN: Record<string, string> = {
  'news.tariffChange':
    'Washington sets the tariff on Japanese goods at {{headlinePct}}% ({{autoPct}}% on cars): {{effectivePct}}% trade-weighted',
  'news.pause': 'The White House pauses its tariffs: {{pct}}% for 90 days',
  'news.pauseEnded': 'The tariff pause is over',
  'news.retaliation': 'Tokyo sets a retaliatory tariff of {{pct}}% on US goods',
  'news.researchBullish': 'Investors publish a bullish research note on US assets',
  'news.researchBearish': 'Investors publish a bearish research note on US assets',
  'news.lobbyingAgainst': 'US businesses spend {{spendM, moneyMillions}} lobbying against the tariffs',
  'news.lobbyingFor': 'US businesses spend {{spendM, moneyMillions}} lobbying for the tariffs',
  'news.backstop': 'Central banks step in to calm the Treasury market (about {{bp}}bp of support)',
  'news.backstopFollowThrough': 'Central bank purchases follow through: another {{bp}}bp off yields',
  'news.holdingsReport':
    "Official report: Japan's Treasury holdings were {{holdingsBn, money}} as of round {{asOfRound}} ({{changeBn, signedMoney}})",
  'news.holdingsReportUnchanged':
    "Official report: Japan's Treasury holdings unchanged at {{holdingsBn, money}} as of round {{asOfRound}}",
  'news.threatNotBacked':
    "Tokyo's threat to sell was never carried out: markets take its words less seriously",
  'news.denialContradicted': "The holdings report contradicts Tokyo's denial of round {{round}}",
  'news.signal.hint': 'Tokyo hints that its Treasury holdings are a card it could play',
  'news.signal.threat': 'Tokyo threatens to sell US Treasuries',
  'news.signal.denial': 'Tokyo denies any plan to sell Treasuries',
  'news.signal.hawkish': 'The White House takes a hard line',
  'news.signal.neutral': 'The White House keeps a measured tone',
  'news.signal.conciliatory': 'The White House signals it is open to a deal',
  'news.signal.callBluff': "The White House calls Tokyo's bluff",
  'news.callBluffBackfires': "The White House calls Tokyo's bluff, and markets are not so sure",
  'news.signal.bullish': 'Investors turn bullish on US assets',
  'news.signal.bearish': 'Investors turn bearish on US assets',
  'news.signal.warnLayoffs': 'US businesses warn of layoffs if the tariffs stay',
  'news.signal.warnPrices': 'US businesses warn that prices will rise',
  'news.shock': '{{title}}',
  // A large yen move and the cause that did most of it (yen-moves.ts); Tokyo's hidden flows read as unexplained.
  'news.yenStronger.panic': 'The yen gains {{pct}}% on the dollar as a haven, with panic at {{panic}}',
  'news.yenWeaker.panic': 'The yen loses {{pct}}% on the dollar as fear eases, with panic at {{panic}}',
  'news.yenStronger.sellingBelief':
    'The yen gains {{pct}}% on the dollar as markets price {{belief}}% odds of Japanese Treasury sales',
  'news.yenWeaker.sellingBelief':
    'The yen loses {{pct}}% on the dollar as markets doubt Japanese Treasury sales ({{belief}}% odds)',
  'news.yenStronger.policyChaos':
    'The yen gains {{pct}}% on the dollar as erratic US trade policy drives money out of America',
  'news.yenWeaker.policyChaos':
    'The yen loses {{pct}}% on the dollar as US trade policy steadies and money returns to America',
  'news.yenStronger.shock': 'The yen gains {{pct}}% on the dollar on the week’s shock',
  'news.yenWeaker.shock': 'The yen loses {{pct}}% on the dollar on the week’s shock',
  'news.yenStronger.unexplained': 'The yen gains {{pct}}% on the dollar, and no public news explains it',
  'news.yenWeaker.unexplained': 'The yen loses {{pct}}% on the dollar, and no public news explains it',
  'report.yieldMove': '10-year yield {{fromPct}}% → {{toPct}}% ({{changeBp}}bp)',
  'report.mortgageRate': '30-year mortgage rate {{pct}}%',
  'report.usEquityMove': 'US stocks {{changePct}}%',
  'report.japanEquityMove': 'Japanese stocks {{changePct}}%',
  'report.usdJpyMove': 'Dollar–yen {{from}} → {{to}} ({{changePct}}%)',
  'report.panic': 'Panic gauge at {{level}}',
};
