import { resolveRound } from '../market/index.ts';
import type { Headline } from '../market/types.ts';
import { mappedList } from '../plain-data.ts';
import { carriedOver, type MoveSet } from '../protocol/moves.ts';
import { createRng } from '../rng.ts';
import { perRole, ROLE_IDS } from '../roles.ts';
import { complyWith, termBroken } from './deal-terms.ts';
import { dealsInForce, dealWithStatus, expireAtResolution, signedByTokyo } from './deals.ts';
import { breachesGoingPublic, breachPublicFromRound } from './disclosure.ts';
import { gameWith } from './game-copies.ts';
import { addNewsItems } from './news.ts';
import { afterMarketMove } from './phases.ts';
import type { Breach, GameContext } from './state.ts';

/** Sheets for this round: what was handed in, and the standing policy for every role that handed in nothing. */
export function sheetsForRound(game: GameContext): MoveSet {
  return { ...game.standingMoves, ...game.submitted } as MoveSet;
}

/**
 * Breaches of deals in force by this round's sheets. When each becomes public is disclosure.ts's rule:
 * a Treasury sale when the lagged holdings report shows it, every other term when the sheet lands.
 */
function newBreaches(game: GameContext, moves: MoveSet): Breach[] {
  const lag = game.config.scenario.holdingsReportLagRounds;
  const found: Breach[] = [];
  for (const deal of dealsInForce(game)) {
    for (const term of deal.terms) {
      const already = game.breaches.some(
        (breach) => breach.dealId === deal.id && breach.term.kind === term.kind,
      );
      if (already || !termBroken(term, moves[term.role], game.config.scenario.model)) continue;
      found.push({
        dealId: deal.id,
        role: term.role,
        term,
        round: game.round,
        publicFromRound: breachPublicFromRound(term, game.round, lag),
      });
    }
  }
  return found;
}

/** The round resolves: sealed sheets land, breaches are found, the model moves, scores are published. */
export function resolve(game: GameContext, at: number): GameContext {
  const moves = sheetsForRound(game);
  const breaches = [...game.breaches, ...newBreaches(game, moves)];
  const goingPublic = breachesGoingPublic(
    breaches,
    game.round,
    game.market.reportedAsOfRound,
    game.config.scenario.holdingsReportLagRounds,
  );
  const breachesByRole = perRole((role) => goingPublic.filter((breach) => breach.role === role).length);
  const brokenDeals = new Set(goingPublic.map((breach) => breach.dealId));

  const rng = createRng(game.rngState);
  const result = resolveRound(
    game.market,
    game.books,
    {
      round: game.round,
      moves,
      dealsInForce: dealsInForce(game).length,
      dealsWithTokyo: signedByTokyo(dealsInForce(game)),
      breachesByRole,
    },
    rng,
    game.config.scenario,
  );

  let next: GameContext = gameWith(game, {
    market: result.market,
    books: result.books,
    rngState: rng.state(),
    submitted: {},
    breaches,
    deals: mappedList(game.deals, (deal) =>
      brokenDeals.has(deal.id) ? dealWithStatus(deal, 'breached') : deal,
    ),
    version: game.version + 1,
    seq: game.seq + 1,
  });
  const breachHeadlines: Headline[] = goingPublic.map((breach) => ({
    key: 'news.breach',
    params: { role: breach.role, deal: breach.dealId, term: breach.term.kind, round: breach.round },
  }));
  const headlines = [...breachHeadlines, ...result.headlines];
  next = afterMarketMove(addNewsItems(next, headlines, at), at, game.round);
  const point = next.marketPath[next.marketPath.length - 1]!;
  next = gameWith(next, {
    reports: [
      ...next.reports,
      {
        round: game.round,
        at,
        headlines,
        market: point,
        scores: perRole((role) => Math.round(next.scores[role].total)),
        backstop: result.backstop,
        missedSheets: ROLE_IDS.filter((role) => game.submitted[role] === undefined),
      },
    ],
  });
  return standingForNextRound(expireAtResolution(next, at), moves);
}

/**
 * What a role that hands in nothing next round plays: this round's sheet with its one-off moves reset
 * (a forgotten sheet never repeats a sale), brought into line with every deal still binding next round,
 * as signing did (a pledge or farm purchase promised for three rounds stands for three rounds).
 */
function standingForNextRound(game: GameContext, moves: MoveSet): GameContext {
  const carried: MoveSet = {
    tokyo: carriedOver(moves.tokyo),
    whiteHouse: carriedOver(moves.whiteHouse),
    investors: carriedOver(moves.investors),
    usBusiness: carriedOver(moves.usBusiness),
  };
  const standingMoves = dealsInForce(game, game.round + 1)
    .flatMap((deal) => deal.terms)
    .reduce((sheets, term) => complyWith(term, sheets, game.config.scenario.model), carried);
  return gameWith(game, { standingMoves });
}
