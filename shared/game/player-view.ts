import { tokyoPortfolioPnlNow } from '../market/books.ts';
import type { Books, Headline, MarketPoint } from '../market/types.ts';
import { recordValues, sameData } from '../plain-data.ts';
import type { MoveFor, MoveSheet } from '../protocol/moves.ts';
import { type PerRole, ROLE_IDS, type RoleId, type SeatKind } from '../roles.ts';
import type { RoleBrief } from '../scenario/schema.ts';
import type { ScoreCard } from '../scoring/types.ts';
import { breachIsPublic } from './disclosure.ts';
import { type PublicMarket, type PublicPolicy, publicMarketOf, publicPolicyOf } from './public-market.ts';
import {
  ownReportScoresOf,
  type PublicRoundReport,
  type PublicScore,
  publicReportsOf,
  standingsOf,
} from './public-scores.ts';
import type {
  BotReason,
  Breach,
  Channel,
  Deal,
  GameState,
  NewsItem,
  Phase,
  Proposal,
  PublicStatement,
  TimeRequest,
} from './state.ts';
import type { SeatControl } from './takeover.ts';
import { isTimedPhase, phaseSeconds } from './time.ts';

/** What a role's own seat sees of itself. */
export interface OwnSeat<R extends RoleId = RoleId> {
  role: R;
  brief: RoleBrief;
  book: Books[R];
  standingMove: MoveFor<R>;
  submittedMove: MoveFor<R> | null;
  score: ScoreCard;
  /**
   * The seat's own score as published with each round report, in round order. A seat always sees its own
   * score; the public reports withhold it while it reads secret moves not yet revealed (public-scores.ts).
   */
  reportScores: number[];
  /**
   * Tokyo alone sees its actual holdings, their market value and its gain or loss on them, all three as of
   * now (the gain or loss in `book` is as of the last resolution).
   */
  holdings?: { actualBn: number; marketValueBn: number; portfolioPnlBn: number };
}

/**
 * One seat's entry in the public standings: its score as far as others may see it (PublicScore says how).
 * The standings are the public record, the same for every seat: a seat's own live score is `you.score`.
 */
export type SeatEntry = PublicScore & {
  kind: SeatKind;
  title: RoleBrief['title'];
  publicBrief: RoleBrief['publicBrief'];
  submitted: boolean;
  /** A seat of people warned for idleness, or played by a bot until they return: public (takeover.ts). */
  control: SeatControl | null;
};

export interface PlayerView {
  gameId: string;
  seq: number;
  version: number;
  phase: Phase;
  round: number;
  rounds: number;
  deadline: number | null;
  /**
   * How long this phase runs at this table (its timer, stretched by extended time); null outside the timed
   * phases. A time warning is due only in a phase long enough for it to tell anyone something (time.ts).
   */
  phaseSeconds: number | null;
  paused: boolean;
  pausedRemainingMs: number | null;
  bindingDeals: boolean;
  /** The seat this view is for; null for the host and spectators. */
  you: OwnSeat | null;
  seats: PerRole<SeatEntry>;
  market: PublicMarket;
  marketPath: MarketPoint[];
  publicPolicy: PublicPolicy;
  statements: PublicStatement[];
  channels: Channel[];
  proposals: Proposal[];
  deals: Deal[];
  breaches: Breach[];
  news: NewsItem[];
  reports: PublicRoundReport[];
  /** Bots' reasons: a seat's own always; everyone's once the game has ended. */
  botReasons: BotReason[];
  shocksFired: GameState['shocksFired'];
  /**
   * The seat's own requests for more time this round. Needing time is a person's own affair, so no seat
   * sees another's, and the public view (role null) has none: the host gets every seat's in its own
   * `time:requests` message, since a host who also plays a seat shares that seat's view with its team.
   */
  timeRequests: TimeRequest[];
  /** Whether the seat has extended time: `[role]` or `[]` (the host's list comes with `time:requests`). */
  extendedTime: RoleId[];
}

