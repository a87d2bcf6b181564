import type { PerRole } from '../roles.ts';
import type { RoleBrief } from './schema.ts';

/**
 * The default scenario's briefings, in the game's own words. The public brief is what every player
 * reads about a role; the confidential objectives are shown to that role's seat alone. Scores follow
 * the objectives (shared/scenario/default-scoring.ts), so the two must tell the same story.
 */
export const DEFAULT_BRIEFS: PerRole<RoleBrief> = {
  tokyo: {
    title: { en: "Tokyo — Japan's Ministry of Finance", ja: '東京（日本の財務省）' },
    publicBrief: {
      en:
        'Washington has put a 24% tariff on Japanese goods, cars included, and weeks of talks have gone ' +
        'nowhere. Japan holds about $1.13 trillion of US Treasury debt, more than any other foreign ' +
        'country, and the finance minister has let it be known that those holdings are "one of the cards ' +
        'on the table". Tokyo prefers quiet diplomacy with its closest ally, but it wants the tariff gone, ' +
        'the yen steady and its reserves intact.',
      ja:
        'ワシントンは自動車を含む日本製品に24%の関税を課し、数週間にわたる協議は進展していません。' +
        '日本は米国債を約1.13兆ドル保有する、国・地域別で最大の保有国です。' +
        '財務大臣は、この保有が「交渉のテーブルにあるカードの一つ」だと発言しています。' +
        '東京は最も緊密な同盟国である米国との静かな外交を望んでいますが、' +
        '関税の撤廃、円の安定、外貨準備の維持を求めています。',
    },
    confidentialObjectives: [
      {
        en:
          'Get the tariff down. Every point of tariff relief counts; a deal at 15% or lower, autos ' +
          'included, would be a clear win.',
        ja:
          '関税を引き下げてください。引き下げは1ポイントごとに評価されます。' +
          '自動車を含めて15%以下で合意できれば、明らかな勝利です。',
      },
      {
        en:
          'Keep the yen close to where it started. A sharp rise hurts exporters; a collapse looks like ' +
          'capital flight.',
        ja:
          '円を開始時の水準の近くに保ってください。' +
          '急激な円高は輸出企業を苦しめ、円の急落は資本逃避に見えます。',
      },
      {
        en:
          'Protect the value of the Treasury portfolio. Selling pushes yields up, and higher yields mark ' +
          'down every bond you still hold: a fire sale is a loss on the rest.',
        ja:
          '保有する米国債の価値を守ってください。売れば利回りが上がり、' +
          '利回りが上がれば手元に残るすべての債券の評価額が下がります。' +
          '投げ売りは、残りの保有分の損失になります。',
      },
      {
        en:
          'Stay credible. Hints cost little, but a threat the market stops believing is worth nothing, ' +
          'and a broken promise is published once the official holdings report catches up.',
        ja:
          '信頼性を保ってください。ほのめかすだけなら代償は小さいものの、' +
          '市場が信じなくなった脅しには何の価値もありません。' +
          '破った約束は、公式の保有統計が追いついた時点で公表されます。',
      },
    ],
  },
  whiteHouse: {
    title: { en: 'The White House', ja: 'ホワイトハウス' },
    publicBrief: {
      en:
        'The administration sees the tariff as the way to rebalance a lopsided trade relationship, and ' +
        "it has called Tokyo's talk of its Treasury holdings a bluff. Trade hawks in Congress will punish " +
        'a climb-down; homeowners, shareholders and shoppers will punish higher mortgage rates, falling ' +
        'stocks and dearer goods. The president can raise or cut the tariff, exempt or target autos, ' +
        'declare a 90-day pause, and set the tone.',
      ja:
        '政権は関税を、偏った貿易関係を是正する手段と位置づけており、' +
        '東京が米国債の保有をちらつかせていることも「はったり」だと一蹴しています。' +
        '議会の通商タカ派は弱腰の譲歩を許さず、住宅所有者や株主、消費者は、' +
        '住宅ローン金利の上昇や株安、物価高に厳しい審判を下します。' +
        '大統領は関税の引き上げと引き下げ、自動車の除外や狙い撃ち、90日間の一時停止の宣言、' +
        'そして政権のスタンスを決めることができます。',
    },
    confidentialObjectives: [
      {
        en: 'Keep approval up: voters judge the economy they feel, not the tariff schedule.',
        ja: '支持率を保ってください。有権者が評価するのは関税表ではなく、肌で感じる景気です。',
      },
      {
        en:
          'Keep borrowing calm. If a bond scare lifts mortgage rates, voters notice within weeks; a pause ' +
          'is the political backstop, but it costs face.',
        ja:
          '金利を落ち着かせてください。債券市場の動揺で住宅ローン金利が上がれば、' +
          '有権者は数週間で気づきます。一時停止は政治的な安全網になりますが、面目を失います。',
      },
      {
        en: 'Keep stocks from sliding and consumer prices from climbing.',
        ja: '株価の下落と消費者物価の上昇を防いでください。',
      },
      {
        en:
          'Shrink the goods deficit with Japan and look tough doing it: a tariff that stays meaningful ' +
          'keeps the hawks on side, and pledges of investment and farm purchases are wins you can show.',
        ja:
          '強い姿勢を見せながら、対日の財の貿易赤字を縮小してください。' +
          '意味のある水準の関税を保てばタカ派を味方につけておけます。' +
          '投資の約束や農産物の購入は、目に見える成果として示せます。',
      },
    ],
  },
  investors: {
    title: { en: 'Bond investors', ja: '債券投資家' },
    publicBrief: {
      en:
        'You run one fund across Treasuries, the yen, US and Japanese stocks and cash, with up to twice ' +
        'your capital in positions. A rumour that Japan is selling could lift yields, push up mortgage ' +
        'rates and knock stocks; a deal could spark a relief rally. Your research notes are read by the ' +
        'market, so what you say moves prices a little too.',
      ja:
        'あなたは米国債、円、米国株、日本株、現金にまたがる一つのファンドを運用し、' +
        '資本の最大2倍までポジションを持てます。日本が売却しているとの観測が出れば、' +
        '利回りが上がり、住宅ローン金利が上昇し、株価が下がるかもしれません。' +
        '合意が成立すれば、安心感から相場が急反発する可能性もあります。' +
        'あなたの調査レポートは市場に読まれるため、あなたの発言も価格をわずかに動かします。',
    },
    confidentialObjectives: [
      {
        en:
          'Beat your benchmark, a plain 60/40 mix of US stocks and Treasuries. That is your score: ' +
          'being right when the crowd is wrong, less a charge for the risk you took.',
        ja:
          '米国株と米国債を60/40で組み合わせた単純なベンチマークを上回ってください。' +
          'それがあなたのスコアになります。問われるのは、大勢が間違っているときに正しくあることで、' +
          '取ったリスクの分は差し引かれます。',
      },
      {
        en:
          'A falling market costs your benchmark as much as you, and a rally lifts both: the market the table ' +
          'makes is not yours to score. What you add to it is.',
        ja:
          '相場が下がればベンチマークもあなたと同じだけ損をし、上がれば両方が上がります。' +
          'テーブルがつくる相場そのものは、あなたの得点になりません。' +
          '得点になるのは、あなたがそこに上乗せした分です。',
      },
      {
        en:
          "Decide whether Tokyo's words are intent or a bargaining chip. The market sees sales only " +
          'through noise until the official holdings report lands rounds later.',
        ja:
          '東京の発言が本気なのか、交渉の駆け引きなのかを見極めてください。' +
          '数ラウンド後に公式の保有統計が出るまで、市場には売却がノイズ越しにしか見えません。',
      },
    ],
  },
  usBusiness: {
    title: { en: 'US businesses', ja: '米国企業' },
    publicBrief: {
      en:
        'American firms buy Japanese parts, cars and machinery, and borrow to run their operations. The ' +
        'tariff is paid at the border by the importer, and a bond scare would raise the cost of every ' +
        'loan. You can lobby Washington, decide how much of the tariff to pass on to customers, hedge ' +
        'your borrowing and start moving supply chains, which is costly now and pays off later.',
      ja:
        '米国企業は日本から部品、自動車、機械を買い、借入で事業を回しています。' +
        '関税は輸入者が国境で支払い、債券市場が動揺すればあらゆる借入のコストが上がります。' +
        'あなたはワシントンにロビー活動をし、関税のどれだけを顧客に転嫁するかを決め、' +
        '借入の金利上昇に備えてヘッジし、サプライチェーンの移転を始めることができます。' +
        '移転は今は費用がかかりますが、後になって効いてきます。',
    },
    confidentialObjectives: [
      {
        en:
          'Protect profits. Absorbing the tariff eats margins; passing it on loses customers. Find the ' +
          'balance, and push for a deal that lowers the tariff.',
        ja:
          '利益を守ってください。関税を自社で吸収すれば利幅が削られ、価格に転嫁すれば顧客を失います。' +
          'その釣り合いを見極め、関税を引き下げる合意を後押ししてください。',
      },
      {
        en: 'Keep borrowing costs down: a spike in yields hits every unhedged loan.',
        ja: '借入コストを抑えてください。利回りが急騰すれば、ヘッジしていないすべての借入に響きます。',
      },
      {
        en: 'Keep sales volumes up. Higher prices and a nervous economy both cut orders.',
        ja: '販売量を維持してください。値上げも景気の先行き不安も、受注を減らします。',
      },
    ],
  },
};
