import type { Headline } from '../market/types.ts';
import type { Command, CommandResult } from '../protocol/commands.ts';
import { type Ack, refuse } from '../protocol/errors.ts';
import { rememberedAnswer } from './answers.ts';
import { judgeCommand, tickIsNew } from './engine.ts';
import type { Actor, GameEvent } from './events.ts';
import { driveMachine } from './machine-driver.ts';
import type { GameConfig, GameState } from './state.ts';

/**
 * What a headless game needs of an engine: the state, the log, and the three kinds of input it makes.
 * `createGameEngine` (every input parsed) is one; `createFastGame` is the other.
 */
export interface GameCore {
  readonly state: GameState;
  readonly log: readonly GameEvent[];
  /** A command the caller built itself (a bot's, a script's), typed as the protocol defines it. */
  command(actor: Actor, command: Command, at: number, reason?: Headline): Ack<CommandResult>;
  timeout(at: number): boolean;
  tick(at: number): boolean;
}

/**
 * The engine's fast path for headless games, where every command is made by code in this process and
 * typed as the protocol's `Command`: the schema is the boundary's check, and nothing here crosses one, so
 * commands are not parsed again; the machine is stepped along its own graph (machine-steps.ts), as the
 * server's engine steps it. Everything else is the engine's own: the same checks in the same order
 * (`judgeCommand`: a retry's answer, `refusalFor`, the machine), the same steps, the same log. A game
 * played through it equals the same game played through `createGameEngine` on XState's actor (test/shared/sim/fast-path.test.ts).
 */
export function createFastGame(config: GameConfig, createdAt: number): GameCore {
  const machine = driveMachine('stepper', { config, createdAt });
  const log: GameEvent[] = [];

  /** Applies an event the machine takes; false (and nothing changed) when it takes none. */
  function apply(event: GameEvent): boolean {
    if (!machine.send(event)) return false;
    log.push(event);
    return true;
  }

  return {
    get state() {
      return machine.state;
    },
    log,
    command(sender, command, at, reason) {
      const verdict = judgeCommand(machine.state, command, sender, at, reason, (event) =>
        machine.takes(event),
      );
      if ('answer' in verdict) return verdict.answer;
      apply(verdict.event);
      return rememberedAnswer(machine.context, verdict.key) ?? refuse('INTERNAL', 'No answer recorded.');
    },
    timeout(at) {
      return apply({ type: 'clock:timeout', at });
    },
    tick(at) {
      if (!tickIsNew(machine.context, at)) return false;
      return apply({ type: 'market:tick', at });
    },
  };
}