/** The seat's own entry, or the one `held` when that says the same. */
function ownSeatOf(game: GameState, role: RoleId, held?: OwnSeat | null): OwnSeat {
  const submitted: MoveSheet | undefined = game.submitted[role];
  const seat: OwnSeat = {
    role,
    brief: game.config.scenario.briefs[role],
    book: game.books[role],
    standingMove: game.standingMoves[role],
    submittedMove: submitted ?? null,
    score: game.scores[role],
    reportScores: ownReportScoresOf(game, role),
  };
  if (role === 'tokyo') {
    seat.holdings = {
      actualBn: game.market.tokyoHoldingsBn,
      marketValueBn: game.market.holdingsValueBn,
      portfolioPnlBn: tokyoPortfolioPnlNow(game.books.tokyo, game.market),
    };
  }
  return held && sameData(seat, held) ? held : seat;
}

/** A module-level function, not a closure per view: see createRng in shared/rng.ts. */
function isMember(role: RoleId | null, members: readonly RoleId[]): boolean {
  return role !== null && members.includes(role);
}

/** Its own breaches a seat always knows; others' once public by disclosure.ts's rule, or at the end. */
function canSeeBreach(breach: Breach, game: GameState, role: RoleId | null): boolean {
  return breach.role === role || breachIsPublic(breach, game.market) || game.phase === 'ended';
}

function reasonsFor(game: GameState, role: RoleId | null): BotReason[] {
  if (game.phase === 'ended') return [...game.botReasons];
  return game.botReasons.filter((entry) => entry.role === role);
}

/**
 * A view's parts may be those of a view of an earlier state (`before`) wherever what they are made from did
 * not change: the broadcast then finds them unchanged by identity alone, without walking them, and a part
 * kept across changes is an old object the young generation's collections no longer copy. A reused part is
 * always deeply equal to the one that would be built (test/server/broadcast-patches.test.ts checks every
 * view of whole games against one built afresh).
 */
export interface ViewBefore<V> {
  game: GameState;
  view: V;
}
export type CommonBefore = ViewBefore<CommonView>;
export type OwnBefore = ViewBefore<OwnView>;

/** The fields of a view that depend on whom it is for; every other field is the same for every recipient. */
export const OWN_FIELDS = [
  'you',
  'channels',
  'proposals',
  'breaches',
  'botReasons',
  'timeRequests',
  'extendedTime',
] as const;

/** What one recipient's view adds to the public record. */
export type OwnView = Pick<PlayerView, (typeof OWN_FIELDS)[number]>;

/** The public record: the part of a view that is the same for every recipient. */
export type CommonView = Omit<PlayerView, (typeof OWN_FIELDS)[number]>;

/**
 * The public record of a state. Its lists are the state's own (the state is never changed in place, so
 * they never change under a view); a broadcast builds this once for all the views it sends (and works out
 * once what changed in it), so the four seats' payloads share it instead of each copying it.
 */
export function commonViewOf(game: GameState, before?: CommonBefore): CommonView {
  const held = before?.view;
  const was = before?.game;
  return {
    gameId: game.config.gameId,
    seq: game.seq,
    version: game.version,
    phase: game.phase,
    round: game.round,
    rounds: game.config.rounds,
    deadline: game.deadline,
    phaseSeconds: isTimedPhase(game.phase) ? phaseSeconds(game, game.phase) : null,
    paused: game.paused,
    pausedRemainingMs: game.pausedRemainingMs,
    bindingDeals: game.config.bindingDeals,
    seats: standingsOf(game, held?.seats),
    // Each a function of one part of the state alone: the same part, the same record.
    market: held && was!.market === game.market ? held.market : publicMarketOf(game.market),
    marketPath: game.marketPath,
    publicPolicy:
      held && was!.standingMoves === game.standingMoves ? held.publicPolicy : publicPolicyOf(game),
    statements: game.statements,
    deals: game.deals,
    news: game.news,
    reports: publicReportsOf(game),
    shocksFired: game.shocksFired,
  };
}

