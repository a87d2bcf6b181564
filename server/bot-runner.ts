import type { BotAction, BotProfile } from '../shared/bots/types.ts';
import type { PlayerView } from '../shared/game/player-view.ts';
import { playedByBot } from '../shared/game/takeover.ts';
import type { Headline } from '../shared/market/types.ts';
import type { PlayerCommand } from '../shared/protocol/commands.ts';
import type { Ack } from '../shared/protocol/errors.ts';
import { ROLE_IDS, type RoleId } from '../shared/roles.ts';
import type { Scenario } from '../shared/scenario/schema.ts';
import type { SeatViews } from './broadcast.ts';
import type { Clock, TimerHandle } from './clock.ts';

/** A bot's move sheet (hurried when a person's sheet closes the decide phase). */
const isSheet = (action: BotAction) => action.command.type === 'move:submit';

/** A bot's mind: the same pure function the headless simulator uses. */
export type BotBrain = (
  view: PlayerView,
  profile: BotProfile,
  seed: number,
  options: { scenario: Scenario },
) => BotAction[];

/** How long a bot "thinks" before acting, so a table of people sees bots move at a human pace. */
export interface BotDelay {
  minMs: number;
  maxMs: number;
}

export const HUMAN_PACE: BotDelay = { minMs: 1500, maxMs: 4000 };

export function botDelayFrom(option: number | BotDelay | undefined): BotDelay {
  if (option === undefined) return HUMAN_PACE;
  return typeof option === 'number' ? { minMs: option, maxMs: option } : option;
}

export interface BotRunnerOptions {
  clock: Clock;
  brain: BotBrain;
  delay: BotDelay;
  seed: number;
  /**
   * Sends a bot's command through the same path as a person's. It is stamped, as a person's is, with the
   * version of the view it was decided from: if a phase began since (its deadline passed while the command
   * waited its turn), the engine refuses it as stale, and the bot, which re-reads its view after every
   * change, decides again in the new phase.
   */
  submit(role: RoleId, command: PlayerCommand, reason: Headline): Promise<Ack>;
  random?: () => number;
  onError?: (error: unknown) => void;
  /**
   * Starts every command id. A game brought back from the store gets a prefix of its own: the answers its
   * bots got before the restart are still in the state, and a reused id would get an old answer back.
   */
  commandPrefix?: string;
}

/**
 * Whether a refused action may be tried again on a later change. A pause says "not now" to anything. A
 * seat past its pace (RATE_LIMITED) gets its sheet tried again, since the round needs one, but not its
 * words: what a bot meant to say then is not said later, so a bot held to a person's pace never queues up
 * retries to out-talk them.
 */
function triesAgain(code: string, action: BotAction): boolean {
  if (code === 'PAUSED') return true;
  return code === 'RATE_LIMITED' && action.command.type === 'move:submit';
}

/** An action decided and waiting on its delay: `version` is that of the view it was decided from. */
interface WaitingAction {
  handle: TimerHandle;
  role: RoleId;
  action: BotAction;
  at: number;
  version: number;
}

/**
 * Runs a game's bots. After every change each bot reads its own view and lists what it wants to do; an
 * action not already waiting or done in this phase is scheduled after a human-paced delay. Bots are
 * idempotent per view, so re-reading after every change never doubles an action. A new phase cancels
 * whatever was still waiting: it was decided against a view that has moved on.
 */
export class BotRunner {
  private phaseVersion = -1;
  private readonly waiting = new Map<string, WaitingAction>();
  private readonly done = new Set<string>();
  private nextCommand = 1;
  private readonly random: () => number;

  constructor(private readonly options: BotRunnerOptions) {
    this.random = options.random ?? Math.random;
  }

  consider(views: SeatViews, bots: (role: RoleId) => BotProfile | null): void {
    const { state } = views;
    if (state.phaseVersion !== this.phaseVersion) {
      this.cancelWaiting();
      this.done.clear();
      this.phaseVersion = state.phaseVersion;
    }
    if (state.paused || state.phase === 'ended' || state.phase === 'lobby') {
      this.cancelWaiting();
      return;
    }
    for (const role of ROLE_IDS) {
      const profile = bots(role);
      // A seat handed back to its people: what its bot still had waiting is theirs to decide now.
      if (!profile || !playedByBot(state, role)) {
        this.cancelWaiting(role);
        continue;
      }
      this.plan(role, this.decide(views, role, profile), state.version);
    }
  }

