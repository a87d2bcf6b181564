import { describe, expect, it } from 'vitest';
import { createGameConfig } from '../../../shared/game/engine.ts';
import {
  EXTENDED_TIME_FACTOR,
  isLastCall,
  phaseSeconds,
  timeWarningFor,
  WARNING_PHASE_FACTOR,
} from '../../../shared/game/time.ts';
import { CreateGameSchema } from '../../../shared/protocol/socket.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';

describe('time warnings', () => {
  it('warns at 30 s and again at 10 s, and not before', () => {
    expect(timeWarningFor(null, null)).toBeNull();
    expect(timeWarningFor(45_000, null)).toBeNull();
    expect(timeWarningFor(30_001, null)).toBeNull();
    expect(timeWarningFor(30_000, null)).toBe(30);
    expect(timeWarningFor(12_000, null)).toBe(30);
    expect(timeWarningFor(10_000, null)).toBe(10);
    expect(timeWarningFor(0, null)).toBe(10);
  });

  it('gives a threshold only in a phase at least WARNING_PHASE_FACTOR times as long as it', () => {
    // The default 15 s news: the 30 s warning would come the moment it starts; the 10 s one is kept.
    expect(timeWarningFor(15_000, 15)).toBeNull();
    expect(timeWarningFor(9_000, 15)).toBe(10);
    expect(timeWarningFor(25_000, 30 * WARNING_PHASE_FACTOR)).toBe(30);
    expect(timeWarningFor(25_000, 30 * WARNING_PHASE_FACTOR - 1)).toBeNull();
    expect(timeWarningFor(25_000, 180)).toBe(30);
  });

  it('marks the last ten seconds as the last call', () => {
    expect(isLastCall(10_500)).toBe(false);
    expect(isLastCall(10_000)).toBe(true);
    expect(isLastCall(null)).toBe(false);
  });
});

describe('phase lengths', () => {
  const config = createGameConfig({ gameId: 'g', seed: 1 });

  it('are the configured timers, stretched for the whole table while a seat has extended time', () => {
    expect(phaseSeconds({ config, extendedTime: [] }, 'decide')).toBe(60);
    expect(phaseSeconds({ config, extendedTime: ['usBusiness'] }, 'decide')).toBe(60 * EXTENDED_TIME_FACTOR);
    expect(phaseSeconds({ config, extendedTime: ['tokyo', 'investors'] }, 'news')).toBe(
      Math.round(15 * EXTENDED_TIME_FACTOR),
    );
  });

  it('can be set at creation to at least ten times each default (WCAG 2.2.1)', () => {
    const timers = DEFAULT_SCENARIO.timers;
    const most = (field: 'newsSeconds' | 'briefingSeconds' | 'negotiateSeconds' | 'decideSeconds') =>
      CreateGameSchema.shape[field].unwrap().maxValue ?? 0;
    expect(most('newsSeconds')).toBeGreaterThanOrEqual(10 * timers.newsSeconds);
    expect(most('briefingSeconds')).toBeGreaterThanOrEqual(10 * timers.briefingSeconds);
    expect(most('negotiateSeconds')).toBeGreaterThanOrEqual(10 * timers.negotiateSeconds);
    expect(most('decideSeconds')).toBeGreaterThanOrEqual(10 * timers.decideSeconds);
    expect(CreateGameSchema.safeParse({ mode: 'solo', role: 'tokyo', newsSeconds: 150 }).success).toBe(true);
  });
});
