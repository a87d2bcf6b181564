import type { PhraseKey } from '../../shared/protocol/phrases.ts';
import type { TalkKey } from '../../shared/protocol/talk.ts';

/**
 * Japanese for the bots: their one-line reasons (English in shared/bots/reasons.ts) and the phrase book
 * they speak from (English in shared/protocol/phrases.ts). The i18n tests check that every key has a
 * translation here with the same placeholders.
 */
export const BOT_REASONS_JA: Record<string, string> = {
  // Tokyo
  'bot.tokyo.holdUnderDeal': '合意で関税の上限は{{cap}}%：保有を続け、約束を守る。',
  'bot.tokyo.holdUnderDealYen':
    '合意で関税の上限は{{cap}}%：約束を守り、米国債は売らないが円を買う。円買いはドル準備{{sold, money}}の売却で、規則上は米国債の売却に数える。',
  'bot.tokyo.holdTariffLow': '関税は{{tariff}}%まで下がった：売る必要はない。',
  'bot.tokyo.holdTariffLowYen':
    '関税は{{tariff}}%まで下がった：圧力の売却はしないが円を買う。円買いはドル準備{{sold, money}}の売却で、規則上は米国債の売却に数える。',
  'bot.tokyo.sell': '関税はまだ{{tariff}}%：{{amount, money}}を売り、脅しが本気だと示す。',
  'bot.tokyo.calm': '冷静さが得になる：保有を続け、{{pledge, money}}の投資を約束し、米国産農産物を買う。',
  'bot.tokyo.calmYen':
    '冷静さが得になる：{{pledge, money}}の投資を約束し、米国産農産物と円を買う。円買いはドル準備{{sold, money}}の売却で、規則上は米国債の売却に数える。',
  'bot.tokyo.mirrorHostile': 'ワシントンが強硬になった（{{tariff}}%）：抑えた売却で同じように応じる。',
  'bot.tokyo.mirrorFriendly': 'ワシントンが譲歩した：保有を続け、投資の約束で応える。',
  'bot.tokyo.mirrorFriendlyYen':
    'ワシントンが譲歩した：投資の約束で応え、円を買う。円買いはドル準備{{sold, money}}の売却で、規則上は米国債の売却に数える。',
  'bot.tokyo.quietPressure': '{{tariff}}%の関税に静かな圧力を：売るより入札を見送る。',
  'bot.tokyo.bluff': '市場はまだ我々を信じている（信頼度{{credibility}}）：言葉は売却より安くつく。',
  'bot.tokyo.bluffYen':
    '市場はまだ我々を信じている（信頼度{{credibility}}）：言葉を裏付ける売却はしないが円を買う。円買いはドル準備{{sold, money}}の売却で、規則上は米国債の売却に数える。',
  'bot.tokyo.projectedHold': '先読み：保有継続の予測スコアは{{projected}}、これが最善。',
  'bot.tokyo.projectedHoldYen':
    '先読み：圧力の売却はせず円を買う（ドル準備{{sold, money}}の売却、規則上は米国債の売却）予測スコアは{{projected}}、これが最善。',
  'bot.tokyo.projectedQuiet': '先読み：入札見送りの予測スコアは{{projected}}、これが最善。',
  'bot.tokyo.projectedSell': '先読み：{{amount, money}}の売却の予測スコアは{{projected}}、これが最善。',
  'bot.tokyo.projectedSupport':
    '先読み：買い増し、{{pledge, money}}の投資約束と農産物購入の予測スコアは{{projected}}、これが最善。',
  'bot.tokyo.sayThreat': '{{tariff}}%の関税には信じられる脅しが要る。',
  'bot.tokyo.sayBackedThreat': '売却で裏付ける脅しなら予測{{projected}}、脅さなければ{{without}}。',
  'bot.tokyo.sayDenial': '市場を安心させる：落ち着いた債券市場が我々の保有資産を守る。',
  'bot.tokyo.sayMirrorThreat': 'ワシントンが敵対的になった：同じ調子で返す。',
  'bot.tokyo.sayMirrorDenial': 'ワシントンが軟化した：緊張を和らげる。',
  'bot.tokyo.sayBackOff': 'はったりを見抜かれ、市場はもう耳を貸さない：引き下がる。',
  'bot.tokyo.sayHint': 'ほのめかすだけなら費用はかからず、ワシントンを迷わせておける。',
  'bot.tokyo.offerDeal':
    '救済と引き換えに冷静さを：売却なしと{{pledge, money}}の投資で、関税上限{{maxPct}}%。',
  // Tokyo, easy: the beginner (tokyo-beginner.ts)
  'bot.tokyo.easyRetaliate':
    '関税はまだ{{tariff}}%：{{retaliation}}%の報復関税で応じる。米国債には手をつけない。',
  'bot.tokyo.easyRetaliateYen':
    '関税はまだ{{tariff}}%：{{retaliation}}%の報復関税で応じ、円を買う。円買いはドル準備{{sold, money}}の売却で、規則上は米国債の売却に数える。',
  'bot.tokyo.easyReassure':
    '{{farm, money}}の米国産農産物購入でワシントンを安心させる：善意で足りるはず、合意が求めるまで投資は約束しない。',
  'bot.tokyo.easyBluff':
    '言葉はただ、売却には費用がかかる：保有を続け、脅しに働かせる（信頼度{{credibility}}）。',
  'bot.tokyo.easyBluffYen':
    '言葉はただ、売却には費用がかかる：脅しに働かせる（信頼度{{credibility}}）。ただし円を買う。円買いはドル準備{{sold, money}}の売却で、規則上は米国債の売却に数える。',
  'bot.tokyo.easySayThreat': '{{tariff}}%の関税：米国債も選択肢だと改めて言う。',
  'bot.tokyo.easySayWarning': 'ワシントンが賭け金を上げた（{{tariff}}%）：保有資産も選択肢だと警告する。',
  'bot.tokyo.easySayMirrorThreat': 'ワシントンは{{tariff}}%から譲らない：警告を続ける。',
  'bot.tokyo.easySayBluff': '脅しは口にするだけならただ（信頼度{{credibility}}）：言っておく。',
  // White House
  'bot.wh.pausePanic': '恐怖指数{{panic}}：市場が崩れる前に関税を一時停止する。',
  'bot.wh.holdFirm': '強気を貫く：{{tariff}}%の関税で強硬派をつなぎとめる。',
  'bot.wh.cut': '{{tariff}}%に引き下げ：強気の見出しより市場の安定が大事。',
  'bot.wh.mirrorHostile': '東京がエスカレートした：関税を{{tariff}}%に引き上げる。',
  'bot.wh.mirrorFriendly': '東京が投資の約束を示した：見返りに関税を{{tariff}}%に引き下げる。',
  'bot.wh.keep': '東京に新しい動きはない：関税は{{tariff}}%のまま。',
  'bot.wh.takeExit': '債券市場が崩れ始めた（恐怖指数{{panic}}）：{{tariff}}%で勝ちを確定する。',
  'bot.wh.yieldToBackedThreat':
    '東京の売却が統計に表れ、10年債利回りは{{yieldBp}}bp上昇：住宅ローン金利に波及する前に{{tariff}}%へ引き下げる。',
  'bot.wh.exploit': '東京の信頼度は{{credibility}}：{{tariff}}%を維持し、救済の代価を払わせる。',
  'bot.wh.exploitRaise': '東京の信頼度は{{credibility}}：関税を{{tariff}}%に引き上げ、救済の代価を払わせる。',
  'bot.wh.keepWord':
    '言ったことは守る：今週の関税は{{tariff}}%と言った。その予測スコアは{{projected}}、最善の選択肢より{{forgone}}低い。',
  'bot.wh.projected': '先読み：{{tariff}}%の関税の予測スコアは{{projected}}、これが最善。',
  'bot.wh.sayCallBluff': '東京は売らない：はったりだと言ってやる。',
  'bot.wh.sayHawkish': '貿易で強硬な姿勢を示す。',
  'bot.wh.sayConciliatory': '合意が近いと示す。',
  'bot.wh.sayMirror': '東京の口調に合わせる。',
  'bot.wh.sayNeutral': '市場が神経質だ：選択肢を残しておく。',
  'bot.wh.offerDeal':
    '{{pledge, money}}の投資、農産物購入、売却なしと引き換えに関税上限{{maxPct}}%を提案する。',
  // Investors
  'bot.investors.riskOnDeal': '合意で関税に上限がついた：リスクを増やし、デュレーションを長くする。',
  'bot.investors.betEscalation': '合意の見込みはない：デュレーションを短くし、円と現金を持つ。',
  'bot.investors.steadyDeal': '合意が有効：投資を続け、株式と日本を少し増やす。',
  'bot.investors.steady': '長期で投資を続ける：株式を少しオーバーウェイトし、市場に逆らう賭けはしない。',
  'bot.investors.flightToQuality':
    '不安が資金を債券に向かわせている：デュレーションを長くし、投資を続け、売られた株式を買い増す。',
  'bot.investors.waitForMispricing': 'まだ割安も割高もない：リスクを少し増やし、動く準備をしておく。',
  'bot.investors.followUp': '前ラウンドに株価が{{change}}%上昇：流れに乗る。',
  'bot.investors.followDown': '前ラウンドに株価が{{change}}%下落：流れに乗ってリスクを減らす。',
  'bot.investors.fadeScare':
    '市場は信頼度{{credibility}}の東京による売却を{{belief}}%の確率で織り込んでいる：逆張りする。',
  'bot.investors.sizedBet':
    '今週の見通し：モデルではベンチマーク比{{edge}}%、恐怖指数から読む週間リスクは{{risk}}%。米国株に{{tilt}}ポイント。',
  'bot.investors.sayBearish': '利回りが{{yieldBp}}bp上昇：さらに上がると警告する。',
  'bot.investors.sayCalm': '市場のパニックを言葉で鎮める。',
  'bot.investors.sayFade': '脅しに信憑性はない：そう言って買う。',
  'bot.investors.offerFloor': '東京が売らないと約束するなら、米国債を{{floor}}%保有し続けると提案する。',
  // US businesses
  'bot.business.fight':
    '{{tariff}}%の関税：反対のロビー活動に{{spend, moneyMillions}}を使い、コストを転嫁し、ヘッジする。',
  'bot.business.absorb': '{{tariff}}%の関税の大半を吸収して顧客をつなぎとめる：ロビー活動は控えめに。',
  'bot.business.mirrorHostile':
    'ワシントンが賭け金を上げた（{{tariff}}%）：ロビー活動をしてコストを転嫁する。',
  'bot.business.mirrorFriendly': 'ワシントンが緩めている（{{tariff}}%）：価格は据え置く。',
  'bot.business.mirrorSteady': 'ワシントンは関税を{{tariff}}%に据え置いている：価格を据え置き、様子を見る。',
  'bot.business.exploit':
    '政策を動かせるところに{{spend, moneyMillions}}のロビー活動。物価が上がるうちに{{passThrough}}%を転嫁する。',
  'bot.business.projected':
    '先読み：{{spend, moneyMillions}}のロビー活動と{{passThrough}}%の転嫁の予測スコアは{{projected}}、これが最善。',
  'bot.business.sayLayoffs': '{{tariff}}%の関税は雇用を奪う：そう言う。',
  'bot.business.sayPrices': '{{tariff}}%の関税は物価を上げる：そう言う。',
  'bot.business.offerDeal':
    '関税上限{{maxPct}}%と引き換えに、価格転嫁を{{passThrough}}%までに抑えると提案する。',
  // Any role
  'bot.hard.keepPlan': '{{count}}通りを先読み：いつものやり方の予測スコアは{{projected}}、これが最善。',
  'bot.deal.accept': '署名：この合意で予測スコアが{{gain}}上がる（{{without}} → {{with}}）。',
  'bot.deal.acceptAtCost':
    '署名：合意のためなら予測スコアを{{allowed}}ポイントまで譲る。今回の損は{{loss}}（{{without}} → {{with}}）。',
  'bot.deal.reject':
    '拒否：予測スコアが{{needed}}上がる場合にだけ署名する。今回は{{gain}}しか上がらない（{{without}} → {{with}}）。',
  'bot.deal.rejectLoss':
    '拒否：署名するのは{{needed}}以上得をする場合だけ。今回は予測スコアが{{loss}}下がる（{{without}} → {{with}}）。',
  'bot.deal.rejectCost':
    '拒否：合意のために譲れる予測スコアは{{allowed}}ポイントまで。今回の損は{{loss}}（{{without}} → {{with}}）。',
  'bot.deal.rejectAnyLoss':
    '拒否：予測スコアが下がる合意には署名しない。今回は{{loss}}下がる（{{without}} → {{with}}）。',
  'bot.deal.rejectBreaker': '拒否：相手は第{{round}}ラウンドに合意を破った。当面、相手とは何にも署名しない。',
  'bot.deal.counter': '対案：こちらの条件なら予測{{mine}}、相手の条件では{{theirs}}。',
  'bot.deal.keep': '署名した合意を守る。',
  'bot.deal.breakLastRound': '最終ラウンドで、合意に拘束力はない：最終スコアを狙う。',
  // 非公開の会話
  'bot.talk.nameTerms': '条件を聞かれた：提案に署名するときと同じ基準で、いま署名する合意を示す。',
  'bot.talk.bluffFinal': '条件を聞かれた：いま署名する合意を示し、最終案だと言う（実際はもっと譲れる）。',
  'bot.talk.nothing': '条件を聞かれた：いま相手と署名できる案は基準を満たさない。そう伝える。',
  'bot.talk.punish': '相手は第{{round}}ラウンドに合意を破った：当面、条件は出さない。',
  'bot.talk.noted': '安心させる言葉：受け止める。合意のほうが雄弁だ。',
  'bot.talk.standFirm': '警告された：動じない。脅しは安い。',
  'bot.talk.calm': '警告された：緊張を和らげる。',
  'bot.talk.notMine': '東京の米国債について聞かれた：答える立場にない。',
  'bot.talk.denySale': '売却について聞かれた：売った{{amount, money}}を否定する。報告はまだ先だ。',
  'bot.talk.admitSale': '売却について聞かれた：正直に答える。言葉の重みを保つために。',
  'bot.talk.keepThreat': '売却について聞かれた：まだ売っていないが、脅しは生かしておく。',
  'bot.talk.truth': '売却について聞かれた：売っていない。そう伝える。',
  'bot.talk.joinFront': '第三者に共同で圧力をかける誘い：乗る。損はない。',
  'bot.talk.declineFront': '第三者を共同で攻める誘い：断る。相手ごとに是非で交渉する。',
  'bot.talk.open': '提案を出した：そのことを非公開で相手に伝える。',
  'bot.talk.signedOnTable': '条件を聞かれた：署名できる条件は署名済みの提案だ。それを示す。',
  'bot.talk.agreed': '条件を聞かれた：署名できる条件は双方が署名済みの合意だ。そう伝える。',
  'bot.news.denyRumour': '我々が売っているという噂がある：市場が動く前に否定する。',
  'bot.news.callRumourBluff': '売却の噂：はったりだと言ってやる。',
  // Voice
  'bot.voice.remarkDeal': '合意で関税の上限は{{cap}}%：シグナルなしで、合意が守られていると伝える。',
  'bot.voice.remarkTalks': '関税{{tariff}}%で送るシグナルはない：協議の扉は開けておく。',
  'bot.voice.remarkMarket': '送るシグナルはない：1ドル＝{{usdJpy}}円の円相場を注視していると伝える。',
  'bot.voice.remarkMortgages': '住宅ローン金利が{{mortgage}}%に上がった：シグナルなしで、懸念を伝える。',
  'bot.voice.remarkNote': '市場が示すことをノートに書く：10年債利回りは{{yieldBp}}bp動き、{{yield10y}}%。',
  'bot.voice.remarkTariff': '送るシグナルはない：{{tariff}}%の関税が会員企業の計画に何をもたらすかを伝える。',
  'bot.voice.answerThreat': '東京が脅した：一度だけ答え、事態をエスカレートさせずに{{tariff}}%を維持する。',
  'bot.voice.answerThreatChange':
    '東京が脅した：一度だけ答え、今週の自分のシートが定める{{next}}%の関税を告げる。',
  'bot.voice.noteThreat': '東京が脅した：市場が織り込む売却の確率（{{belief}}%）で答える。',
  'bot.voice.answerDenial': '東京が売却を否定した：市場がなお織り込む確率（{{belief}}%）で答える。',
  'bot.voice.answerBusiness': '企業が関税に警告した：一度だけ答える。{{tariff}}%を変えるのは合意だけだ。',
  'bot.voice.answerBusinessChange':
    '企業が関税に警告した：一度だけ答え、今週の自分のシートが定める{{next}}%の関税を告げる。',
  'bot.voice.answerBluff': 'ワシントンにはったりと言われた：一度だけ答え、{{tariff}}%から引かない。',
  'bot.voice.answerHawkish': 'ワシントンが強硬に出た：一度だけ答え、{{tariff}}%の関税を名指しする。',
  'bot.voice.answerConciliatory': 'ワシントンが軟化した：歓迎し、{{tariff}}%の関税を名指しする。',
};

