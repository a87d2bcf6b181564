/**
 * The debrief's discussion questions (shared/debrief/questions.ts), as flat headline keys
 * (`debrief.question.<kind>`): they arrive as `{ key, params }` and are shown through the headline
 * namespace like the bots' reasons, which keeps the typed translation tree small enough for i18next's types.
 */
export const DEBRIEF_QUESTIONS_EN: Record<string, string> = {
  'debrief.question.tokyoSale':
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an i18next template: "$" is a dollar sign
    'Table {{table}}’s Tokyo sold ${{amountBn}}bn in round {{round}}: what did it buy?',
  'debrief.question.breach':
    'Table {{table}}’s {{role}} broke a promise ({{term}}) in round {{round}}: was it worth the credibility?',
  'debrief.question.backstop':
    'Central banks stepped in at table {{table}} in round {{round}}: who gained from the rescue?',
  'debrief.question.panicPeak':
    'Panic at table {{table}} peaked at {{panic}} in round {{round}}: what set it off?',
  'debrief.question.tariffClimbDown':
    'Table {{table}}’s White House cut its tariff from {{from}}% to {{to}}% in round {{round}}: bluff called, or a deal?',
  'debrief.question.noDeal': 'Table {{table}} reached no deal: what stood in the way?',
  'debrief.question.scoreSpread':
    '{{role}} scored {{highScore}} at table {{high}} and {{lowScore}} at table {{low}}: what did they do differently?',
};

export const DEBRIEF_QUESTIONS_JA: Record<string, string> = {
  // $bn in 億ドル: the amount in billions followed by a zero (100 → 1000億ドル).
  'debrief.question.tokyoSale':
    'テーブル{{table}}の東京は第{{round}}ラウンドに{{amountBn}}0億ドルを売却しました。それで何を得たのでしょうか？',
  'debrief.question.breach':
    'テーブル{{table}}の{{role}}は第{{round}}ラウンドに約束（{{term}}）を破りました。信頼を失う価値はあったでしょうか？',
  'debrief.question.backstop':
    'テーブル{{table}}では第{{round}}ラウンドに中央銀行が介入しました。救済で得をしたのは誰でしょうか？',
  'debrief.question.panicPeak':
    'テーブル{{table}}の恐怖指数は第{{round}}ラウンドに{{panic}}まで達しました。きっかけは何だったでしょうか？',
  'debrief.question.tariffClimbDown':
    'テーブル{{table}}のホワイトハウスは第{{round}}ラウンドに関税を{{from}}%から{{to}}%に下げました。はったりを見抜かれたのか、それとも合意か？',
  'debrief.question.noDeal': 'テーブル{{table}}は合意に至りませんでした。何が妨げになったのでしょうか？',
  'debrief.question.scoreSpread':
    '{{role}}はテーブル{{high}}で{{highScore}}点、テーブル{{low}}で{{lowScore}}点でした。何が違ったのでしょうか？',
};
