/**
 * Japanese for the market model's headlines (its English templates are in shared/market/headline-keys.ts).
 * Partial by design: a key missing here falls back to English. Bots' texts are in bots-ja.ts.
 */
export const MARKET_HEADLINES_JA: Record<string, string> = {
  'news.tariffChange':
    'ワシントンが日本製品への関税を{{headlinePct}}%（自動車{{autoPct}}%）に設定：貿易加重で{{effectivePct}}%',
  'news.pause': 'ホワイトハウスが関税を一時停止：90日間{{pct}}%',
  'news.pauseEnded': '関税の一時停止が終了',
  'news.retaliation': '東京が米国製品に{{pct}}%の報復関税',
  'news.researchBullish': '投資家が米国資産に強気の調査レポートを公表',
  'news.researchBearish': '投資家が米国資産に弱気の調査レポートを公表',
  'news.lobbyingAgainst': '米国企業が関税反対のロビー活動に{{spendM, moneyMillions}}を投入',
  'news.lobbyingFor': '米国企業が関税賛成のロビー活動に{{spendM, moneyMillions}}を投入',
  'news.backstop': '中央銀行が米国債市場の安定に乗り出す（約{{bp}}bpの下支え）',
  'news.backstopFollowThrough': '中央銀行の買い入れが続く：利回りはさらに{{bp}}bp低下',
  'news.holdingsReport':
    '公式統計：第{{asOfRound}}ラウンド時点の日本の米国債保有額は{{holdingsBn, money}}（{{changeBn, signedMoney}}）',
  'news.holdingsReportUnchanged':
    '公式統計：第{{asOfRound}}ラウンド時点の日本の米国債保有額は{{holdingsBn, money}}で変わらず',
  'news.threatNotBacked': '東京の売却の脅しは実行されず：市場は東京の言葉を軽く見るように',
  'news.denialContradicted': '保有統計が第{{round}}ラウンドの東京の否定と矛盾',
  'news.signal.hint': '東京、保有米国債は切れるカードだとほのめかす',
  'news.signal.threat': '東京、米国債売却を示唆して脅す',
  'news.signal.denial': '東京、米国債売却の計画を否定',
  'news.signal.hawkish': 'ホワイトハウスが強硬姿勢',
  'news.signal.neutral': 'ホワイトハウスは抑制的な口調を維持',
  'news.signal.conciliatory': 'ホワイトハウスが合意に前向きな姿勢',
  'news.signal.callBluff': 'ホワイトハウス、東京ははったりだと指摘',
  'news.callBluffBackfires': 'ホワイトハウスが東京のはったりを指摘、だが市場は半信半疑',
  'news.signal.bullish': '投資家が米国資産に強気に転じる',
  'news.signal.bearish': '投資家が米国資産に弱気に転じる',
  'news.signal.warnLayoffs': '米国企業、関税が続けば雇用削減と警告',
  'news.signal.warnPrices': '米国企業、値上げは避けられないと警告',
  'news.shock': '{{title}}',
  'news.yenStronger.panic': '逃避先として円が買われ対ドルで{{pct}}%上昇（恐怖指数{{panic}}）',
  'news.yenWeaker.panic': '不安が和らぎ円は対ドルで{{pct}}%下落（恐怖指数{{panic}}）',
  'news.yenStronger.sellingBelief':
    '市場が日本の米国債売却を{{belief}}%の確率で織り込み、円は対ドルで{{pct}}%上昇',
  'news.yenWeaker.sellingBelief': '市場は日本の米国債売却を疑い（確率{{belief}}%）、円は対ドルで{{pct}}%下落',
  'news.yenStronger.policyChaos': '米国の通商政策の迷走で資金が米国から流出、円は対ドルで{{pct}}%上昇',
  'news.yenWeaker.policyChaos': '米国の通商政策が落ち着き資金が米国に戻り、円は対ドルで{{pct}}%下落',
  'news.yenStronger.shock': '今週のショックで円は対ドルで{{pct}}%上昇',
  'news.yenWeaker.shock': '今週のショックで円は対ドルで{{pct}}%下落',
  'news.yenStronger.unexplained': '円が対ドルで{{pct}}%上昇、公表されたニュースでは説明がつかない',
  'news.yenWeaker.unexplained': '円が対ドルで{{pct}}%下落、公表されたニュースでは説明がつかない',
  'report.yieldMove': '10年債利回り {{fromPct}}% → {{toPct}}%（{{changeBp}}bp）',
  'report.mortgageRate': '30年住宅ローン金利 {{pct}}%',
  'report.usEquityMove': '米国株 {{changePct}}%',
  'report.japanEquityMove': '日本株 {{changePct}}%',
  'report.usdJpyMove': 'ドル円 {{from}} → {{to}}（{{changePct}}%）',
  'report.panic': '恐怖指数 {{level}}',
};
