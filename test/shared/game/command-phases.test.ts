import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  acceptedIn,
  acceptsNow,
  COMMAND_TYPES,
  PHASES_ACCEPTING,
} from '../../../shared/game/command-phases.ts';
import { createGameConfig } from '../../../shared/game/engine.ts';
import { type Actor, type CommandEvent, commandEvent } from '../../../shared/game/events.ts';
import { negotiationMachine, phaseOf } from '../../../shared/game/machine.ts';
import { PHASES, type Phase } from '../../../shared/game/state.ts';
import type { Command, CommandType } from '../../../shared/protocol/commands.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { errorCode, host, seat, testGame } from './helpers.ts';

const T0 = 1_750_000_000_000;

/** A well-formed command of each type; only its type matters to the phase table. */
function sample(type: CommandType): Command {
  const envelope = { commandId: `x-${type.replace(':', '-')}`, version: 0 };
  const proposal = {
    terms: [{ role: 'whiteHouse', kind: 'tariffCap', maxPct: 15, includesAutos: false }],
    durationRounds: 1,
  };
  const bodies: Record<CommandType, Record<string, unknown>> = {
    'move:submit': { move: DEFAULT_SCENARIO.standingMoves.tokyo },
    'chat:statement': { statement: { text: 'hello', signal: 'none' } },
    'chat:private': { message: { to: ['whiteHouse'], text: 'hello' } },
    'chat:team': { message: { text: 'hello' } },
    'deal:propose': { proposal },
    'deal:counter': { proposalId: 'p1', proposal },
    'deal:accept': { proposalId: 'p1' },
    'deal:reject': { proposalId: 'p1' },
    'deal:withdraw': { proposalId: 'p1' },
    'host:start': {},
    'host:pause': {},
    'host:resume': {},
    'host:extend': { seconds: 30 },
    'host:skip': {},
    'host:end': {},
    'host:inject': { shockId: 'sale-rumour' },
    'host:injectCustom': { shock: { headline: 'Rating agency warns', kind: 'data', effect: { yieldBp: 5 } } },
    'time:request': { seconds: 60 },
    'host:grantTime': { requestId: 't1' },
    'host:extendedTime': { role: 'tokyo', extended: true },
  };
  return { ...envelope, type, ...bodies[type] } as Command;
}

const senderOf = (type: CommandType): Actor => (type.startsWith('host:') ? host : seat('tokyo'));
const eventOf = (type: CommandType, at: number): CommandEvent =>
  commandEvent(sample(type), senderOf(type), at);

/** A bare machine actor walked by the host through every phase, one snapshot per phase. */
function snapshotsByPhase() {
  const actor = createActor(negotiationMachine, {
    input: {
      config: createGameConfig({ gameId: 'g', seed: 1, seats: { tokyo: 'human' } }),
      createdAt: T0,
    },
  }).start();
  const seen = new Map<Phase, ReturnType<typeof actor.getSnapshot>>();
  seen.set(phaseOf(actor.getSnapshot()), actor.getSnapshot());
  const steps: CommandType[] = ['host:start', 'host:skip', 'host:skip', 'host:skip', 'host:skip', 'host:end'];
  let at = T0;
  for (const type of steps) {
    at += 1000;
    actor.send(eventOf(type, at));
    seen.set(phaseOf(actor.getSnapshot()), actor.getSnapshot());
  }
  return { seen, at };
}

describe('which command is accepted in which phase', () => {
  it('the table agrees with the machine’s can() in every phase, for every command', () => {
    const { seen, at } = snapshotsByPhase();
    expect([...seen.keys()].sort()).toEqual([...PHASES].sort());
    for (const [phase, snapshot] of seen) {
      const machineSays = COMMAND_TYPES.filter((type) => snapshot.can(eventOf(type, at + 1)));
      expect({ phase, accepted: machineSays }).toEqual({
        phase,
        accepted: COMMAND_TYPES.filter((type) => acceptedIn(phase, type)),
      });
    }
  });

  it('names every command type, and nothing is accepted once the game has ended', () => {
    expect(COMMAND_TYPES).toHaveLength(20);
    expect(COMMAND_TYPES.filter((type) => acceptedIn('ended', type))).toEqual([]);
    expect(PHASES_ACCEPTING['host:end']).not.toContain('ended');
    expect(PHASES_ACCEPTING['host:pause']).not.toContain('lobby');
  });

  it('the engine refuses as WRONG_PHASE exactly what the table leaves out', () => {
    const game = testGame();
    const walk: Phase[] = [];
    for (const phase of ['lobby', 'briefing', 'news', 'negotiate', 'decide'] as const) {
      expect(game.engine.state.phase).toBe(phase);
      walk.push(phase);
      for (const type of COMMAND_TYPES) {
        if (acceptedIn(phase, type)) continue;
        const { commandId: _id, version: _version, ...body } = sample(type);
        expect({ phase, type, code: errorCode(game.send(senderOf(type), body)) }).toEqual({
          phase,
          type,
          code: 'WRONG_PHASE',
        });
      }
      if (phase === 'lobby') game.send(host, { type: 'host:start' });
      else game.expire();
    }
    expect(walk).toHaveLength(5);
  });

  it('keeps the phase once: in the machine’s state, not in its stored context', () => {
    const game = testGame();
    game.send(host, { type: 'host:start' });
    game.expire();
    expect(game.engine.state.phase).toBe('news');
    const persisted = game.engine.persistedSnapshot() as { value: unknown; context: object };
    expect(persisted.value).toEqual({ round: 'news' });
    expect(Object.hasOwn(persisted.context, 'phase')).toBe(false);
  });

  it('acceptsNow: the phase takes it and a pause holds back everything but the host’s controls', () => {
    const running = { phase: 'negotiate' as const, paused: false };
    const paused = { phase: 'negotiate' as const, paused: true };
    expect(acceptsNow(running, 'deal:propose')).toBe(true);
    expect(acceptsNow(paused, 'deal:propose')).toBe(false);
    expect(acceptsNow(running, 'move:submit')).toBe(false);
    expect(acceptsNow({ phase: 'decide', paused: false }, 'move:submit')).toBe(true);
    expect(acceptsNow(running, 'host:pause')).toBe(true);
    expect(acceptsNow(paused, 'host:pause')).toBe(false);
    expect(acceptsNow(paused, 'host:resume')).toBe(true);
    expect(acceptsNow(running, 'host:resume')).toBe(false);
    expect(acceptsNow(paused, 'host:skip')).toBe(true);
    expect(acceptsNow({ phase: 'briefing', paused: false }, 'host:inject')).toBe(true);
    expect(acceptsNow({ phase: 'lobby', paused: false }, 'host:end')).toBe(true);
    expect(acceptsNow({ phase: 'ended', paused: false }, 'host:end')).toBe(false);
  });
});