/**
 * What `role` may see beyond the public record, built by adding what it may see, never by deleting
 * secrets from the whole state (the most reported bug in boardgame.io and Colyseus). `role` null is the
 * host or a spectator: nothing beyond the public record.
 */
export function ownViewOf(game: GameState, role: RoleId | null, before?: OwnBefore): OwnView {
  const held = before?.view;
  const was = before?.game;
  // Each list below is read from the parts of the state named in its test; the same parts, the same list.
  const ended = game.phase === 'ended';
  const sameEnd = was !== undefined && (was.phase === 'ended') === ended;
  const own: OwnView = {
    you: role === null ? null : ownSeatOf(game, role, held?.you),
    channels:
      held && was!.channels === game.channels
        ? held.channels
        : recordValues(game.channels).filter((channel) => isMember(role, channel.members)),
    // Once the game has ended every proposal is shown, for the debrief: who offered what, and to whom.
    proposals:
      held && sameEnd && was!.proposals === game.proposals
        ? held.proposals
        : recordValues(game.proposals).filter((proposal) => ended || isMember(role, proposal.signatories)),
    breaches:
      held &&
      sameEnd &&
      was!.breaches === game.breaches &&
      was!.market.reportedAsOfRound === game.market.reportedAsOfRound
        ? held.breaches
        : game.breaches.filter((breach) => canSeeBreach(breach, game, role)),
    botReasons:
      held && sameEnd && was!.botReasons === game.botReasons ? held.botReasons : reasonsFor(game, role),
    timeRequests:
      held && was!.timeRequests === game.timeRequests
        ? held.timeRequests
        : game.timeRequests.filter((request) => request.role === role),
    extendedTime:
      held && was!.extendedTime === game.extendedTime
        ? held.extendedTime
        : game.extendedTime.filter((seat) => seat === role),
  };
  return held && sameData(own, held) ? held : own;
}

/**
 * One recipient's payload: the public record and what `role` may see beyond it (`ownViewOf`). Game state
 * is never mutated in place, so sharing its objects is safe; a view leaves the process only as JSON, and
 * nothing in the process may change one.
 */
export function playerViewFor(
  game: GameState,
  role: RoleId | null,
  common: CommonView = commonViewOf(game),
): PlayerView {
  return viewOfParts(common, ownViewOf(game, role));
}

/**
 * A view from its two parts, keys in the order `{ ...common, ...own }` would give. Written out because
 * that spread costs tens of microseconds on Node 20's V8 (a spread followed by keys its source lacks
 * takes a slow path that builds a new hidden class each time, and the garbage collector pays for them),
 * against about one for this literal: half the views' cost in a headless game. The compiler checks that
 * every field of `PlayerView` is here.
 */
export function viewOfParts(common: CommonView, own: OwnView): PlayerView {
  return {
    gameId: common.gameId,
    seq: common.seq,
    version: common.version,
    phase: common.phase,
    round: common.round,
    rounds: common.rounds,
    deadline: common.deadline,
    phaseSeconds: common.phaseSeconds,
    paused: common.paused,
    pausedRemainingMs: common.pausedRemainingMs,
    bindingDeals: common.bindingDeals,
    seats: common.seats,
    market: common.market,
    marketPath: common.marketPath,
    publicPolicy: common.publicPolicy,
    statements: common.statements,
    deals: common.deals,
    news: common.news,
    reports: common.reports,
    shocksFired: common.shocksFired,
    you: own.you,
    channels: own.channels,
    proposals: own.proposals,
    breaches: own.breaches,
    botReasons: own.botReasons,
    timeRequests: own.timeRequests,
    extendedTime: own.extendedTime,
  };
}

export type { Headline, PublicRoundReport, PublicScore };
export { ROLE_IDS };
