import { describe, expect, it } from 'vitest';
import { replayGame } from '../../../shared/game/replay.ts';
import {
  type IdleTakeover,
  IdleTakeoverSchema,
  playedByBot,
  type SeatPresence,
  seatControlEvent,
  takeoverStep,
  warningLeadMs,
} from '../../../shared/game/takeover.ts';
import { SAMPLE_SHEETS } from '../../fixtures/sample-sheets.ts';
import { host, seat, T0, testGame } from './helpers.ts';

const OPTIONS: IdleTakeover = { afterSeconds: 120, level: 'hard' };

/** A game of people in its first decide phase, started at T0 + 3. */
function inDecide() {
  const game = testGame({
    seats: { tokyo: 'human', whiteHouse: 'human', investors: 'bot', usBusiness: 'bot' },
  });
  game.send(host, { type: 'host:start' });
  for (let step = 0; step < 3; step++) game.send(host, { type: 'host:skip' });
  expect(game.engine.state.phase).toBe('decide');
  return game;
}

const present = (over: Partial<SeatPresence> = {}): SeatPresence => ({
  people: 1,
  connected: true,
  activeAt: T0,
  phaseSince: T0 + 10_000,
  ...over,
});

describe('the idle-takeover rule', () => {
  it('validates the host’s options, with documented defaults', () => {
    expect(IdleTakeoverSchema.parse({})).toEqual({ afterSeconds: 180, level: 'easy' });
    expect(IdleTakeoverSchema.safeParse({ afterSeconds: -1 }).success).toBe(false);
    expect(IdleTakeoverSchema.safeParse({ afterSeconds: 3601 }).success).toBe(false);
    expect(IdleTakeoverSchema.safeParse({ level: 'expert' }).success).toBe(false);
    expect(IdleTakeoverSchema.safeParse({ afterSeconds: 60, extra: 1 }).success).toBe(false);
    expect(warningLeadMs(180)).toBe(30_000);
    expect(warningLeadMs(40)).toBe(20_000);
  });

  it('counts a connected seat idle only while the phase expects its sheet, from the later of its last act and the phase', () => {
    const game = inDecide();
    const state = game.engine.state;
    expect(takeoverStep(state, 'tokyo', present(), OPTIONS)).toEqual({
      type: 'seat:warn',
      at: T0 + 10_000 + 120_000 - 30_000,
      takeoverAt: T0 + 130_000,
    });
    expect(takeoverStep(state, 'tokyo', present({ activeAt: T0 + 50_000 }), OPTIONS)).toMatchObject({
      at: T0 + 140_000,
    });
    game.send(seat('tokyo'), { type: 'move:submit', move: SAMPLE_SHEETS.tokyo });
    expect(takeoverStep(game.engine.state, 'tokyo', present(), OPTIONS)).toBeNull();
    // Away: counted from when the last of its people left, whatever the phase.
    expect(takeoverStep(game.engine.state, 'tokyo', present({ connected: false }), OPTIONS)).toMatchObject({
      type: 'seat:warn',
      takeoverAt: T0 + 120_000,
    });
  });

  it('leaves bot seats, seats nobody took, games paused and a limit of 0 alone', () => {
    const game = inDecide();
    const away = present({ connected: false });
    expect(takeoverStep(game.engine.state, 'investors', away, OPTIONS)).toBeNull();
    expect(
      takeoverStep(game.engine.state, 'tokyo', present({ people: 0, connected: false }), OPTIONS),
    ).toBeNull();
    expect(takeoverStep(game.engine.state, 'tokyo', away, { ...OPTIONS, afterSeconds: 0 })).toBeNull();
    game.send(host, { type: 'host:pause' });
    expect(takeoverStep(game.engine.state, 'tokyo', away, OPTIONS)).toBeNull();
  });

  it('warns, then takes over with the host’s level, then hands back; each an input a replay repeats', () => {
    const game = inDecide();
    const away = present({ connected: false });
    const warnStep = takeoverStep(game.engine.state, 'whiteHouse', away, OPTIONS)!;
    // Sent late (a restart): the seat still gets the whole warning.
    const late = seatControlEvent(warnStep, 'whiteHouse', T0 + 500_000, OPTIONS);
    expect(late).toEqual({
      type: 'seat:warn',
      role: 'whiteHouse',
      at: T0 + 500_000,
      takeoverAt: T0 + 530_000,
    });
    const version = game.engine.state.version;
    expect(game.engine.seatControl(late)).toBe(true);
    expect(game.engine.state.version).toBe(version + 1);
    expect(playedByBot(game.engine.state, 'whiteHouse')).toBe(false);
    // Warned twice is refused, and so is a return of a seat nobody took.
    expect(game.engine.seatControl({ ...late, at: T0 + 500_001 })).toBe(false);
    expect(game.engine.seatControl({ type: 'seat:return', role: 'tokyo', at: T0 + 500_001 })).toBe(false);
    expect(game.engine.seatControl({ type: 'seat:takeover', role: 'investors', at: T0, level: 'easy' })).toBe(
      false,
    );

    const takeover = takeoverStep(game.engine.state, 'whiteHouse', away, OPTIONS)!;
    expect(takeover).toEqual({ type: 'seat:takeover', at: T0 + 530_000, level: 'hard' });
    expect(game.engine.seatControl(seatControlEvent(takeover, 'whiteHouse', T0 + 530_000, OPTIONS))).toBe(
      true,
    );
    expect(game.engine.state.seatControl.whiteHouse).toEqual({
      status: 'bot',
      since: T0 + 530_000,
      level: 'hard',
    });
    expect(playedByBot(game.engine.state, 'whiteHouse')).toBe(true);
    // Played by a bot: the rule waits for a person to act.
    expect(takeoverStep(game.engine.state, 'whiteHouse', away, OPTIONS)).toBeNull();
    const replayed = replayGame(game.engine.state.config, T0, game.engine.log);
    expect(replayed.seatControl).toEqual(game.engine.state.seatControl);
    expect(replayed.version).toBe(game.engine.state.version);

    expect(game.engine.seatControl({ type: 'seat:return', role: 'whiteHouse', at: T0 + 540_000 })).toBe(true);
    expect(game.engine.state.seatControl).toEqual({});
    expect(game.engine.state.phaseVersion).toBe(replayed.phaseVersion);
  });

  it('withdraws a warning when the seat is no longer idle as it runs out', () => {
    const game = inDecide();
    game.engine.seatControl({ type: 'seat:warn', role: 'tokyo', at: T0 + 100_000, takeoverAt: T0 + 130_000 });
    game.send(seat('whiteHouse'), { type: 'move:submit', move: SAMPLE_SHEETS.whiteHouse });
    game.send(seat('tokyo'), { type: 'move:submit', move: SAMPLE_SHEETS.tokyo });
    expect(game.engine.state.phase).toBe('news');
    expect(takeoverStep(game.engine.state, 'tokyo', present(), OPTIONS)).toEqual({
      type: 'seat:return',
      at: T0 + 100_000,
    });
  });
});
