import type { GameEvent } from '../game/events.ts';
import { type PlayerView, playerViewFor } from '../game/player-view.ts';
import type {
  BotReason,
  Breach,
  Channel,
  Deal,
  GameConfig,
  GameState,
  NewsItem,
  Proposal,
  PublicStatement,
} from '../game/state.ts';
import type { Headline, MarketPoint } from '../market/types.ts';
import type { Term } from '../protocol/deals.ts';
import type { Signal } from '../protocol/statements.ts';
import { type PerRole, perRole, type RoleId, type SeatKind } from '../roles.ts';
import type { ScoreCard } from '../scoring/types.ts';
import { type ReplayedGame, type RoundSheets, replayWithSheets } from './round-sheets.ts';

/** Something that happened in a round, placed on the timeline at its time. */
export type Annotation =
  | {
      kind: 'statement';
      at: number;
      role: RoleId;
      text: string;
      signal: Signal;
      phrase?: PublicStatement['phrase'];
      params?: PublicStatement['params'];
    }
  | { kind: 'deal'; at: number; dealId: string; signatories: RoleId[]; terms: Term[] }
  | { kind: 'breach'; at: number; dealId: string; role: RoleId; term: Term }
  | { kind: 'shock'; at: number; shockId: string };

export interface TimelineRound {
  round: number;
  /** The market at every tick and move of the round, oldest first (the resolution's point last). */
  path: MarketPoint[];
  /** Statements, deals signed, breaches found and shocks of the round, by time. */
  annotations: Annotation[];
  headlines: Headline[];
  backstop: boolean;
  missedSheets: RoleId[];
  /** The scores published with the round's report (null: not public yet, before the end). */
  scores: PerRole<number | null>;
}

/**
 * One table's debrief. Before the end it is the public record only (what the host's own screen shows);
 * the sealed sheets, the private transcripts, every bot's reasons and the live score cards are added
 * once the game has ended, never earlier.
 */
export interface TableDebrief {
  gameId: string;
  seed: number;
  rounds: number;
  roundsPlayed: number;
  bindingDeals: boolean;
  seats: PerRole<SeatKind>;
  createdAt: number;
  ended: boolean;
  marketPath: MarketPoint[];
  statements: PublicStatement[];
  deals: Deal[];
  breaches: Breach[];
  shocksFired: GameState['shocksFired'];
  news: NewsItem[];
  reports: PlayerView['reports'];
  timeline: TimelineRound[];
  /** The highest the panic gauge went, and when (the first time it got there). */
  panicPeak: { panic: number; round: number; at: number };
  /** Each role's final score as others may see it (at the end: every one). */
  finalScores: PerRole<number | null>;
  /** From here on: empty (or null) until the game has ended. */
  sheets: RoundSheets[];
  scoreCards: PerRole<ScoreCard> | null;
  botReasons: BotReason[];
  /** Private channels with every message: for the facilitator or host only. */
  transcripts: Channel[];
  proposals: Proposal[];
}

function annotationsOf(view: PlayerView, round: number, resolvedAt: number | null): Annotation[] {
  const annotations: Annotation[] = [
    ...view.statements
      .filter((statement) => statement.round === round)
      .map(
        (statement): Annotation => ({
          kind: 'statement',
          at: statement.at,
          role: statement.from,
          text: statement.text,
          signal: statement.signal,
          ...(statement.phrase ? { phrase: statement.phrase } : {}),
          ...(statement.params ? { params: statement.params } : {}),
        }),
      ),
    ...view.deals
      .filter((deal) => deal.fromRound === round)
      .map(
        (deal): Annotation => ({
          kind: 'deal',
          at: deal.signedAt,
          dealId: deal.id,
          signatories: deal.signatories,
          terms: deal.terms,
        }),
      ),
    // A breach is found when its round resolves: it sits at the resolution.
    ...view.breaches
      .filter((breach) => breach.round === round && resolvedAt !== null)
      .map(
        (breach): Annotation => ({
          kind: 'breach',
          at: resolvedAt ?? 0,
          dealId: breach.dealId,
          role: breach.role,
          term: breach.term,
        }),
      ),
    ...view.shocksFired
      .filter((shock) => shock.round === round)
      .map((shock): Annotation => ({ kind: 'shock', at: shock.at, shockId: shock.shockId })),
  ];
  return annotations.sort((a, b) => a.at - b.at);
}

function timelineOf(view: PlayerView, roundsPlayed: number): TimelineRound[] {
  return Array.from({ length: roundsPlayed }, (_, index) => {
    const round = index + 1;
    const report = view.reports.find((entry) => entry.round === round);
    return {
      round,
      path: view.marketPath.filter((point) => point.round === round),
      annotations: annotationsOf(view, round, report?.at ?? null),
      headlines: report?.headlines ?? [],
      backstop: report?.backstop ?? false,
      missedSheets: report?.missedSheets ?? [],
      scores: report?.scores ?? perRole(() => null),
    };
  });
}

function panicPeakOf(path: readonly MarketPoint[]): TableDebrief['panicPeak'] {
  let peak = { panic: Number.NEGATIVE_INFINITY, round: 0, at: 0 };
  for (const point of path) {
    if (point.panic > peak.panic) peak = { panic: point.panic, round: point.round, at: point.at };
  }
  return peak;
}

/**
 * A table's debrief from its configuration, creation time and ordered accepted inputs (a game is those:
 * see replay.ts). The public parts come from the same allow-list as the host's view (`playerViewFor`
 * with no seat), so the debrief shows nothing before the end that the host's screen would not.
 */
export function tableDebriefOf(
  config: GameConfig,
  createdAt: number,
  log: readonly GameEvent[],
): TableDebrief {
  return tableDebriefFrom(config, createdAt, replayWithSheets(config, createdAt, log));
}

/** The same from a game already replayed (the export reads the replay's rounds too). */
export function tableDebriefFrom(
  config: GameConfig,
  createdAt: number,
  { state, rounds }: ReplayedGame,
): TableDebrief {
  const view = playerViewFor(state, null);
  const ended = state.phase === 'ended';
  const roundsPlayed = state.reports.length;
  return {
    gameId: config.gameId,
    seed: config.seed,
    rounds: config.rounds,
    roundsPlayed,
    bindingDeals: config.bindingDeals,
    seats: config.seats,
    createdAt,
    ended,
    marketPath: view.marketPath,
    statements: view.statements,
    deals: view.deals,
    breaches: view.breaches,
    shocksFired: view.shocksFired,
    news: view.news,
    reports: view.reports,
    timeline: timelineOf(view, roundsPlayed),
    panicPeak: panicPeakOf(view.marketPath),
    finalScores: perRole((role) => view.seats[role].score),
    sheets: ended ? rounds : [],
    scoreCards: ended ? state.scores : null,
    botReasons: ended ? view.botReasons : [],
    transcripts: ended ? Object.values(state.channels) : [],
    proposals: ended ? view.proposals : [],
  };
}
