import type { GameContext, GameState, Phase } from './state.ts';

/**
 * A game's own copy, written out field by field in the order `initialGameState` gives them, and the same
 * with some fields changed: what the engine's steps use instead of `{ ...game, field }`. A spread's result
 * takes a hidden class that depends on its source's, so a state spread from states spread from others had
 * nine classes at `applyCommand` in 300 games; every spread of one then took V8's slow copy (a few
 * microseconds for thirty fields) and every read of the state its slowest path. The compiler checks that
 * every field of `GameContext` is here.
 */
export function copyOfGame(game: GameContext): GameContext {
  return {
    config: game.config,
    round: game.round,
    version: game.version,
    phaseVersion: game.phaseVersion,
    seq: game.seq,
    deadline: game.deadline,
    pausedRemainingMs: game.pausedRemainingMs,
    paused: game.paused,
    lastTickAt: game.lastTickAt,
    rngState: game.rngState,
    market: game.market,
    marketPath: game.marketPath,
    books: game.books,
    standingMoves: game.standingMoves,
    submitted: game.submitted,
    statements: game.statements,
    channels: game.channels,
    proposals: game.proposals,
    deals: game.deals,
    breaches: game.breaches,
    news: game.news,
    reports: game.reports,
    scores: game.scores,
    botReasons: game.botReasons,
    shocksFired: game.shocksFired,
    answers: game.answers,
    timeRequests: game.timeRequests,
    extendedTime: game.extendedTime,
    seatControl: game.seatControl,
    nextId: game.nextId,
  };
}

/** `{ ...game, ...changes }`, in the one hidden class of a game (changes name fields a game has). */
export function gameWith(game: GameContext, changes: Partial<GameContext>): GameContext {
  return Object.assign(copyOfGame(game), changes);
}

/**
 * A game with its phase, as the engines hand it out (`GameState`): the context's own copy with the phase
 * added, always by the same step, so every state has one hidden class. (`Object.assign({}, context,
 * { phase })` was as slow as the spreads once contexts came from `copyOfGame`.)
 */
export function stateOf(game: GameContext, phase: Phase): GameState {
  const state: { -readonly [K in keyof GameState]: GameState[K] } = copyOfGame(game) as GameState;
  state.phase = phase;
  return state;
}
