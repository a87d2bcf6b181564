/**
 * A team's screens (the team panel, the sheet's trail), kept out of the typed tree (`typeof en`) as the
 * facilitator's are: more keys there pass TypeScript's instantiation depth (TS2589). Merged into the
 * `translation` namespace in resources.ts; read through `useTeamText`.
 */
export const teamEn = {
  errors: {
    NOT_CAPTAIN: "Only your team's captain makes, answers or withdraws deals; ask them to.",
  },
  team: {
    captainOnlyAnswer:
      'Only your captain ({{name}}) can answer or withdraw this: tell them in the team chat.',
    captainOnlyAnswerUnnamed: 'Only your captain can answer or withdraw this: tell them in the team chat.',
    captainOnly: 'Only your captain ({{name}}) can send this: tell them in the team chat what to propose.',
    captainOnlyUnnamed: 'Only your captain can send this: tell them in the team chat what to propose.',
    title: 'Your team',
    members: 'Who plays {{role}}',
    captain: 'captain',
    signsNow: 'signs deals while the captain is away',
    away: 'away',
    makeCaptain: 'Make {{name}} captain',
    signer: 'Deals are signed by {{name}}; anyone in the team may write and hand in the sheet.',
    signerYou: 'You sign deals for the team; anyone in the team may write and hand in the sheet.',
    chat: 'Team chat',
    announce: 'Team chat, {{name}}: {{text}}',
    chatLead: 'Only your team reads this (and the facilitator in the debrief).',
    chatEmpty: 'Nothing said in the team yet.',
    chatLabel: 'Message to your team',
    send: 'Send to the team',
    offlineKept:
      'You are offline: your changes to the sheet are kept here and shared with your team when you are back.',
    trail: 'Who changed what',
    trailEmpty: 'Nobody has changed the sheet this round yet.',
    change: '{{name}} set {{field}} to {{value}}',
    changeYou: 'You set {{field}} to {{value}}',
    justNow: 'just now',
    secondsAgo: '{{count}} s ago',
    minutesAgo: '{{count}} min ago',
    on: 'on',
    off: 'off',
    empty: '(empty)',
  },
};