export const STATEMENT_PHRASES_JA: Record<PhraseKey, string> = {
  'say.tokyo.allOptions': '外貨準備の運用を含め、あらゆる選択肢を排除しない。',
  'say.tokyo.oneOfManyTools': '我が国の米国債保有は、数ある手段の一つにすぎない。',
  'say.tokyo.reviewHoldings': '関税が続くなら、日本は米国債の保有を見直す。',
  'say.tokyo.rebalance': '外貨準備を米国債から移す用意がある。',
  'say.tokyo.noPlanToSell': '日本に米国債を売却する計画はない。交渉による解決を目指す。',
  'say.tokyo.reportsInaccurate': '日本が売却しているとの報道は不正確だ。我々は同盟を重んじる。',
  'say.tokyo.reportWrong': '日本は米国債を売っていない。その報道は誤りだ。',
  'say.tokyo.weighOptionsAt': '{tariff}%の関税を前に、外貨準備を含むあらゆる選択肢を検討している。',
  'say.tokyo.reviewAt': '関税が{tariff}%のままなら、日本は米国債の保有を見直す。',
  'say.tokyo.noSaleDealBelow': '日本は米国債を売っていない。{tariff}%を下回る合意は双方の利益になる。',
  'say.tokyo.watchYen': '1ドル＝{usdJpy}円の円相場を注視している。',
  'say.tokyo.openBelow': '日本は{tariff}%を下回る関税に向けた協議に引き続き応じる。',
  'say.tokyo.keepDeal': '日本は約束を守る。関税の上限を{cap}%とする合意は維持される。',
  'say.tokyo.answerBluff':
    'ワシントンははったりと呼ぶかもしれない。{tariff}%の関税に対する我々の立場は変わらない。',
  'say.tokyo.answerHawkish': '強い言葉で関税が{tariff}%から下がることはない。下げるのは協議だ。',
  'say.tokyo.answerConciliatory':
    'ワシントンの姿勢を歓迎する。{tariff}%の関税について今日にも協議に応じる用意がある。',
  'say.whiteHouse.tariffStays': '貿易赤字が縮まるまで関税は続ける。',
  'say.whiteHouse.notPushedAround': 'アメリカは貿易で言いなりにはならない。',
  'say.whiteHouse.closeToDeal': '日本の友人たちとの良い合意は近い。',
  'say.whiteHouse.talksProductive': '東京との協議は実りあるものだ。',
  'say.whiteHouse.reviewingOptions': '日本との貿易について、あらゆる選択肢を検討している。',
  'say.whiteHouse.negotiationsContinue': '交渉は続いている。',
  'say.whiteHouse.wouldHurtItself': '日本は米国債を売らない。自らを傷つけるだけだ。',
  'say.whiteHouse.threatsAreBluff': '国債売却の脅しははったりだ。誰もが知っている。',
  'say.whiteHouse.cannotAffordToLose': '東京は売らない。失うわけにいかないものを売る者はいない。',
  'say.whiteHouse.tariffStaysAt': '貿易赤字が縮まるまで{tariff}%の関税は続ける。',
  'say.whiteHouse.tariffRisesTo': '貿易赤字が縮まるまで、関税を{next}%に引き上げる。',
  'say.whiteHouse.dealBelow': '関税を{tariff}%未満に下げる合意は手の届くところにある。',
  'say.whiteHouse.watchMortgages': '住宅ローン金利{mortgage}%を注視している。',
  'say.whiteHouse.doorOpen': '日本製品への関税は{tariff}%。我々の扉は開いている。',
  'say.whiteHouse.dealWorks': '日本との合意は機能している。関税の上限は{cap}%だ。',
  'say.whiteHouse.answerThreat': '東京の声は聞いた。協議の間、関税は{tariff}%のままだ。',
  'say.whiteHouse.answerThreatChange': '東京の声は聞いた。今週、関税は{next}%になる。',
  'say.whiteHouse.answerBusiness': '米国企業の声は聞いている。{tariff}%の関税を変えるなら、合意を通じてだ。',
  'say.whiteHouse.answerBusinessChange': '米国企業の声は聞いている。今週、関税は{next}%になる。',
  'say.investors.seeValue': 'この水準の米国債と米国株には価値がある。',
  'say.investors.selloffOverdone': '売られ過ぎだ。我々は買い手に回る。',
  'say.investors.yieldsRise': '対立が長引けば、利回りはさらに上がると見ている。',
  'say.investors.cuttingRisk': '合意ができるまでリスクを減らしている。',
  'say.investors.tenYearUp': '10年債利回りが{yieldBp}bp上昇した。リスクを減らしている。',
  'say.investors.panicOverdone': '恐怖指数{panic}は行き過ぎだ。我々は買い手に回る。',
  'say.investors.noteYieldsUp': 'リサーチノート：10年債利回りは関税発動以来{yieldBp}bp上昇し、{yield10y}%。',
  'say.investors.noteYieldsDown':
    'リサーチノート：10年債利回りは関税発動以来{yieldBp}bp低下し、{yield10y}%。',
  'say.investors.noteStocks':
    'リサーチノート：米国株は先週{equityPct}%動いた。ベンチマークに沿って運用する。',
  'say.investors.noteDeal': 'リサーチノート：関税の上限が{cap}%となり、リスクを積み増している。',
  'say.investors.answerThreat': '市場は東京の発言を聞いた。売却の確率を{belief}%と見ている。',
  'say.investors.answerDenial': '東京は売却を否定した。答えは保有報告が出す。確率は{belief}%と見ている。',
  'say.usBusiness.cutJobs': '関税が続けば、会員企業は雇用を削らざるを得ない。',
  'say.usBusiness.plantsLayoffs': '日本製部品に頼る工場は、すでに人員削減を計画している。',
  'say.usBusiness.payAtTill': 'この関税を払うのはレジに並ぶ消費者だ。',
  'say.usBusiness.pricesUp': '自動車と部品の価格が上がっている。',
  'say.usBusiness.jobsAt': '{tariff}%では、会員企業は雇用を削る。',
  'say.usBusiness.pricesAt': '{tariff}%の関税は、レジでの値上がりを意味する。',
  'say.usBusiness.borrowingBites': '{mortgage}%の住宅ローン金利が顧客を圧迫している。',
  'say.usBusiness.holdingInvestment': '{tariff}%の関税が決着するまで、会員企業は投資を控えている。',
  'say.usBusiness.dealHelps': '{cap}%の上限で、会員企業は計画を立てられる。',
  'say.usBusiness.answerHawkish': '強硬な発言で関税は{tariff}%のまま。その負担は会員企業が負う。',
  'say.usBusiness.answerConciliatory': '合意の話を歓迎する。{tariff}%未満の関税なら雇用が守られる。',
};

