import { createActor, type SnapshotFrom, transition, type Actor as XStateActor } from 'xstate';
import type { Headline } from '../market/types.ts';
import { type Command, type CommandResult, CommandSchema } from '../protocol/commands.ts';
import { type Ack, refuse } from '../protocol/errors.ts';
import { describeIssues } from '../protocol/issues.ts';
import { rememberedAnswer } from './answers.ts';
import { type Actor, actorKey, commandEvent, type GameEvent } from './events.ts';
import { gameStateOf, negotiationMachine } from './machine.ts';
import { refusalFor } from './rules.ts';
import type { GameConfig, GameContext, GameState } from './state.ts';
import type { SeatControlEvent } from './takeover.ts';

export { createGameConfig, type GameOptions } from './initial.ts';

type GameSnapshot = SnapshotFrom<typeof negotiationMachine>;

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
  /** The XState snapshot to persist. */
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

export function createGameEngine(config: GameConfig, createdAt: number, restoreFrom?: unknown): GameEngine {
  const actor: XStateActor<typeof negotiationMachine> = createActor(negotiationMachine, {
    input: { config, createdAt },
    ...(restoreFrom ? { snapshot: restoreFrom as GameSnapshot } : {}),
  }).start();
  const log: GameEvent[] = [];
  const snapshot = () => actor.getSnapshot();
  // The game as handed out, made once per snapshot: readers ask for it many times between inputs.
  let seen: { snapshot: GameSnapshot; game: GameState } | null = null;
  const game = (): GameState => {
    const now = snapshot();
    if (seen?.snapshot !== now) seen = { snapshot: now, game: gameStateOf(now) };
    return seen.game;
  };

  function apply(event: GameEvent): void {
    actor.send(event);
    log.push(event);
  }

  /** What a command would meet now: its answer already (a refusal, or a retry's first answer), or an event to apply. */
  function judge(sender: Actor, input: unknown, at: number, reason?: Headline): Verdict {
    const parsed = CommandSchema.safeParse(input);
    if (!parsed.success)
      return { answer: refuse('INVALID_COMMAND', describeIssues(parsed.error.issues, 'command')) };
    return judgeCommand(game(), parsed.data, sender, at, reason, (event) => snapshot().can(event));
  }

  return {
    get state() {
      return game();
    },
    log,
    command(sender, input, at, reason) {
      const verdict = judge(sender, input, at, reason);
      if ('answer' in verdict) return verdict.answer;
      apply(verdict.event);
      return rememberedAnswer(snapshot().context, verdict.key) ?? refuse('INTERNAL', 'No answer recorded.');
    },
    preview(sender, input, at) {
      const verdict = judge(sender, input, at);
      if ('answer' in verdict) return null;
      // XState's pure transition: the next state is computed, the running actor is not touched.
      const [next] = transition(negotiationMachine, snapshot(), verdict.event);
      return gameStateOf(next);
    },
    timeout(at) {
      const event: GameEvent = { type: 'clock:timeout', at };
      if (!snapshot().can(event)) return false;
      apply(event);
      return true;
    },
    tick(at) {
      const event: GameEvent = { type: 'market:tick', at };
      if (!snapshot().can(event) || !tickIsNew(snapshot().context, at)) return false;
      apply(event);
      return true;
    },
    seatControl(event) {
      if (!snapshot().can(event)) return false;
      apply(event);
      return true;
    },
    replay(event) {
      apply(event);
    },
    persistedSnapshot: () => actor.getPersistedSnapshot(),
    stop: () => actor.stop(),
  };
}
