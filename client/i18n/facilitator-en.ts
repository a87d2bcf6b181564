/**
 * The facilitator's screens (debrief, role cards), kept out of the typed tree (`typeof en`): with them
 * i18next's key types passed TypeScript's instantiation depth (TS2589) across the client. Merged into
 * the `translation` namespace in resources.ts; the screens read them through `looseI18n`.
 */
export const facilitatorEn = {
  briefing: {
    transcriptNotice:
      'After the game the facilitator can read every message, private ones included, in the debrief.',
    /** At a table of one there is no facilitator: the player reads the debrief themselves. */
    transcriptNoticeAlone:
      'After the game the debrief shows every sheet and private message, the bots’ included.',
  },
  end: { openDebrief: 'Open the facilitator’s debrief', openDebriefAlone: 'Open the debrief' },
  debrief: {
    title: 'Debrief',
    /** A class session's table, in the title of its own debrief. */
    table: 'Table {{number}}',
    lead: 'Everything that happened at this table, the sealed sheets and private messages included.',
    leadRunning:
      'The game is still running: this is the public record only. Sheets and messages are shown once it has ended.',
    loading: 'Loading the debrief…',
    notHost: 'Only the host of this game can open its debrief from this browser.',
    failed: 'The debrief could not be loaded ({{status}}). Try again in a moment.',
    backToGame: 'Back to the game',
    tools: 'Print and download',
    print: 'Print',
    downloadCsv: 'Download CSV',
    downloadJson: 'Download JSON',
    downloadFailed: 'The download failed ({{status}}).',
    timeline: 'Timeline of rounds',
    roundsCaption: 'What happened in each round, and the market at its close',
    roundColumn: 'Round',
    events: 'Events',
    close: 'At the close',
    closeFigures: '10-year {{yield}} · mortgage {{mortgage}} · USD/JPY {{yen}} · panic {{panic}}',
    backstop: 'Central banks stepped in.',
    nothingHappened: 'No statement, deal, breach or shock.',
    annotation: {
      statement: '{{role}} said: ',
      deal: 'Deal {{id}} signed by {{roles}}: {{terms}}',
      breach: '{{role}} broke deal {{id}}: {{term}}',
      shock: 'Shock: ',
    },
    panicPeak: 'Panic peaked at {{panic}} in round {{round}}.',
    questions: 'Questions for discussion',
    noQuestions: 'Nothing stood out enough to ask about.',
    sheets: 'Sealed sheets, round by round',
    sheetsCaption: '{{role}}: the sheet played each round',
    handedIn: 'Handed in',
    unread: 'none (not used by this action)',
    standing: '(standing policy: no sheet handed in)',
    yes: 'Yes',
    no: 'No',
    scores: 'Scores',
    scoresByRound: 'Scores after each round',
    finalScore: '{{role}}: {{score}}',
    botReasons: 'The bots’ reasons',
    transcripts: 'Private transcripts',
    transcriptsLead: 'For the facilitator: players were told at the start that these may be read.',
    /** At a table of one nobody facilitated: the player reads what was said in private, theirs and the bots'. */
    transcriptsLeadAlone:
      'Everything said in private at your table, the bots’ messages to one another included.',
    noTranscripts: 'Nobody sent a private message.',
    channel: 'Between {{roles}}',
    teamChannel: '{{role}}’s team chat',
  },
  console: {
    classDebrief: 'Class debrief: every table side by side',
    peopleTitle: 'People',
    waiting: 'waiting for a table',
    seatAt: 'Table {{number}} · {{role}}',
    person: 'Person',
    seat: 'Seat',
    byRule: 'Where the rule places them',
    place: 'Seat {{name}}',
    captainIs: 'Captain: {{name}} (signs the team’s deals)',
    noCaptain: 'No captain yet',
    makeCaptain: 'Make {{name}} captain',
  },
  classDebrief: {
    title: 'Class debrief',
    lead: 'Every table of the session side by side, and questions drawn from what the class did. Open a table for its own debrief.',
    notFacilitator:
      'Only the facilitator who created this session can open its debrief, from the browser they created it in.',
    backToConsole: 'Back to the console',
    back: 'Back to the class debrief',
    comparison: 'Tables side by side',
    comparisonCaption:
      'Each table at the end: the 10-year yield and its move, the panic peak, deals, breaches and every role’s score',
    noTables: 'No table has started yet.',
    table: 'Table',
    running: 'still running',
    finalYield: '10-year yield',
    yieldFigures: '{{yield}} ({{change}} bp)',
    panicPeak: 'Panic peak',
    deals: 'Deals reached',
    breaches: 'Breaches',
    tableDebrief: 'Debrief',
    open: 'Table {{table}}’s debrief',
  },
  cards: {
    title: 'Role cards',
    lead: 'Print one card per role and hand each player theirs: the public brief on top, the confidential objectives below.',
    print: 'Print the cards',
    publicBrief: 'Public brief (everyone may know this)',
    objectives: 'Confidential objectives (for this role only)',
    moves: 'Your sealed moves each round',
    scoring: 'How you are scored',
  },
};
