import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../shared/bots/context.ts';
import { projectScore } from '../../../shared/bots/projection.ts';
import { chooseSheet } from '../../../shared/bots/sheet.ts';
import { type BotProfile, PERSONALITIES } from '../../../shared/bots/types.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { SEED, type Table, table, tableAt } from './fixtures.ts';

function contextFor(fixture: Table, role: RoleId, profile: BotProfile): BotContext {
  return { view: fixture.view(role), scenario: DEFAULT_SCENARIO, profile, role, seed: SEED, memo: new Map() };
}

/** Round 3's decide phase of a game in which every seat has kept its standing policy. */
function laterTable(): Table {
  const fixture = table();
  for (
    let guard = 0;
    guard < 40 && !(fixture.engine.state.round === 3 && fixture.engine.state.phase === 'decide');
    guard++
  ) {
    fixture.expire();
  }
  return fixture;
}

describe('a hard bot looks ahead', () => {
  it('picks a sheet whose projected score is at least the easy bot’s, for every role and personality', () => {
    for (const fixture of [tableAt('decide'), laterTable()]) {
      for (const role of ROLE_IDS) {
        for (const personality of PERSONALITIES) {
          const easy = chooseSheet(contextFor(fixture, role, { personality, level: 'easy' }));
          const hard = chooseSheet(contextFor(fixture, role, { personality, level: 'hard' }));
          const projectedOf = (move: typeof easy.move) =>
            projectScore(contextFor(fixture, role, { personality, level: 'hard' }), {
              own: move,
              rounds: 1,
              purpose: 'sheet',
            });
          expect(projectedOf(hard.move), `${role}:${personality}`).toBeGreaterThanOrEqual(
            projectedOf(easy.move),
          );
        }
      }
    }
  });

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