/** The talk book (English in shared/protocol/talk.ts): what bots say in private, first person. */
export const TALK_PHRASES_JA: Record<TalkKey, string> = {
  'talk.offer.signNow':
    'いまならこれに署名する：{{terms}}、{{rounds}}ラウンド。このまま提案してくれれば署名する。',
  'talk.offer.yoursWork': 'その条件でいい：{{terms}}、{{rounds}}ラウンド。提案してくれれば署名する。',
  'talk.offer.counter': 'そのままでは無理だ。代わりにこれなら署名する：{{terms}}、{{rounds}}ラウンド。',
  'talk.offer.final':
    'いまならこれに署名する：{{terms}}、{{rounds}}ラウンド。これが最終案だ。これより少なければ席を立つ。',
  'talk.offer.open':
    'まとめる価値のある合意がある：{{terms}}、{{rounds}}ラウンド。このまま提案してくれれば署名する。',
  'talk.offer.proposed': 'あなたとの合意案を提案した。このまま署名するか、変えたい点を教えてほしい。',
  'talk.offer.willSign': 'あなたの提案{{proposal}}でいい。このまま署名する。',
  'talk.offer.signedOnTable':
    'この条件の{{proposal}}には署名済みで、机の上にある。「合意」で署名してほしい。',
  'talk.offer.agreed': 'この条件はすでに合意済みだ。{{proposal}}は署名されている。',
  'talk.refuse.gain':
    '断る：予測スコアが{{needed}}上がる案にしか署名しない。この案では{{gain}}しか上がらない。',
  'talk.refuse.loss': '断る：{{needed}}上がる案にしか署名しない。この案では予測スコアが{{loss}}下がる。',
  'talk.refuse.cost': '断る：合意のために譲れる予測スコアは{{allowed}}まで。この案では{{loss}}失う。',
  'talk.refuse.anyLoss': '断る：予測スコアが下がる案には署名しない。この案では{{loss}}下がる。',
  'talk.refuse.nothing': 'いま、あなたと署名できる案はない。',
  'talk.refuse.breached': 'あなたは第{{round}}ラウンドに合意を破った。当面、何にも署名しない。',
  'talk.refuse.pressBreaker': 'あなたは第{{round}}ラウンドに合意を破った。これからの条件は高くつく。',
  'talk.treasury.noSales': '米国債は売っていないし、売る計画もない。',
  'talk.treasury.sold': 'これまでに米国債を{{amount, money}}売った。この先は関税次第だ。',
  'talk.treasury.notYet': 'まだ売っていない。売るかどうかは関税次第だ。',
  'talk.treasury.notMine': '東京に聞いてほしい。その米国債について私が答える立場にない。',
  'talk.warn.standFirm': '脅しには動じない。それより条件を聞いてくれ。',
  'talk.warn.calm': 'わかった。エスカレートしてもお互い得はない。条件を聞いてくれ。',
  'talk.reassure.noted': 'それはよかった。署名した合意ならもっと伝わる。',
  'talk.coordinate.join': '了解：今ラウンドは一緒に圧力をかけよう。',
  'talk.coordinate.decline': '相手ごとに是非で交渉する。誰かを一緒に攻めるつもりはない。',
};
