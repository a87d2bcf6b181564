import { z } from 'zod';
import { LEVELS, type Level } from '../bots/types.ts';
import { wholeNumber } from '../protocol/numbers.ts';
import type { RoleId } from '../roles.ts';
import { gameWith } from './game-copies.ts';
import type { GameContext, GameState, Phase } from './state.ts';

/**
 * Bots take over idle seats: the one statement of the rule. A seat whose people have all been away (every
 * socket gone) or idle (connected, but no command while the phase expects something of them) for the
 * game's limit is first warned, then played by a bot of the host's chosen level until one of its people
 * acts again. The warning, the takeover and the return are accepted inputs (`seat:warn`, `seat:takeover`,
 * `seat:return`), so a replay and a restore from the store give the same game; the server only decides
 * *when* to send them, by asking `takeoverStep`.
 */

/** The host's choice, per game: after how long idle a bot steps in (0: never), and how well it plays. */
export const IdleTakeoverSchema = z.strictObject({
  afterSeconds: wholeNumber(0, 3600).default(180),
  level: z.enum(LEVELS).default('easy'),
});
export type IdleTakeover = z.infer<typeof IdleTakeoverSchema>;
export const DEFAULT_IDLE_TAKEOVER: IdleTakeover = { afterSeconds: 180, level: 'easy' };

/** How long before the takeover the seat is warned: 30 s, or half the limit when that is shorter. */
export function warningLeadMs(afterSeconds: number): number {
  return Math.min(30_000, (afterSeconds * 1000) / 2);
}

/** Who plays a seat of people now: a warning runs until `takeoverAt`; a bot plays from `since`. */
export type SeatControl =
  | { status: 'warned'; since: number; takeoverAt: number }
  | { status: 'bot'; since: number; level: Level };

/** The server's inputs that change who plays a seat. */
export type SeatControlEvent =
  | { type: 'seat:warn'; role: RoleId; at: number; takeoverAt: number }
  | { type: 'seat:takeover'; role: RoleId; at: number; level: Level }
  | { type: 'seat:return'; role: RoleId; at: number };

export const SEAT_CONTROL_EVENTS = ['seat:warn', 'seat:takeover', 'seat:return'] as const;

/** Phases in which a seat can be idle: the game is running and its people could act. */
const RUNNING: readonly Phase[] = ['briefing', 'news', 'negotiate', 'decide'];

/** Who plays a seat beyond its config; null when its people (or its own bot) do. Tolerates older snapshots. */
export function seatControlOf(game: Pick<GameContext, 'seatControl'>, role: RoleId): SeatControl | null {
  return game.seatControl?.[role] ?? null;
}

/** Whether a bot plays this seat now: a bot seat, or a seat of people taken over. */
export function playedByBot(game: Pick<GameContext, 'config' | 'seatControl'>, role: RoleId): boolean {
  return game.config.seats[role] === 'bot' || seatControlOf(game, role)?.status === 'bot';
}

/** Whether the phase waits on this seat: the decide phase, until its sheet is in. */
export function phaseExpects(game: GameState, role: RoleId): boolean {
  return game.phase === 'decide' && game.submitted[role] === undefined;
}

/** What the server knows of a seat's people (never stored: it is what makes the server send an input). */
export interface SeatPresence {
  /** How many people hold the seat; a seat nobody ever took is left to its standing policy. */
  people: number;
  /** Whether any of them has a socket connected. */
  connected: boolean;
  /** The last time one of them acted, connected or left (ms). */
  activeAt: number;
  /** When the current phase began, as the server saw it (ms). */
  phaseSince: number;
}

/** The next input the rule asks for at a seat, and when it is due; null when nothing is coming. */
export type TakeoverStep =
  | { type: 'seat:warn'; at: number; takeoverAt: number }
  | { type: 'seat:takeover'; at: number; level: Level }
  | { type: 'seat:return'; at: number };

/** When the seat's people count as idle from, or null while they are not idle. */
function idleFrom(game: GameState, role: RoleId, presence: SeatPresence): number | null {
  if (!presence.connected) return presence.activeAt;
  if (!phaseExpects(game, role)) return null;
  return Math.max(presence.activeAt, presence.phaseSince);
}

/**
 * The next step for one seat, given what the server knows of its people. A warning comes `warningLeadMs`
 * before the limit; the takeover when the warning runs out, if the seat is still idle, else the warning
 * is withdrawn. A bot plays on until a person acts (the server sends `seat:return` then, not this rule).
 */
export function takeoverStep(
  game: GameState,
  role: RoleId,
  presence: SeatPresence,
  options: IdleTakeover,
): TakeoverStep | null {
  if (!RUNNING.includes(game.phase) || game.paused) return null;
  if (game.config.seats[role] !== 'human' || presence.people === 0) return null;
  const control = seatControlOf(game, role);
  if (control?.status === 'bot') return null;
  const from = idleFrom(game, role, presence);
  if (control?.status === 'warned') {
    if (from === null) return { type: 'seat:return', at: control.since };
    return { type: 'seat:takeover', at: control.takeoverAt, level: options.level };
  }
  if (options.afterSeconds === 0 || from === null) return null;
  const limit = from + options.afterSeconds * 1000;
  const warnAt = limit - warningLeadMs(options.afterSeconds);
  return { type: 'seat:warn', at: warnAt, takeoverAt: limit };
}

/**
 * The input a due step becomes at `now`: a warning always leaves the seat's people the full lead to come
 * back, even when it is sent late (after a restart, or a pause).
 */
export function seatControlEvent(
  step: TakeoverStep,
  role: RoleId,
  now: number,
  options: IdleTakeover,
): SeatControlEvent {
  if (step.type === 'seat:warn') {
    const takeoverAt = Math.max(step.takeoverAt, now + warningLeadMs(options.afterSeconds));
    return { type: 'seat:warn', role, at: now, takeoverAt };
  }
  return step.type === 'seat:takeover'
    ? { type: 'seat:takeover', role, at: now, level: step.level }
    : { type: 'seat:return', role, at: now };
}

/** Whether an input fits the seat's state now (the engine refuses the rest). */
export function seatControlFits(game: GameContext, event: SeatControlEvent): boolean {
  if (game.config.seats[event.role] !== 'human') return false;
  const control = seatControlOf(game, event.role);
  if (event.type === 'seat:warn') return control === null && event.takeoverAt >= event.at;
  if (event.type === 'seat:takeover') return control?.status === 'warned';
  return control !== null;
}

/** The reducer: the seat's new controller, a new version and a visible change. */
export function applySeatControl(game: GameContext, event: SeatControlEvent): GameContext {
  const { [event.role]: _old, ...others } = game.seatControl ?? {};
  const next: SeatControl | null =
    event.type === 'seat:warn'
      ? { status: 'warned', since: event.at, takeoverAt: event.takeoverAt }
      : event.type === 'seat:takeover'
        ? { status: 'bot', since: event.at, level: event.level }
        : null;
  return gameWith(game, {
    seatControl: next ? { ...others, [event.role]: next } : others,
    version: game.version + 1,
    seq: game.seq + 1,
  });
}
