import type { talkEn } from './talk-en.ts';

/** Japanese for talk-en.ts: the same keys, the same placeholders (checked by the i18n tests). */
export const talkJa: typeof talkEn = {
  talk: {
    intent: '意図',
    intentHint: 'ボットは意図を読み、人には言葉と並んで見えます。本文を空にすると定型文を送ります。',
    intents: {
      none: 'ふつうに話す',
      askTerms: '条件を聞く',
      offer: '条件を示す',
      refuse: '断る',
      warn: '警告する',
      reassure: '安心させる',
      askTreasury: '米国債について聞く',
      coordinate: '共同歩調',
    },
    intentText: {
      askTerms: 'いま、どんな条件なら署名しますか？',
      offer: 'こちらの条件です。',
      refuse: 'いいえ、この条件では応じられません。',
      warn: '気をつけてほしい。同じやり方で応じる。',
      reassure: '望んでいるのは合意で、対立ではない。',
      askTreasury: '東京は米国債を売っているのか？',
      coordinate: '一緒に{{role}}に圧力をかけないか？',
    },
    against: '相手',
    coordinateAgainst: '{{role}}に対して共同歩調',
    offerFromBuilder: '条件を示すと、合意の作成欄（合意）の条件が添付されます。',
    offerNeedsTerms: '先に合意パネルで条件を作ってください。条件の提示に添付されます。',
    offeredTerms: '条件（{{rounds}}ラウンド）',
    proposeThese: 'この条件で提案する',
    answering: '{{role}}への返答：{{what}}',
    announceAnswering: '{{role}}から非公開メッセージ（{{answering}}）：{{text}}',
    reply: '返信',
    replyTo: '{{role}}に返信：{{what}}',
    replyingTo: '{{role}}への返信：{{what}}',
    cancelReply: '返信をやめる',
    linkedProposal: '{{id}}として提案済み：「合意」で署名するか拒否してください。',
    linkedProposalClosed: '{{id}}として提案済み：{{status}}。',
  },
};
