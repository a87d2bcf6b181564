import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../shared/bots/context.ts';
import { chooseSheet } from '../../../shared/bots/sheet.ts';
import { type BotProfile, PERSONALITIES } from '../../../shared/bots/types.ts';
import { perRole, ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { runHeadlessGame } from '../../../shared/sim/headless.ts';
import { defaultProfiles, gameSeed } from '../../../shared/sim/profiles.ts';
import { SEED, type Table, tableAt } from './fixtures.ts';

function contextFor(fixture: Table, role: RoleId, profile: BotProfile): BotContext {
  return { view: fixture.view(role), scenario: DEFAULT_SCENARIO, profile, role, seed: SEED, memo: new Map() };
}

/** Paired games per role: ten give a standard error of one or two points and run in a few seconds. */
const PAIRED_GAMES = 10;

interface Pair {
  easy: number;
  hard: number;
}

interface LevelGap {
  easy: number;
  hard: number;
  /** Mean of (hard − easy) over the pairs, and its standard error. */
  gap: number;
  standardError: number;
  /** Pairs in which the hard bot's play changed its score at all. */
  differing: number;
  pairs: number;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function gapOf(pairs: readonly Pair[]): LevelGap {
  const gaps = pairs.map((pair) => pair.hard - pair.easy);
  const gap = mean(gaps);
  const variance = gaps.reduce((sum, value) => sum + (value - gap) ** 2, 0) / Math.max(1, gaps.length - 1);
  return {
    easy: mean(pairs.map((pair) => pair.easy)),
    hard: mean(pairs.map((pair) => pair.hard)),
    gap,
    standardError: Math.sqrt(variance / gaps.length),
    differing: gaps.filter((value) => value !== 0).length,
    pairs: gaps.length,
  };
}

/**
 * Each game is played once with every seat easy, then once per role with only that seat hard: same seed,
 * same personalities (the simulator's default mix, so each role meets every kind of opponent), same
 * opponents. The change in that role's final score is what thinking harder earned it.
 */
function pairedGames(games: number): Record<RoleId, Pair[]> {
  const pairs = perRole((): Pair[] => []);
  for (let index = 0; index < games; index++) {
    const seed = gameSeed(SEED, index);
    const mix = defaultProfiles(index);
    const easy = perRole((role): BotProfile => ({ personality: mix[role].personality, level: 'easy' }));
    const easyScores = runHeadlessGame({ seed, profiles: easy }).state.scores;
    for (const role of ROLE_IDS) {
      const hard = { ...easy, [role]: { ...easy[role], level: 'hard' as const } };
      const hardScores = runHeadlessGame({ seed, profiles: hard }).state.scores;
      pairs[role].push({ easy: easyScores[role].total, hard: hardScores[role].total });
    }
  }
  return pairs;
}

const shown = (label: string, level: LevelGap) =>
  `${label.padEnd(10)} easy ${level.easy.toFixed(1)}  hard ${level.hard.toFixed(1)}  gap ` +
  `${level.gap >= 0 ? '+' : ''}${level.gap.toFixed(2)} ± ${level.standardError.toFixed(2)}  ` +
  `(${level.differing}/${level.pairs} games changed)`;

describe('a hard bot against its easy self', () => {
  it('is not worse on average over paired games, in any role or overall', () => {
    const pairs = pairedGames(PAIRED_GAMES);
    const byRole = perRole((role) => gapOf(pairs[role]));
    const overall = gapOf(ROLE_IDS.flatMap((role) => pairs[role]));
    console.info(
      `[hard vs easy] ${PAIRED_GAMES} paired games per role, seed ${SEED}\n` +
        [...ROLE_IDS.map((role) => shown(role, byRole[role])), shown('overall', overall)].join('\n'),
    );
    // The level must change play, or the comparison measures nothing.
    for (const role of ROLE_IDS) expect(byRole[role].differing, role).toBeGreaterThan(0);
    // What is true today: the gap is within noise of zero, never clearly negative (two standard errors).
    // Issue 8 asks for hard to beat easy by 5 points; then this becomes gap − 2·SE ≥ 5.
    for (const role of [...ROLE_IDS, 'overall'] as const) {
      const level = role === 'overall' ? overall : byRole[role];
      expect(level.gap + 2 * level.standardError, role).toBeGreaterThanOrEqual(0);
    }
  }, 60_000);

  it('says what it projected, and sometimes departs from the rule of thumb', () => {
    const fixture = tableAt('decide');
    let departures = 0;
    for (const role of ROLE_IDS) {
      for (const personality of PERSONALITIES) {
        const easy = chooseSheet(contextFor(fixture, role, { personality, level: 'easy' }));
        const hard = chooseSheet(contextFor(fixture, role, { personality, level: 'hard' }));
        expect(hard.reason.params?.projected).toEqual(expect.any(Number));
        if (JSON.stringify(hard.move) !== JSON.stringify(easy.move)) departures++;
      }
    }
    expect(departures).toBeGreaterThan(0);
  });

  it('keeps its temperament: a hard hawk in the White House never cuts below its hawkish range', () => {
    const fixture = tableAt('decide');
    const hard = chooseSheet(contextFor(fixture, 'whiteHouse', { personality: 'hawk', level: 'hard' }));
    expect(hard.move.role === 'whiteHouse' && hard.move.tariffPct).toBeGreaterThanOrEqual(24);
  });
});
