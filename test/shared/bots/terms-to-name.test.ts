import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../shared/bots/context.ts';
import type { WeighedTerms } from '../../../shared/bots/deal-projection.ts';
import { signsWithRoom, termsToName } from '../../../shared/bots/talk/terms.ts';
import type { BotProfile, Personality } from '../../../shared/bots/types.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { SEED, tableAt } from './fixtures.ts';

/**
 * The terms a bot names in private are the first of its ladder that pass its signing test (a hawk's: the
 * second). Each test projects the market with and without the deal, so the ladder is tried no further
 * than the terms named: the projections a decision runs (kept in its memo under `withDeal:`) stop there.
 */
const PAIRS: [RoleId, RoleId][] = [
  ['whiteHouse', 'tokyo'],
  ['tokyo', 'whiteHouse'],
  ['usBusiness', 'whiteHouse'],
  ['investors', 'tokyo'],
];

function contextOf(role: RoleId, personality: Personality): BotContext {
  const profile: BotProfile = { personality, level: 'hard' };
  const view = tableAt('negotiate').view(role);
  return { view, scenario: DEFAULT_SCENARIO, profile, role, seed: SEED, memo: new Map() };
}

/** The terms a decision projected signed, in the order it projected them, each as JSON. */
const projectedDeals = (context: BotContext) =>
  [...context.memo.entries()]
    .filter(([key]) => key.startsWith('withDeal:'))
    .flatMap(([, weighed]) => (weighed as WeighedTerms[]).map((entry) => JSON.stringify(entry.terms)));

describe('the terms a bot names', () => {
  it('are found by projecting the ladder only as far as the terms it names', () => {
    let stoppedEarly = 0;
    for (const [role, counterpart] of PAIRS) {
      for (const personality of ['dove', 'titForTat', 'hawk', 'opportunist'] as const) {
        const context = contextOf(role, personality);
        const named = termsToName(context, counterpart);
        const projected = projectedDeals(context);
        if (!named) continue;
        // The named terms were the last ones projected, and they pass the test with room to spare.
        expect(projected.at(-1)).toBe(JSON.stringify(named.terms));
        expect(signsWithRoom(contextOf(role, personality), counterpart, named.terms)).toBe(true);
        if (projected.length < 5) stoppedEarly++;
      }
    }
    // The ladder has five steps (six with the bot's own offer): most bots here name terms well before its end.
    expect(stoppedEarly).toBeGreaterThan(0);
  });

  it('are, for a hawk, the second terms that pass its test: the first would pass too, so "final" is a bluff', () => {
    let bluffs = 0;
    for (const [role, counterpart] of PAIRS) {
      const context = contextOf(role, 'hawk');
      const named = termsToName(context, counterpart);
      if (!named) continue;
      // Every terms it projected on the way, in order; those a fresh hawk would sign with room to spare.
      const projected = projectedDeals(context);
      const passing = projected.filter((terms) =>
        signsWithRoom(contextOf(role, 'hawk'), counterpart, JSON.parse(terms)),
      );
      expect(passing.at(-1)).toBe(JSON.stringify(named.terms));
      if (passing.length < 2) continue;
      expect(passing).toHaveLength(2);
      expect(passing[0]).not.toBe(passing[1]);
      bluffs++;
    }
    expect(bluffs).toBeGreaterThan(0);
  });
});
