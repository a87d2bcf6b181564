/**
 * Private talk's composer and message strings (intents, the words a chosen intent sends, offers), kept
 * out of the typed tree (`typeof en`) like the facilitator's: the typed tree is at TypeScript's
 * instantiation depth (TS2589). Merged into the `translation` namespace in resources.ts; read through
 * `useTalkText`.
 */
export const talkEn = {
  talk: {
    intent: 'What you mean',
    intentHint:
      'Bots read it; people see it beside your words. Leave the text empty to send the usual words.',
    intents: {
      none: 'Just talk',
      askTerms: 'Ask for terms',
      offer: 'Offer terms',
      refuse: 'Refuse',
      warn: 'Warn',
      reassure: 'Reassure',
      askTreasury: 'Ask about Treasuries',
      coordinate: 'Coordinate',
    },
    intentText: {
      askTerms: 'What terms would you sign now?',
      offer: 'Here are my terms.',
      refuse: 'No, not on these terms.',
      warn: 'Be careful: I will answer in kind.',
      reassure: 'We want a deal, not a fight.',
      askTreasury: 'Is Tokyo selling Treasuries?',
      coordinate: 'Shall we press {{role}} together?',
    },
    against: 'Against',
    coordinateAgainst: 'Coordinate against {{role}}',
    offerFromBuilder: 'An offer attaches the terms in your proposal builder (Deals).',
    offerNeedsTerms: 'Build the terms in the Deals panel first: an offer attaches them.',
    offeredTerms: 'Terms, for {{rounds}} rounds',
    proposeThese: 'Propose these terms',
    answering: 'answering {{role}}: {{what}}',
    announceAnswering: 'Private message from {{role}}, {{answering}}: {{text}}',
    reply: 'Reply',
    replyTo: 'Reply to {{role}}: {{what}}',
    replyingTo: 'Replying to {{role}}: {{what}}',
    cancelReply: 'Cancel reply',
    linkedProposal: 'Proposed as {{id}}: sign or refuse it under Deals.',
    /** The proposal the offer points to is no longer open: its status chip's words, as under Deals. */
    linkedProposalClosed: 'Proposed as {{id}}: {{status}}.',
  },
};
