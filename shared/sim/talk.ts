import type { GameState } from '../game/state.ts';
import { ROLE_IDS } from '../roles.ts';

/**
 * How much bots talk, in one game and over a batch: the `talk` object of the simulator's JSON. Public
 * voice here (statements, answers); private talk adds its own counts beside them.
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
}

export interface TalkSummary {
  /** Bots' public statements per bot seat and round (the issue's measure: at least one). */
  statementsPerBotRound: number;
  /** Statements with a signal per bot seat and round: the words that move the market. */
  signalsPerBotRound: number;
  /** Public answers per game. */
  publicAnswersPerGame: number;
}

export function talkOfGame(state: GameState): GameTalk {
  const bots = ROLE_IDS.filter((role) => state.config.seats[role] === 'bot');
  const spoken = state.statements.filter((statement) => bots.includes(statement.from));
  return {
    botRounds: bots.length * state.reports.length,
    botStatements: spoken.length,
    botSignals: spoken.filter((statement) => statement.signal !== 'none').length,
    botAnswers: spoken.filter((statement) => statement.replyTo !== undefined).length,
  };
}

/** Rounded like the rest of the summary: three decimals. */
const tidy = (value: number) => Math.round(value * 1000) / 1000;

export function summarizeTalk(games: readonly GameTalk[]): TalkSummary {
  const sum = (pick: (game: GameTalk) => number) => games.reduce((total, game) => total + pick(game), 0);
  const botRounds = Math.max(
    1,
    sum((game) => game.botRounds),
  );
  return {
    statementsPerBotRound: tidy(sum((game) => game.botStatements) / botRounds),
    signalsPerBotRound: tidy(sum((game) => game.botSignals) / botRounds),
    publicAnswersPerGame: tidy(sum((game) => game.botAnswers) / Math.max(1, games.length)),
  };
}
