import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { botActions } from '../../../shared/bots/index.ts';
import { LEVELS, PERSONALITIES } from '../../../shared/bots/types.ts';
import { replayGame } from '../../../shared/game/replay.ts';
import { perRole, ROLE_IDS } from '../../../shared/roles.ts';
import { simulateGames } from '../../../shared/sim/batch.ts';
import { playHeadlessGame, runHeadlessGame } from '../../../shared/sim/headless.ts';
import { defaultProfiles, gameSeed, parseProfile } from '../../../shared/sim/profiles.ts';
import { outcomeOfRun, summarize } from '../../../shared/sim/summary.ts';

const profileArbitrary = fc.record({
  personality: fc.constantFrom(...PERSONALITIES),
  level: fc.constantFrom(...LEVELS),
});

describe('playHeadlessGame', () => {
  it('plays a whole game to the end: every round resolved, every bot command accepted', () => {
    const run = runHeadlessGame({ seed: 11 });
    expect(run.state.phase).toBe('ended');
    expect(run.state.round).toBe(6);
    expect(run.state.reports.map((report) => report.round)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(run.refusals).toEqual([]);
    for (const role of ROLE_IDS) {
      expect(run.state.statements.some((statement) => statement.from === role) || role === 'investors').toBe(
        true,
      );
    }
    // The market ticked while the table talked: more points than one per round.
    expect(run.state.marketPath.length).toBeGreaterThan(6 * 4);
  });

  it('gives the same game for the same seed and options, and a different one for another seed', () => {
    const options = { seed: 3, rounds: 4, bindingDeals: true };
    expect(JSON.stringify(playHeadlessGame(options))).toBe(JSON.stringify(playHeadlessGame(options)));
    expect(playHeadlessGame({ seed: 4, rounds: 4 }).market).not.toEqual(playHeadlessGame(options).market);
  });

  it('counts every decision it asks a seat for, and those that come back with nothing to do', () => {
    const profiles = defaultProfiles(5);
    const seen = { asked: 0, quiet: 0 };
    const run = runHeadlessGame({
      seed: 5,
      profiles,
      players: perRole((role) => (view, seed) => {
        const actions = botActions(view, profiles[role], seed);
        seen.asked++;
        if (actions.length === 0) seen.quiet++;
        return actions;
      }),
    });
    expect(run.decisions).toEqual(seen);
    // Every seat decides at least once a round (its sheet), and some asks find nothing left to do.
    expect(run.decisions.asked - run.decisions.quiet).toBeGreaterThanOrEqual(4 * 6);
    expect(run.decisions.quiet).toBeGreaterThan(0);
    // Counting is all it does: the game is the one the bots play unwatched.
    expect(JSON.stringify(run.state)).toBe(JSON.stringify(runHeadlessGame({ seed: 5, profiles }).state));
  });

  it('honours the number of rounds', () => {
    const state = playHeadlessGame({ seed: 9, rounds: 2 });
    expect(state.phase).toBe('ended');
    expect(state.reports).toHaveLength(2);
  });

  it('in binding games no deal is ever breached', () => {
    for (const seed of [21, 22, 23, 24]) {
      const run = runHeadlessGame({
        seed,
        bindingDeals: true,
        profiles: defaultProfiles(seed * 37),
      });
      expect(run.refused).toBe(0);
      expect(run.state.breaches).toEqual([]);
    }
  });

  it('survives any seed and mix of profiles: scores in 0–100, nothing refused, and the log replays to the same state', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.record({
          tokyo: profileArbitrary,
          whiteHouse: profileArbitrary,
          investors: profileArbitrary,
          usBusiness: profileArbitrary,
        }),
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
        (seed, profiles, bindingDeals, rounds) => {
          const run = runHeadlessGame({ seed, profiles, bindingDeals, rounds });
          expect(run.state.phase).toBe('ended');
          expect(run.refusals).toEqual([]);
          for (const role of ROLE_IDS) {
            const total = run.state.scores[role].total;
            expect(Number.isFinite(total)).toBe(true);
            expect(total).toBeGreaterThanOrEqual(0);
            expect(total).toBeLessThanOrEqual(100);
          }
          const replayed = replayGame(run.config, 0, run.log);
          expect(JSON.stringify(replayed)).toBe(JSON.stringify(run.state));
        },
      ),
      { numRuns: 12, seed: 20250402 },
    );
  });
});

describe('default mix and summary', () => {
  it('cycles every personality and both levels through every role, evenly', () => {
    const counts = new Map<string, number>();
    for (let index = 0; index < 256; index++) {
      const profiles = defaultProfiles(index);
      for (const role of ROLE_IDS) {
        const key = `${role}:${profiles[role].personality}:${profiles[role].level}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    expect(counts.size).toBe(ROLE_IDS.length * PERSONALITIES.length * LEVELS.length);
    expect(new Set(counts.values())).toEqual(new Set([32]));
    expect(defaultProfiles(5, { tokyo: { personality: 'hawk', level: 'hard' } }).tokyo).toEqual({
      personality: 'hawk',
      level: 'hard',
    });
  });

  it('parses profiles from the command line', () => {
    expect(parseProfile('dove:hard')).toEqual({ personality: 'dove', level: 'hard' });
    expect(parseProfile('titForTat')).toEqual({ personality: 'titForTat', level: 'easy' });
    expect(parseProfile('pirate:hard')).toBeNull();
    expect(parseProfile('hawk:expert')).toBeNull();
  });

  it('seeds each game from the run seed and its index', () => {
    expect(gameSeed(42, 0)).not.toBe(gameSeed(42, 1));
    expect(gameSeed(42, 0)).not.toBe(gameSeed(43, 0));
    expect(gameSeed(42, 7)).toBe(gameSeed(42, 7));
  });

  it('summarises the same games into the same JSON, with statistics that add up', () => {
    const first = simulateGames({ games: 8, seed: 42 });
    const second = simulateGames({ games: 8, seed: 42 });
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    expect(first.games).toBe(8);
    expect(first.seed).toBe(42);
    expect(first.refusedCommands).toBe(0);
    for (const role of ROLE_IDS) {
      const stats = first.scores[role];
      expect(stats.min).toBeGreaterThanOrEqual(0);
      expect(stats.max).toBeLessThanOrEqual(100);
      expect(stats.mean).toBeGreaterThanOrEqual(stats.min);
      expect(stats.mean).toBeLessThanOrEqual(stats.max);
    }
    const personalityGames = Object.values(first.byProfile.personality).reduce(
      (sum, entry) => sum + entry.games,
      0,
    );
    expect(personalityGames).toBe(8 * ROLE_IDS.length);
    expect(first.finalMarket.yield10y.mean).toBeGreaterThan(0);
    expect(first.deals.signed).toBeLessThanOrEqual(first.deals.proposed);
  });

  it('computes the statistics from the outcomes it is given', () => {
    const runs = [1, 2, 3].map((seed) => runHeadlessGame({ seed, rounds: 2 }));
    const outcomes = runs.map(outcomeOfRun);
    const summary = summarize(outcomes, 0);
    const tokyo = outcomes.map((outcome) => outcome.scores.tokyo);
    const mean = tokyo.reduce((sum, value) => sum + value, 0) / tokyo.length;
    expect(summary.scores.tokyo.mean).toBeCloseTo(mean, 2);
    expect(summary.scores.tokyo.min).toBeCloseTo(Math.min(...tokyo), 2);
    expect(summary.backstops.total).toBe(outcomes.reduce((sum, outcome) => sum + outcome.backstops, 0));
  });
});
