import type { GameState } from '../game/state.ts';
import { owesAnswer } from '../protocol/talk.ts';
import { ROLE_IDS, type RoleId } from '../roles.ts';

/**
 * How much bots talk, in one game and over a batch: the `talk` object of the simulator's JSON. Public
 * voice (statements, answers) and private talk (messages, the answers owed and given, deals it started).
 */
export interface GameTalk {
  /** Seats a bot played times the rounds the game resolved. */
  botRounds: number;
  /** Public statements bots made, answers included. */
  botStatements: number;
  /** Of those, the ones that carried a signal the market reads. */
  botSignals: number;
  /** Of those, the answers to another seat's statement (`replyTo`). */
  botAnswers: number;
  /** Private messages, every conversation. */
  privateMessages: number;
  /** Each private message owed an answer (`owesAnswer`: not a bot's talk-book answer), once per bot it was addressed to. */
  addressedToBots: number;
  /** Of those, the ones the bot answered (a message of its own naming it in `inReplyTo`). */
  answered: number;
  /** Deals whose terms one party had named, in a private offer to the other, before they were proposed. */
  dealsFromTalk: number;
}

export interface TalkSummary {
  /** Bots' public statements per bot seat and round (the issue's measure: at least one). */
  statementsPerBotRound: number;
  /** Statements with a signal per bot seat and round: the words that move the market. */
  signalsPerBotRound: number;
  /** Public answers per game. */
  publicAnswersPerGame: number;
  privateMessages: number;
  privateMessagesPerGame: number;
  addressedToBots: number;
  answered: number;
  /** answered / addressedToBots (the measure: 1; nothing asked is nothing unanswered). */
  replyShare: number;
  dealsFromTalk: number;
}

export function talkOfGame(state: GameState): GameTalk {
  const bots = ROLE_IDS.filter((role) => state.config.seats[role] === 'bot');
  const spoken = state.statements.filter((statement) => bots.includes(statement.from));
  return {
    botRounds: bots.length * state.reports.length,
    botStatements: spoken.length,
    botSignals: spoken.filter((statement) => statement.signal !== 'none').length,
    botAnswers: spoken.filter((statement) => statement.replyTo !== undefined).length,
    ...privateTalkOf(state, (role) => bots.includes(role)),
  };
}

type PrivateTalk = Pick<GameTalk, 'privateMessages' | 'addressedToBots' | 'answered' | 'dealsFromTalk'>;

function privateTalkOf(state: GameState, isBot: (role: RoleId) => boolean): PrivateTalk {
  let privateMessages = 0;
  let addressedToBots = 0;
  let answered = 0;
  const offers: { parties: RoleId[]; terms: string; at: number }[] = [];
  for (const channel of Object.values(state.channels)) {
    privateMessages += channel.messages.length;
    for (const message of channel.messages) {
      // A link to a proposal already on the table is no offer that began the deal.
      if (message.intent?.kind === 'offer' && message.intent.proposalId === undefined)
        offers.push({
          parties: channel.members,
          terms: JSON.stringify(message.intent.proposal.terms),
          at: message.at,
        });
      if (!owesAnswer(message)) continue;
      for (const member of channel.members) {
        if (member === message.from || !isBot(member)) continue;
        addressedToBots++;
        if (channel.messages.some((reply) => reply.from === member && reply.inReplyTo === message.id))
          answered++;
      }
    }
  }
  const dealsFromTalk = state.deals.filter((deal) => {
    const proposal = state.proposals[deal.proposalId];
    if (!proposal) return false;
    const terms = JSON.stringify(proposal.terms);
    return offers.some(
      (offer) =>
        offer.terms === terms &&
        offer.at <= proposal.at &&
        deal.signatories.every((party) => offer.parties.includes(party)),
    );
  }).length;
  return { privateMessages, addressedToBots, answered, dealsFromTalk };
}

/** Rounded like the rest of the summary: three decimals. */
const tidy = (value: number) => Math.round(value * 1000) / 1000;

export function summarizeTalk(games: readonly GameTalk[]): TalkSummary {
  const sum = (pick: (game: GameTalk) => number) => games.reduce((total, game) => total + pick(game), 0);
  const botRounds = Math.max(
    1,
    sum((game) => game.botRounds),
  );
  const addressedToBots = sum((game) => game.addressedToBots);
  const answered = sum((game) => game.answered);
  return {
    statementsPerBotRound: tidy(sum((game) => game.botStatements) / botRounds),
    signalsPerBotRound: tidy(sum((game) => game.botSignals) / botRounds),
    publicAnswersPerGame: tidy(sum((game) => game.botAnswers) / Math.max(1, games.length)),
    privateMessages: sum((game) => game.privateMessages),
    privateMessagesPerGame: tidy(sum((game) => game.privateMessages) / Math.max(1, games.length)),
    addressedToBots,
    answered,
    replyShare: addressedToBots === 0 ? 1 : tidy(answered / addressedToBots),
    dealsFromTalk: sum((game) => game.dealsFromTalk),
  };
}
