import { assign, type SnapshotFrom, setup } from 'xstate';
import type { CommandType } from '../protocol/commands.ts';
import { ROLE_IDS } from '../roles.ts';
import { applyCommand } from './apply-command.ts';
import { commandsAcceptedIn } from './command-phases.ts';
import type { CommandEvent, GameEvent } from './events.ts';
import { stateOf } from './game-copies.ts';
import { initialGameState } from './initial.ts';
import { enterPhase, startRound, tick } from './phases.ts';
import { resolve } from './resolve.ts';
import { type GameConfig, type GameContext, type GameState, PHASES, type Phase } from './state.ts';
import { applySeatControl, type SeatControlEvent, seatControlFits } from './takeover.ts';

export interface GameInput {
  config: GameConfig;
  createdAt: number;
}

/** The machine's context when a game is created (the fast path starts from it too, machine-steps.ts). */
export function machineContextOf(input: GameInput): GameContext {
  return initialGameState(input.config, input.createdAt);
}

/** Which roles must hand in a sheet before the decide phase may end early. */
function waitingOn(game: GameContext): readonly string[] {
  const humans = ROLE_IDS.filter((role) => game.config.seats[role] === 'human');
  // With people at the table only they are waited for; a bots-only game waits for every bot.
  return humans.length > 0 ? humans : ROLE_IDS;
}

/** An accepted command that changes the state but not the phase. */
const APPLY = { actions: 'applyCommand' } as const;

/**
 * The commands a phase accepts, from the one table (command-phases.ts), each applied in place; a state
 * then overrides the few that move the game to another phase. The table-versus-`can()` test keeps the
 * two honest: a transition here for a command the table does not list would be caught.
 */
function accepting(phase: Phase): Partial<Record<CommandType, typeof APPLY>> {
  return Object.fromEntries(commandsAcceptedIn(phase).map((type) => [type, APPLY]));
}

/**
 * Who plays a seat of people (takeover.ts): its warning, takeover and return, in every running phase,
 * without changing the phase.
 */
const SEAT_CONTROL = { guard: 'seatControlFits', actions: 'applySeatControl' } as const;
const SEAT_CONTROL_ON = {
  'seat:warn': SEAT_CONTROL,
  'seat:takeover': SEAT_CONTROL,
  'seat:return': SEAT_CONTROL,
} as const;

/** The host's "end now", from any phase before the end. */
const END_NOW = { target: '#negotiation.ended', actions: 'applyCommand' } as const;

/** While the market is open (negotiate and decide) it ticks. */
const MARKET_TICK = { guard: 'notPaused', actions: 'tick' } as const;

/**
 * The machine's named steps as plain functions of the context and the event: XState runs them as its
 * `assign` actions and guards, and the headless fast path (machine-steps.ts) runs the very same ones
 * along the machine's own graph, so there is one statement of what each step does.
 */
export const MACHINE_ACTIONS = {
  applyCommand: (context, event) => applyCommand(context, event as CommandEvent),
  tick: (context, event) => tick(context, event.at),
  applySeatControl: (context, event) => applySeatControl(context, event as SeatControlEvent),
  enterBriefing: (context, event) => enterPhase(context, 'briefing', event.at),
  startRound: (context, event) => startRound(context, event.at),
  enterNegotiate: (context, event) => enterPhase(context, 'negotiate', event.at),
  enterDecide: (context, event) => enterPhase(context, 'decide', event.at),
  resolveRound: (context, event) => resolve(context, event.at),
  enterEnded: (context, event) => enterPhase(context, 'ended', event.at),
} satisfies Record<string, (context: GameContext, event: GameEvent) => GameContext>;

export const MACHINE_GUARDS = {
  deadlinePassed: (context, event) =>
    !context.paused && context.deadline !== null && event.at >= context.deadline,
  lastSheet: (context, event) => {
    if (event.type !== 'move:submit') return false;
    const submitted = new Set([...Object.keys(context.submitted), event.command.move.role]);
    return waitingOn(context).every((role) => submitted.has(role));
  },
  moreRounds: (context, _event) => context.round < context.config.rounds,
  notPaused: (context, _event) => !context.paused,
  seatControlFits: (context, event) => seatControlFits(context, event as SeatControlEvent),
} satisfies Record<string, (context: GameContext, event: GameEvent) => boolean>;

export type MachineActionName = keyof typeof MACHINE_ACTIONS;
export type MachineGuardName = keyof typeof MACHINE_GUARDS;

/**
 * The negotiation machine: lobby → briefing → rounds (news → negotiate → decide → resolve) → ended.
 * It routes phases, and its state is where the phase is kept (`phaseOf`); the context holds everything
 * else. Which commands each phase accepts comes from the table in command-phases.ts; the rules are the
 * pure functions it calls. Commands reach it already checked by
 * `refusalFor`, so every transition here is an accepted input. Deadlines live in the context and the
 * timeout comes from outside as `clock:timeout`, because delayed transitions do not survive a
 * snapshot restore (statelyai/xstate#5331).
 */
