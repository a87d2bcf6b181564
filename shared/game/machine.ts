import { assign, setup } from 'xstate';
import { ROLE_IDS } from '../roles.ts';
import { applyCommand } from './apply-command.ts';
import type { CommandEvent, GameEvent } from './events.ts';
import { initialGameState } from './initial.ts';
import { enterPhase, startRound, tick } from './phases.ts';
import { resolve } from './resolve.ts';
import type { GameConfig, GameState } from './state.ts';

export interface GameInput {
  config: GameConfig;
  createdAt: number;
}

/** Which roles must hand in a sheet before the decide phase may end early. */
function waitingOn(game: GameState): readonly string[] {
  const humans = ROLE_IDS.filter((role) => game.config.seats[role] === 'human');
  // With people at the table only they are waited for; a bots-only game waits for every bot.
  return humans.length > 0 ? humans : ROLE_IDS;
}

/** While the market is open (negotiate and decide) it ticks, and deals can be made. */
const marketOpen = {
  'market:tick': { guard: 'notPaused', actions: 'tick' },
  'deal:propose': { actions: 'applyCommand' },
  'deal:counter': { actions: 'applyCommand' },
  'deal:accept': { actions: 'applyCommand' },
  'deal:reject': { actions: 'applyCommand' },
  'deal:withdraw': { actions: 'applyCommand' },
} as const;

/**
 * The negotiation machine: lobby → briefing → rounds (news → negotiate → decide → resolve) → ended.
 * It routes phases; the rules are the pure functions it calls. Commands reach it already checked by
 * `refusalFor`, so every transition here is an accepted input. Deadlines live in the context and the
 * timeout comes from outside as `clock:timeout`, because delayed transitions do not survive a
 * snapshot restore (statelyai/xstate#5331).
 */
export const negotiationMachine = setup({
  types: {
    context: {} as GameState,
    events: {} as GameEvent,
    input: {} as GameInput,
  },
  actions: {
    applyCommand: assign(({ context, event }) => applyCommand(context, event as CommandEvent)),
    tick: assign(({ context, event }) => tick(context, event.at)),
    enterBriefing: assign(({ context, event }) => enterPhase(context, 'briefing', event.at)),
    startRound: assign(({ context, event }) => startRound(context, event.at)),
    enterNegotiate: assign(({ context, event }) => enterPhase(context, 'negotiate', event.at)),
    enterDecide: assign(({ context, event }) => enterPhase(context, 'decide', event.at)),
    resolveRound: assign(({ context, event }) => resolve(context, event.at)),
    enterEnded: assign(({ context, event }) => enterPhase(context, 'ended', event.at)),
  },
  guards: {
    deadlinePassed: ({ context, event }) =>
      !context.paused && context.deadline !== null && event.at >= context.deadline,
    lastSheet: ({ context, event }) => {
      if (event.type !== 'move:submit') return false;
      const submitted = new Set([...Object.keys(context.submitted), event.command.move.role]);
      return waitingOn(context).every((role) => submitted.has(role));
    },
    moreRounds: ({ context }) => context.round < context.config.rounds,
    notPaused: ({ context }) => !context.paused,
  },
}).createMachine({
  id: 'negotiation',
  context: ({ input }) => initialGameState(input.config, input.createdAt),
  initial: 'lobby',
  on: {
    'host:end': { target: '.ended', actions: 'applyCommand' },
    'host:pause': { actions: 'applyCommand' },
    'host:resume': { actions: 'applyCommand' },
    'host:extend': { actions: 'applyCommand' },
    'host:inject': { actions: 'applyCommand' },
  },
  states: {
    lobby: {
      on: { 'host:start': { target: 'briefing', actions: 'applyCommand' } },
    },
    briefing: {
      entry: 'enterBriefing',
      on: {
        'clock:timeout': { guard: 'deadlinePassed', target: 'round' },
        'host:skip': { target: 'round', actions: 'applyCommand' },
        'chat:private': { actions: 'applyCommand' },
      },
    },
    round: {
      entry: 'startRound',
      initial: 'news',
      on: {
        'chat:statement': { actions: 'applyCommand' },
        'chat:private': { actions: 'applyCommand' },
      },
      states: {
        news: {
          on: {
            'clock:timeout': { guard: 'deadlinePassed', target: 'negotiate' },
            'host:skip': { target: 'negotiate', actions: 'applyCommand' },
          },
        },
        negotiate: {
          entry: 'enterNegotiate',
          on: {
            'clock:timeout': { guard: 'deadlinePassed', target: 'decide' },
            'host:skip': { target: 'decide', actions: 'applyCommand' },
            ...marketOpen,
          },
        },
        decide: {
          entry: 'enterDecide',
          on: {
            'clock:timeout': { guard: 'deadlinePassed', target: '#negotiation.resolving' },
            'host:skip': { target: '#negotiation.resolving', actions: 'applyCommand' },
            'move:submit': [
              { guard: 'lastSheet', target: '#negotiation.resolving', actions: 'applyCommand' },
              { actions: 'applyCommand' },
            ],
            ...marketOpen,
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
