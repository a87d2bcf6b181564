import type { facilitatorEn } from './facilitator-en.ts';

/**
 * The facilitator's screens (debrief, role cards), kept out of the typed tree (`typeof en`): with them
 * i18next's key types passed TypeScript's instantiation depth (TS2589) across the client. Merged into
 * the `translation` namespace in resources.ts; the screens read them through `looseI18n`.
 */
export const facilitatorJa: typeof facilitatorEn = {
  briefing: {
    transcriptNotice:
      'ゲーム終了後、進行役はデブリーフで非公開メッセージを含むすべてのメッセージを読むことができます。',
  },
  end: { openDebrief: '進行役のデブリーフを開く' },
  debrief: {
    title: 'デブリーフ',
    lead: 'このテーブルで起きたことのすべて。封印された行動シートと非公開メッセージも含みます。',
    leadRunning: 'ゲームはまだ進行中です。これは公開記録のみです。シートとメッセージは終了後に表示されます。',
    loading: 'デブリーフを読み込んでいます…',
    notHost: 'このゲームのデブリーフは、このブラウザの主催者だけが開けます。',
    failed: 'デブリーフを読み込めませんでした（{{status}}）。少し待ってからもう一度お試しください。',
    backToGame: 'ゲームに戻る',
    tools: '印刷とダウンロード',
    print: '印刷',
    downloadCsv: 'CSVをダウンロード',
    downloadJson: 'JSONをダウンロード',
    downloadFailed: 'ダウンロードに失敗しました（{{status}}）。',
    timeline: 'ラウンドごとの経過',
    roundsCaption: '各ラウンドで起きたことと、終了時点の市場',
    roundColumn: 'ラウンド',
    events: '出来事',
    close: '終了時点',
    closeFigures: '10年債 {{yield}}・住宅ローン {{mortgage}}・ドル円 {{yen}}・パニック {{panic}}',
    backstop: '中央銀行が介入しました。',
    nothingHappened: '声明・合意・違反・ショックはありませんでした。',
    annotation: {
      statement: '{{role}}の発言：',
      deal: '合意{{id}}（{{roles}}が署名）：{{terms}}',
      breach: '{{role}}が合意{{id}}に違反：{{term}}',
      shock: 'ショック：',
    },
    panicPeak: 'パニックは第{{round}}ラウンドに{{panic}}まで上昇しました。',
    questions: '話し合いのための問い',
    noQuestions: '特に取り上げるべき出来事はありませんでした。',
    sheets: '封印された行動シート（ラウンドごと）',
    sheetsCaption: '{{role}}：各ラウンドに実行されたシート',
    handedIn: '提出済み',
    standing: '継続方針（シート未提出）',
    yes: 'はい',
    no: 'いいえ',
    scores: 'スコア',
    scoresByRound: '各ラウンド後のスコア',
    finalScore: '{{role}}：{{score}}',
    botReasons: 'ボットの判断理由',
    transcripts: '非公開のやり取り',
    transcriptsLead: '進行役向け：プレイヤーには開始時に、これが読まれる可能性があると伝えています。',
    noTranscripts: '非公開メッセージはありませんでした。',
    channel: '{{roles}}の間',
  },
  cards: {
    title: '役割カード',
    lead: '役割ごとに1枚印刷し、各プレイヤーに渡してください。上が公開ブリーフ、下が機密の目標です。',
    print: 'カードを印刷',
    publicBrief: '公開ブリーフ（全員が知ってよい内容）',
    objectives: '機密の目標（この役割のみ）',
    moves: '毎ラウンドの封印された行動',
    scoring: '採点方法',
  },
};
