import type { Books, Headline, MarketPoint, MarketState } from '../market/types.ts';
import type { CommandResult } from '../protocol/commands.ts';
import type { ProposalTerms, Term } from '../protocol/deals.ts';
import type { Ack } from '../protocol/errors.ts';
import type { MoveSet } from '../protocol/moves.ts';
import type { PhraseKey, PhraseParams } from '../protocol/phrases.ts';
import type { Signal } from '../protocol/statements.ts';
import type { Intent, TalkWords } from '../protocol/talk.ts';
import type { PerRole, RoleId, SeatKind } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ScoreCard } from '../scoring/types.ts';
import type { SeatControl } from './takeover.ts';

/** The phases a game passes through; `round` phases repeat once per round. */
export const PHASES = ['lobby', 'briefing', 'news', 'negotiate', 'decide', 'ended'] as const;
export type Phase = (typeof PHASES)[number];

/** How a game is set up: everything needed, with the seed and the ordered inputs, to replay it. */
export interface GameConfig {
  gameId: string;
  seed: number;
  scenario: Scenario;
  rounds: number;
  timers: Scenario['timers'];
  /** Binding deals: the engine refuses sheets that break them. Non-binding: breaches are detected and published. */
  bindingDeals: boolean;
  seats: PerRole<SeatKind>;
}

export interface PublicStatement {
  id: string;
  at: number;
  round: number;
  from: RoleId;
  text: string;
  signal: Signal;
  /** Set when the statement was made from the phrase book: screens show the phrase in their language. */
  phrase?: PhraseKey;
  /** The figures the phrase names (`{ tariff: 24 }`), when it has placeholders. */
  params?: PhraseParams;
  /** The statement this one answers. */
  replyTo?: string;
}

export interface PrivateMessageRecord {
  id: string;
  at: number;
  round: number;
  from: RoleId;
  text: string;
  /** What the message means, when its sender said (shared/protocol/talk.ts). */
  intent?: Intent;
  /** Set when it was said from the talk book: screens show the words in their language. */
  words?: TalkWords;
  /** The message of the same conversation it answers. */
  inReplyTo?: string;
  /** In a team's channel: the member who wrote it (a seat's messages to other roles are the seat's). */
  author?: string;
  /** That member's person id (the roster's), so a member's screen knows its own messages from a namesake's. */
  authorId?: string;
}

export interface Channel {
  id: string;
  members: RoleId[];
  messages: PrivateMessageRecord[];
}

export type ProposalStatus = 'open' | 'signed' | 'rejected' | 'withdrawn' | 'countered' | 'expired';

export interface Proposal extends ProposalTerms {
  id: string;
  proposer: RoleId;
  signatories: RoleId[];
  signedBy: RoleId[];
  status: ProposalStatus;
  round: number;
  at: number;
  /** The proposal this one counters, if any. */
  counterTo?: string;
  /** Who closed it (rejected or withdrew), when it is closed. */
  closedBy?: RoleId;
}

/** A signed proposal: its terms bind the sheets of rounds `fromRound` … `untilRound` (the rule: `dealsInForce`). */
export interface Deal {
  id: string;
  proposalId: string;
  terms: Term[];
  signatories: RoleId[];
  signedAt: number;
  fromRound: number;
  untilRound: number;
  status: 'inForce' | 'breached' | 'expired';
}

export interface Breach {
  dealId: string;
  role: RoleId;
  term: Term;
  /** The round the breaching sheet was played in. */
  round: number;
  /** The round whose resolution makes it public (a Treasury sale shows only in the lagged holdings report; see disclosure.ts). */
  publicFromRound: number;
}

export interface NewsItem {
  id: string;
  at: number;
  round: number;
  headline: Headline;
}

export interface RoundReport {
  round: number;
  at: number;
  headlines: Headline[];
  /** Public figures after resolution. */
  market: MarketPoint;
  /** Every role's standing public move parts: tariffs, stance, pass-through are public; Treasury action is not. */
  scores: PerRole<number>;
  backstop: boolean;
  /**
   * Roles that handed in no sheet this round and so played their standing policy. Public, as the
   * "sheets in" list of the decide phase already is; the seat's own screen says so plainly.
   */
  missedSheets: RoleId[];
}

/**
 * A seat's request for more time (WCAG 2.2.1). The host grants it with one click, through the same
 * extension as the host's own "+ time"; an unanswered request lapses when its phase ends.
 */
export interface TimeRequest {
  id: string;
  role: RoleId;
  seconds: number;
  at: number;
  /** The phase it was made in: a grant extends that phase only. */
  phaseVersion: number;
  status: 'pending' | 'granted' | 'lapsed';
}

/** A bot's one-line reason for a choice, shown in the debrief. */
export interface BotReason {
  round: number;
  role: RoleId;
  at: number;
  reason: Headline;
}

/** An accepted command's answer under `actor:commandId`, kept so a retry is answered, not re-applied. */
export type RememberedAnswer = [key: string, answer: Ack<CommandResult>];

/**
 * What the negotiation machine keeps as its context: the whole game except its phase, which is the
 * machine's own state (one source of truth; `GameState` adds it back, read from the machine).
 */
export interface GameContext {
  config: GameConfig;
  /** 0 before the first round, then 1..rounds. */
  round: number;
  /** Bumped by every accepted command and phase change (not by market ticks). */
  version: number;
  /** The version at which the current phase began: commands made before it are stale. */
  phaseVersion: number;
  /** Bumped by every change a player can see, ticks included: the broadcast sequence. */
  seq: number;
  /** Absolute time (ms) the current phase ends, or null (lobby, ended, paused). */
  deadline: number | null;
  /** While paused, the time the phase had left. */
  pausedRemainingMs: number | null;
  paused: boolean;
  lastTickAt: number;
  rngState: number;
  market: MarketState;
  marketPath: MarketPoint[];
  books: Books;
  /** Each role's standing policy: last round's sheet, kept when a sheet is missing. */
  standingMoves: MoveSet;
  /** Sheets submitted in the current decide phase (revisable until the lock). */
  submitted: Partial<MoveSet>;
  statements: PublicStatement[];
  channels: Record<string, Channel>;
  proposals: Record<string, Proposal>;
  deals: Deal[];
  breaches: Breach[];
  news: NewsItem[];
  reports: RoundReport[];
  scores: PerRole<ScoreCard>;
  botReasons: BotReason[];
  /** Shock ids injected, per round, for the debrief. */
  shocksFired: { round: number; shockId: string; at: number }[];
  /** Every accepted command's answer, in pages, oldest first, so a retry gets its first answer again (answers.ts). */
  answers: RememberedAnswer[][];
  /** Requests for more time made this round (cleared when a round starts): the rules are in time.ts. */
  timeRequests: TimeRequest[];
  /** Seats the host gave extended time: while any has it, every phase lasts longer (time.ts says how much). */
  extendedTime: RoleId[];
  /** Seats of people warned for idleness or played by a bot meanwhile (takeover.ts); absent: its people play. */
  seatControl: Partial<Record<RoleId, SeatControl>>;
  /** Counter for ids (statements, messages, proposals, news). */
  nextId: number;
}

/**
 * A game as the engine hands it out: the machine's context with the phase read from the machine's state
 * (never stored beside it, so the two cannot disagree).
 */
export interface GameState extends GameContext {
  readonly phase: Phase;
}