  stop(): void {
    this.cancelWaiting();
  }

  private decide(views: SeatViews, role: RoleId, profile: BotProfile): BotAction[] {
    try {
      // Bots project with the game's own scenario, so they play any scenario, not only the default.
      return this.options.brain(views.viewFor(role), profile, this.options.seed, {
        scenario: views.state.config.scenario,
      });
    } catch (error) {
      // A bot's bug costs that bot its turn, never the game.
      this.options.onError?.(error);
      return [];
    }
  }

  /** `version`: the version of the view the actions were decided from. */
  private plan(role: RoleId, actions: BotAction[], version: number): void {
    const { minMs, maxMs } = this.options.delay;
    const now = this.options.clock.now();
    // A bot's words go out in the order it lists them (a proposal before the message that tells of it).
    let previousAt = Number.NEGATIVE_INFINITY;
    actions.forEach((action, index) => {
      const sheet = action.command.type === 'move:submit';
      // One sheet per bot per phase: a sheet re-derived after a market tick is not a new decision; nor is a
      // statement whose figures moved with the tick (`once`).
      const key = sheet ? `${role}:sheet` : `${role}:${action.once ?? JSON.stringify(action.command)}`;
      const planned = this.waiting.get(key);
      if (planned || this.done.has(key)) {
        if (planned && !sheet) previousAt = Math.max(previousAt, planned.at);
        return;
      }
      // A sheet goes in at the shortest delay, so decide ends as soon as the people are done.
      const at = sheet
        ? now + minMs
        : Math.max(previousAt + 1, now + minMs + this.random() * (maxMs - minMs) + (index * minMs) / 2);
      if (!sheet) previousAt = at;
      const handle = this.options.clock.setTimeout(() => this.act(key), at - now);
      this.waiting.set(key, { handle, role, action, at, version });
    });
  }

  /**
   * Sends the waiting sheets now, through `apply` (synchronously, inside the caller's queue task). Used
   * when a person hands in a sheet: if theirs is the last one the phase waits for, the bots' sheets,
   * decided already, must land before the round resolves rather than be lost to a human-pace delay.
   */
  hurrySheets(apply: (role: RoleId, command: PlayerCommand, reason: Headline) => void): void {
    for (const [key, entry] of [...this.waiting]) {
      if (!isSheet(entry.action)) continue;
      this.options.clock.clearTimeout(entry.handle);
      this.waiting.delete(key);
      this.done.add(key);
      apply(entry.role, this.commandOf(entry), entry.action.reason);
    }
  }

  /** Whether a bot's sheet is waiting on its human-pace delay (something for `hurrySheets` to send). */
  hasWaitingSheet(): boolean {
    for (const entry of this.waiting.values()) if (isSheet(entry.action)) return true;
    return false;
  }

  /** A waiting action as the engine takes it: a new command id, the version it was decided against. */
  private commandOf({ role, action, version }: WaitingAction): PlayerCommand {
    const commandId = `${this.options.commandPrefix ?? 'bot'}-${role}-${this.nextCommand++}`;
    return { ...action.command, commandId, version };
  }

  /**
   * A refusal other than `triesAgain`'s is let go quietly: a stale command (its phase ended while it
   * waited its turn) was decided again when the new phase was considered.
   */
  private act(key: string): void {
    const entry = this.waiting.get(key);
    if (!entry) return;
    this.waiting.delete(key);
    this.done.add(key);
    const { role, action } = entry;
    const phaseVersion = this.phaseVersion;
    this.options
      .submit(role, this.commandOf(entry), action.reason)
      .then((ack) => {
        if (!ack.ok && triesAgain(ack.error.code, action) && phaseVersion === this.phaseVersion)
          this.done.delete(key);
      })
      .catch((error: unknown) => this.options.onError?.(error));
  }

  /** Cancels what is waiting: one seat's, or every seat's. */
  private cancelWaiting(only?: RoleId): void {
    for (const [key, { handle, role }] of this.waiting) {
      if (only && role !== only) continue;
      this.options.clock.clearTimeout(handle);
      this.waiting.delete(key);
    }
  }
}
