import { applyShock, marketPoint, tickMarket } from '../market/index.ts';
import { mappedList } from '../plain-data.ts';
import { createRng } from '../rng.ts';
import type { Shock } from '../scenario/schema.ts';
import { scoreCards, scoringProgress } from '../scoring/score.ts';
import { gameWith } from './game-copies.ts';
import { addNews } from './news.ts';
import type { GameContext, Phase } from './state.ts';
import { isTimedPhase, phaseSeconds } from './time.ts';

/**
 * A new phase: a new deadline kept as an absolute time in the state (never an XState `after`, which
 * would not survive a restore), and a new phase version so that commands made earlier are stale.
 */
export function enterPhase(game: GameContext, phase: Phase, at: number): GameContext {
  const version = game.version + 1;
  const deadline = isTimedPhase(phase) ? at + phaseSeconds(game, phase) * 1000 : null;
  // A request nobody answered lapses with its phase: more time for a phase that is over means nothing.
  const timeRequests = mappedList(game.timeRequests, (request) =>
    request.status === 'pending' ? { ...request, status: 'lapsed' as const } : request,
  );
  return gameWith(game, {
    version,
    phaseVersion: version,
    seq: game.seq + 1,
    deadline,
    timeRequests,
    paused: false,
    pausedRemainingMs: null,
    lastTickAt: phase === 'negotiate' ? at : game.lastTickAt,
  });
}

/**
 * Market values moved: record the point, rescore. Score targets describe where a middling game ends,
 * so live scores are read against the share of rounds resolved so far; everyone starts near 50.
 */
export function afterMarketMove(
  game: GameContext,
  at: number,
  resolvedRounds = game.reports.length,
): GameContext {
  return gameWith(game, {
    marketPath: [...game.marketPath, marketPoint(game.market, at, game.round)],
    scores: scoreCards(
      game.market,
      game.books,
      game.config.scenario,
      scoringProgress(resolvedRounds, game.config.rounds),
      game.config.rounds,
      game.scores,
    ),
  });
}

export function startRound(game: GameContext, at: number): GameContext {
  const round = game.round + 1;
  let next = enterPhase(gameWith(game, { round, submitted: {}, timeRequests: [] }), 'news', at);
  next = addNews(next, { key: 'news.roundStart', params: { round, rounds: game.config.rounds } }, at);
  for (const shock of game.config.scenario.shocks) {
    if (shock.scheduledRounds.includes(round)) next = fireShock(next, shock, at);
  }
  return next;
}

export function fireShock(game: GameContext, shock: Shock, at: number): GameContext {
  const reaction = applyShock(game.market, shock, game.config.scenario.model);
  let next: GameContext = gameWith(game, {
    market: reaction.market,
    shocksFired: [...game.shocksFired, { round: game.round, shockId: shock.id, at }],
  });
  if (reaction.headline) next = addNews(next, reaction.headline, at);
  return afterMarketMove(next, at);
}

/**
 * The longest a tick may cover: the longest phase the market is open in (negotiate or decide). Ticks
 * come every few seconds; a longer gap is a clock that jumped (a resumed VM, a corrected clock), and the
 * market must not move more than the longest phase could have moved it.
 */
export function longestTickSeconds(timers: GameContext['config']['timers']): number {
  return Math.max(timers.negotiateSeconds, timers.decideSeconds);
}

/** The market moves while people talk; dt comes from the event times, so replay gives the same path. */
export function tick(game: GameContext, at: number): GameContext {
  const elapsedSeconds = (at - game.lastTickAt) / 1000;
  if (!(elapsedSeconds > 0)) return game;
  const dtSeconds = Math.min(elapsedSeconds, longestTickSeconds(game.config.timers));
  const rng = createRng(game.rngState);
  const market = tickMarket(game.market, dtSeconds, rng, game.config.scenario.model);
  return afterMarketMove(
    gameWith(game, { market, rngState: rng.state(), lastTickAt: at, seq: game.seq + 1 }),
    at,
  );
}

export function pause(game: GameContext, at: number): GameContext {
  return gameWith(game, {
    paused: true,
    pausedRemainingMs: game.deadline === null ? null : Math.max(0, game.deadline - at),
    deadline: null,
  });
}

export function resume(game: GameContext, at: number): GameContext {
  // Ticks resume from now: the paused minutes are not a market move.
  return gameWith(game, {
    paused: false,
    deadline: game.pausedRemainingMs === null ? null : at + game.pausedRemainingMs,
    pausedRemainingMs: null,
    lastTickAt: at,
  });
}

export function extend(game: GameContext, seconds: number): GameContext {
  const ms = seconds * 1000;
  if (game.paused) return gameWith(game, { pausedRemainingMs: (game.pausedRemainingMs ?? 0) + ms });
  return gameWith(game, { deadline: game.deadline === null ? null : game.deadline + ms });
}
