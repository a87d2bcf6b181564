import type { RoleId } from '../roles.ts';
import type { GameContext, Phase } from './state.ts';

/**
 * Time, as the rules give it (WCAG 2.2.1: a person must be warned before a limit and be able to get more
 * time). One place for every number about it: the server, the bots and the screens read these.
 */

/** Seconds left at which a phase warns its players: one early enough to act on, one last call. */
export const TIME_WARNING_SECONDS = [30, 10] as const;
export type TimeWarning = (typeof TIME_WARNING_SECONDS)[number];

/** The last stretch of a phase, shown by the countdown with an icon and a word, not only a colour. */
export const LAST_CALL_SECONDS = 10;

/** The most a seat may ask for at once, and the fewest: a request is one click, not a bargaining tool. */
export const TIME_REQUEST_SECONDS = { min: 15, max: 300, usual: 60 } as const;

/**
 * Requests a seat may make per round. One at a time (an open request must be answered or lapse with the
 * phase first), so a script cannot flood the host's screen; three a round covers news, talks and decide.
 */
export const TIME_REQUESTS_PER_ROUND = 3;

/**
 * Extended time: the table's phases last this much longer while any seat has it. The table waits for the
 * seat instead of giving it a private clock, because the phases are shared (a deal is negotiated by all,
 * the decide phase ends for all at once): everyone gets the same longer phase, so nobody learns who asked
 * and nobody gains a second sheet deadline. Time and a half, the usual exam accommodation.
 */
export const EXTENDED_TIME_FACTOR = 1.5;

type TimedPhase = Exclude<Phase, 'lobby' | 'ended'>;

const SECONDS_OF: Record<TimedPhase, keyof GameContext['config']['timers']> = {
  briefing: 'briefingSeconds',
  news: 'newsSeconds',
  negotiate: 'negotiateSeconds',
  decide: 'decideSeconds',
};

export function isTimedPhase(phase: Phase): phase is TimedPhase {
  return phase !== 'lobby' && phase !== 'ended';
}

/** How long a phase lasts at this table: the configured time, stretched while a seat has extended time. */
export function phaseSeconds(game: Pick<GameContext, 'config' | 'extendedTime'>, phase: TimedPhase): number {
  const base = game.config.timers[SECONDS_OF[phase]];
  return game.extendedTime.length > 0 ? Math.round(base * EXTENDED_TIME_FACTOR) : base;
}

/**
 * A threshold warns only in a phase at least this many times as long as it, so that a third of the phase
 * has passed before it is said: "less than 30 seconds left" at the start of a 15 s news phase tells nobody
 * anything. A 45 s decide keeps its 30 s warning (time enough to ask for more, WCAG 2.2.1); a 15 s news
 * phase gives only the 10 s one.
 */
export const WARNING_PHASE_FACTOR = 1.5;

/**
 * The warning due with this much time left in a phase of `phaseSeconds`: the smallest threshold already
 * reached that the phase is long enough for, or null. A screen announces each one once per phase, when it
 * changes. A phase of unknown length (null) gets every threshold.
 */
export function timeWarningFor(remainingMs: number | null, phaseSeconds: number | null): TimeWarning | null {
  if (remainingMs === null) return null;
  let due: TimeWarning | null = null;
  for (const seconds of TIME_WARNING_SECONDS) {
    const worthSaying = phaseSeconds === null || phaseSeconds >= seconds * WARNING_PHASE_FACTOR;
    if (worthSaying && remainingMs <= seconds * 1000) due = seconds;
  }
  return due;
}

/** Whether the countdown is in its last call. */
export function isLastCall(remainingMs: number | null): boolean {
  return remainingMs !== null && remainingMs <= LAST_CALL_SECONDS * 1000;
}

/** A seat's open request for more time, if it has one (at most one at a time). */
export function openTimeRequest(game: Pick<GameContext, 'timeRequests'>, role: RoleId) {
  return game.timeRequests.find((request) => request.role === role && request.status === 'pending');
}

/** How many requests a seat has made this round (the list is cleared when a round starts). */
export function timeRequestsThisRound(game: Pick<GameContext, 'timeRequests'>, role: RoleId): number {
  return game.timeRequests.filter((request) => request.role === role).length;
}

/** The phase timers a game is configured with (the scenario's, or what its creator chose). */
export type PhaseTimers = Pick<
  GameContext['config']['timers'],
  'briefingSeconds' | 'newsSeconds' | 'negotiateSeconds' | 'decideSeconds'
>;

/**
 * How long a game's play lasts when every phase runs to its deadline: the briefing once, then news,
 * negotiation and decision in every round. Planning a class reads it (shared/classroom/presets.ts), so a
 * preset's timers are checked against the length of the class.
 */
export function playSeconds(timers: PhaseTimers, rounds: number): number {
  return (
    timers.briefingSeconds + rounds * (timers.newsSeconds + timers.negotiateSeconds + timers.decideSeconds)
  );
}