export const negotiationMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    input: {} as GameInput,
  },
  actions: {
    applyCommand: assign(({ context, event }) => MACHINE_ACTIONS.applyCommand(context, event)),
    tick: assign(({ context, event }) => MACHINE_ACTIONS.tick(context, event)),
    applySeatControl: assign(({ context, event }) => MACHINE_ACTIONS.applySeatControl(context, event)),
    enterBriefing: assign(({ context, event }) => MACHINE_ACTIONS.enterBriefing(context, event)),
    startRound: assign(({ context, event }) => MACHINE_ACTIONS.startRound(context, event)),
    enterNegotiate: assign(({ context, event }) => MACHINE_ACTIONS.enterNegotiate(context, event)),
    enterDecide: assign(({ context, event }) => MACHINE_ACTIONS.enterDecide(context, event)),
    resolveRound: assign(({ context, event }) => MACHINE_ACTIONS.resolveRound(context, event)),
    enterEnded: assign(({ context, event }) => MACHINE_ACTIONS.enterEnded(context, event)),
  },
  guards: {
    deadlinePassed: ({ context, event }) => MACHINE_GUARDS.deadlinePassed(context, event),
    lastSheet: ({ context, event }) => MACHINE_GUARDS.lastSheet(context, event),
    moreRounds: ({ context, event }) => MACHINE_GUARDS.moreRounds(context, event),
    notPaused: ({ context, event }) => MACHINE_GUARDS.notPaused(context, event),
    seatControlFits: ({ context, event }) => MACHINE_GUARDS.seatControlFits(context, event),
  },
}).createMachine({
  id: 'negotiation',
  context: ({ input }) => machineContextOf(input),
  initial: 'lobby',
  states: {
    lobby: {
      on: {
        ...accepting('lobby'),
        'host:start': { target: 'briefing', actions: 'applyCommand' },
        'host:end': END_NOW,
      },
    },
    briefing: {
      entry: 'enterBriefing',
      on: {
        ...accepting('briefing'),
        ...SEAT_CONTROL_ON,
        'clock:timeout': { guard: 'deadlinePassed', target: 'round' },
        'host:skip': { target: 'round', actions: 'applyCommand' },
        'host:end': END_NOW,
      },
    },
    round: {
      entry: 'startRound',
      initial: 'news',
      states: {
        news: {
          on: {
            ...accepting('news'),
            ...SEAT_CONTROL_ON,
            'clock:timeout': { guard: 'deadlinePassed', target: 'negotiate' },
            'host:skip': { target: 'negotiate', actions: 'applyCommand' },
            'host:end': END_NOW,
          },
        },
        negotiate: {
          entry: 'enterNegotiate',
          on: {
            ...accepting('negotiate'),
            ...SEAT_CONTROL_ON,
            'market:tick': MARKET_TICK,
            'clock:timeout': { guard: 'deadlinePassed', target: 'decide' },
            'host:skip': { target: 'decide', actions: 'applyCommand' },
            'host:end': END_NOW,
          },
        },
        decide: {
          entry: 'enterDecide',
          on: {
            ...accepting('decide'),
            ...SEAT_CONTROL_ON,
            'market:tick': MARKET_TICK,
            'clock:timeout': { guard: 'deadlinePassed', target: '#negotiation.resolving' },
            'host:skip': { target: '#negotiation.resolving', actions: 'applyCommand' },
            'host:end': END_NOW,
            'move:submit': [
              { guard: 'lastSheet', target: '#negotiation.resolving', actions: 'applyCommand' },
              { actions: 'applyCommand' },
            ],
          },
        },
      },
    },
    resolving: {
      entry: 'resolveRound',
      always: [{ guard: 'moreRounds', target: 'round' }, { target: 'ended' }],
    },
    ended: {
      entry: 'enterEnded',
    },
  },
});

type GameSnapshot = SnapshotFrom<typeof negotiationMachine>;

/**
 * The machine's state for each phase, as `snapshot.matches` takes it. The round's resolution is a
 * transient state (`resolving`, left at once), so a snapshot at rest is always in one of these.
 */
export const PHASE_STATES: Record<Phase, GameSnapshot['value']> = {
  lobby: 'lobby',
  briefing: 'briefing',
  news: { round: 'news' },
  negotiate: { round: 'negotiate' },
  decide: { round: 'decide' },
  ended: 'ended',
};

/** The phase a snapshot of the machine is in: its state, the one place the phase is kept. */
export function phaseOf(snapshot: GameSnapshot): Phase {
  const phase = PHASES.find((candidate) => snapshot.matches(PHASE_STATES[candidate]));
  if (!phase) throw new Error(`The machine rests in no phase: ${JSON.stringify(snapshot.value)}`);
  return phase;
}

/** The game a snapshot holds: its context, with the phase read from its state. */
export function gameStateOf(snapshot: GameSnapshot): GameState {
  return gameWithPhase(snapshot.context, phaseOf(snapshot));
}

/**
 * The context with its phase added, keys in the same order as `{ ...context, phase }`. Not written as
 * that spread: a spread followed by a key its source lacks takes V8's slow path (a new hidden class
 * every time, tens of microseconds for a context of thirty keys, and every later read of the state pays
 * for the odd shape). Written out (`stateOf`), so every state has one shape.
 */
export function gameWithPhase(context: GameContext, phase: Phase): GameState {
  return stateOf(context, phase);
}
