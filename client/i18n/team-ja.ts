import type { teamEn } from './team-en.ts';

/** Japanese for team-en.ts: the same keys (the type enforces them; a test checks their placeholders). */
export const teamJa: typeof teamEn = {
  errors: {
    NOT_CAPTAIN: '取引の提案・回答・撤回はチームのキャプテンだけができます。キャプテンに頼んでください。',
  },
  team: {
    captainOnlyAnswer:
      'これに回答・撤回できるのはキャプテン（{{name}}）だけです。チームチャットで伝えてください。',
    captainOnlyAnswerUnnamed:
      'これに回答・撤回できるのはキャプテンだけです。チームチャットで伝えてください。',
    captainOnly:
      'これを送れるのはキャプテン（{{name}}）だけです。提案したい内容はチームチャットで伝えてください。',
    captainOnlyUnnamed:
      'これを送れるのはキャプテンだけです。提案したい内容はチームチャットで伝えてください。',
    title: 'あなたのチーム',
    members: '{{role}}を担当するメンバー',
    captain: 'キャプテン',
    signsNow: 'キャプテン不在の間、取引に署名します',
    away: '不在',
    makeCaptain: '{{name}}をキャプテンにする',
    signer: '取引には{{name}}が署名します。シートの記入と提出はチームの誰でもできます。',
    signerYou: 'あなたがチームを代表して取引に署名します。シートの記入と提出はチームの誰でもできます。',
    chat: 'チームチャット',
    announce: 'チームチャット、{{name}}さん：{{text}}',
    chatLead: 'チームのメンバーだけが読めます（振り返りではファシリテーターも読めます）。',
    chatEmpty: 'チームではまだ何も話していません。',
    chatLabel: 'チームへのメッセージ',
    send: 'チームに送る',
    offlineKept: 'オフラインです。シートへの変更はこの画面に残り、再接続するとチームに共有されます。',
    trail: '誰が何を変えたか',
    trailEmpty: 'このラウンドはまだ誰もシートを変えていません。',
    change: '{{name}}が{{field}}を{{value}}にしました',
    changeYou: 'あなたが{{field}}を{{value}}にしました',
    justNow: 'たった今',
    secondsAgo: '{{count}}秒前',
    minutesAgo: '{{count}}分前',
    on: 'オン',
    off: 'オフ',
    empty: '（空欄）',
  },
};
