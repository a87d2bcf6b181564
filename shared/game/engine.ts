import type { Headline } from '../market/types.ts';
import { type Command, type CommandResult, CommandSchema } from '../protocol/commands.ts';
import { type Ack, refuse } from '../protocol/errors.ts';
import { describeIssues } from '../protocol/issues.ts';
import { quickParser } from '../protocol/quick-parse.ts';
import { rememberedAnswer } from './answers.ts';
import { type Actor, actorKey, commandEvent, type GameEvent } from './events.ts';
import { driveMachine, type MachineDriverKind } from './machine-driver.ts';
import { refusalFor } from './rules.ts';
import type { GameConfig, GameContext, GameState } from './state.ts';
import type { SeatControlEvent } from './takeover.ts';

export { createGameConfig, type GameOptions } from './initial.ts';

/** One running game: the single door through which every input passes, in order. */
export interface GameEngine {
  readonly state: GameState;
  /** Every accepted input, in order: with the config, all that is needed to replay the game. */
  readonly log: readonly GameEvent[];
  /** A player's or host's command: parsed, checked, applied once, answered. `input` is untrusted. */
  command(actor: Actor, input: unknown, at: number, reason?: Headline): Ack<CommandResult>;
  /**
   * The state `command` would lead to, or null when it would not apply the input as a new command
   * (refused, or a retry). Changes nothing: for a decision that must come before the command lands.
   */
  preview(actor: Actor, input: unknown, at: number): GameState | null;
  /** The server's clock says a deadline may have passed; applied only if it has. */
  timeout(at: number): boolean;
  /** A market tick; applied only while the market is open. */
  tick(at: number): boolean;
  /** Who plays a seat of people (takeover.ts): applied only if it fits the seat and the phase. */
  seatControl(event: SeatControlEvent): boolean;
  /** Applies an input from a log (restore, replay), which was accepted once already. */
  replay(event: GameEvent): void;
  /** The XState snapshot to persist (the same form from either driver). */
  persistedSnapshot(): unknown;
  stop(): void;
}

/** What a command meets: its answer already (a refusal, or a retry's first answer), or an event to apply. */
export type Verdict = { answer: Ack<CommandResult> } | { event: GameEvent; key: string };

/**
 * The checks every parsed command passes before the machine takes it, in order: a retry gets its first
 * answer, then the rules (`refusalFor`), then the machine (`takes`: XState's `can`, or the fast path's).
 */
export function judgeCommand(
  game: GameState,
  command: Command,
  sender: Actor,
  at: number,
  reason: Headline | undefined,
  takes: (event: GameEvent) => boolean,
): Verdict {
  const key = `${actorKey(sender)}:${command.commandId}`;
  const earlier = rememberedAnswer(game, key);
  if (earlier) return { answer: earlier };
  const event = commandEvent(command, sender, at, reason);
  const refusal = refusalFor(game, event);
  if (refusal) return { answer: { ok: false, error: refusal } };
  if (!takes(event)) return { answer: refuse('WRONG_PHASE', `"${command.type}" is not accepted now.`) };
  return { event, key };
}

/** A market tick moves the market only forward in time: one at or before the last is a repeat. */
export function tickIsNew(game: GameContext, at: number): boolean {
  return at > game.lastTickAt;
}

/** Every command from a socket is parsed here: zod's answers, at the cost of a check built for the one schema. */
const parseCommand = quickParser(CommandSchema);

/**
 * A game's engine over a driver of the machine (machine-driver.ts): the machine's own graph stepped
 * directly (`stepper`, the default: the server's path) or an XState actor (`actor`, the reference the
 * stepper is held to). `restoreFrom` is a persisted snapshot either driver made.
 */
export function createGameEngine(
  config: GameConfig,
  createdAt: number,
  restoreFrom?: unknown,
  driver: MachineDriverKind = 'stepper',
): GameEngine {
  const machine = driveMachine(driver, { config, createdAt }, restoreFrom);
  const log: GameEvent[] = [];

  function apply(event: GameEvent): void {
    machine.send(event);
    log.push(event);
  }

  /** What a command would meet now: its answer already (a refusal, or a retry's first answer), or an event to apply. */
  function judge(sender: Actor, input: unknown, at: number, reason?: Headline): Verdict {
    const parsed = parseCommand(input);
    if (!parsed.success)
      return { answer: refuse('INVALID_COMMAND', describeIssues(parsed.error.issues, 'command')) };
    return judgeCommand(machine.state, parsed.data, sender, at, reason, (event) => machine.takes(event));
  }

  return {
    get state() {
      return machine.state;
    },
    log,
    command(sender, input, at, reason) {
      const verdict = judge(sender, input, at, reason);
      if ('answer' in verdict) return verdict.answer;
      apply(verdict.event);
      return rememberedAnswer(machine.context, verdict.key) ?? refuse('INTERNAL', 'No answer recorded.');
    },
    preview(sender, input, at) {
      const verdict = judge(sender, input, at);
      return 'answer' in verdict ? null : machine.peek(verdict.event);
    },
    timeout(at) {
      const event: GameEvent = { type: 'clock:timeout', at };
      if (!machine.takes(event)) return false;
      apply(event);
      return true;
    },
    tick(at) {
      const event: GameEvent = { type: 'market:tick', at };
      if (!machine.takes(event) || !tickIsNew(machine.context, at)) return false;
      apply(event);
      return true;
    },
    seatControl(event) {
      if (!machine.takes(event)) return false;
      apply(event);
      return true;
    },
    replay(event) {
      apply(event);
    },
    persistedSnapshot: () => machine.persisted(),
    stop: () => machine.stop(),
  };
}
