import { createActor, type SnapshotFrom, transition } from 'xstate';
import type { GameEvent } from './events.ts';
import { type GameInput, gameStateOf, negotiationMachine } from './machine.ts';
import {
  gameStateAt,
  initialRest,
  type MachineRest,
  machineTakes,
  restAt,
  stateValueAt,
  stepMachine,
} from './machine-steps.ts';
import type { GameContext, GameState } from './state.ts';

type GameSnapshot = SnapshotFrom<typeof negotiationMachine>;

/**
 * One running negotiation machine, however it is run: where it rests, whether it takes an event, and
 * its snapshot as the store keeps it. The engine (engine.ts) is the same over either driver.
 */
export interface MachineDriver {
  /** The game where the machine rests, made once per resting place: readers ask many times between inputs. */
  readonly state: GameState;
  readonly context: GameContext;
  /** Whether the machine, resting here, would take the event (XState's `can`). */
  takes(event: GameEvent): boolean;
  /** Applies the event and says whether the machine took it; one it does not take changes nothing, as XState ignores it. */
  send(event: GameEvent): boolean;
  /** The game the event would lead to, or null when the machine does not take it. Changes nothing. */
  peek(event: GameEvent): GameState | null;
  /** XState's persisted snapshot, whichever driver: a game saved by one is restored by the other. */
  persisted(): unknown;
  stop(): void;
}

/**
 * `stepper`: the machine's own graph walked by machine-steps.ts (the server's and the simulator's path:
 * no snapshot, action queue or relay built per event). `actor`: an XState actor, the reference the
 * stepper is held to (test/shared/game/engine-drivers.test.ts plays random games through both).
 */
export type MachineDriverKind = 'stepper' | 'actor';

export function driveMachine(
  kind: MachineDriverKind,
  input: GameInput,
  restoreFrom?: unknown,
): MachineDriver {
  return kind === 'actor' ? actorDriver(input, restoreFrom) : stepperDriver(input, restoreFrom);
}

function actorDriver(input: GameInput, restoreFrom?: unknown): MachineDriver {
  const actor = createActor(negotiationMachine, {
    input,
    ...(restoreFrom ? { snapshot: restoreFrom as GameSnapshot } : {}),
  }).start();
  const snapshot = () => actor.getSnapshot();
  let seen: { snapshot: GameSnapshot; game: GameState } | null = null;
  return {
    get state() {
      const now = snapshot();
      if (seen?.snapshot !== now) seen = { snapshot: now, game: gameStateOf(now) };
      return seen.game;
    },
    get context() {
      return snapshot().context;
    },
    takes: (event) => snapshot().can(event),
    send(event) {
      if (!snapshot().can(event)) return false;
      actor.send(event);
      return true;
    },
    peek(event) {
      if (!snapshot().can(event)) return null;
      // XState's pure transition: the next state is computed, the running actor is not touched.
      const [next] = transition(negotiationMachine, snapshot(), event);
      return gameStateOf(next);
    },
    persisted: () => actor.getPersistedSnapshot(),
    stop: () => actor.stop(),
  };
}

function stepperDriver(input: GameInput, restoreFrom?: unknown): MachineDriver {
  let rest: MachineRest = restoreFrom ? restOfSnapshot(restoreFrom) : initialRest(input);
  let game: GameState | null = null;
  return {
    get state() {
      game ??= gameStateAt(rest);
      return game;
    },
    get context() {
      return rest.context;
    },
    takes: (event) => machineTakes(rest, event),
    send(event) {
      const next = stepMachine(rest, event);
      if (!next) return false;
      rest = next;
      game = null;
      return true;
    },
    peek(event) {
      const next = stepMachine(rest, event);
      return next && gameStateAt(next);
    },
    // Made by XState from where the machine rests, so the stored form stays XState's own, key for key.
    persisted: () =>
      negotiationMachine.getPersistedSnapshot(
        negotiationMachine.resolveState({ value: stateValueAt(rest), context: rest.context }),
      ),
    stop: () => {},
  };
}

/** Where a persisted snapshot rests: XState reads its state value, the stepper takes its context as it is. */
function restOfSnapshot(persisted: unknown): MachineRest {
  return restAt(negotiationMachine.resolveState(persisted as GameSnapshot));
}
