import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../shared/bots/context.ts';
import { tokyoPlaybook } from '../../../shared/bots/tokyo.ts';
import type { BotProfile, Level } from '../../../shared/bots/types.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { Proposal, PublicStatement } from '../../../shared/game/state.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { SEED, tokyoFacingAHawk } from './fixtures.ts';

/**
 * A hard Tokyo makes the threat its temper would not when its look-ahead says a backed one pays
 * (tokyo-word.ts `hardWord`): before, a hard opportunist only hinted at a hawkish White House that gives
 * ground to nothing but a backed threat, and ended at the tariff an easy one does (36.1 against 41.4 now).
 */

const scenario = DEFAULT_SCENARIO;

/** The White House offers the tariff cut to nothing for a promise of no net sales: any Tokyo signs it. */
function offerOfNoSales(view: PlayerView): Proposal {
  return {
    id: 'p1',
    proposer: 'whiteHouse',
    signatories: ['whiteHouse', 'tokyo'],
    signedBy: ['whiteHouse'],
    status: 'open',
    round: view.round,
    at: 0,
    terms: [
      { kind: 'tariffCap', role: 'whiteHouse', maxPct: 0, includesAutos: true },
      { kind: 'noNetSales', role: 'tokyo' },
    ],
    durationRounds: 3,
  };
}

describe('a hard Tokyo makes the threat its temper would not when its look-ahead says a backed one pays (tokyo-word.ts)', () => {
  // Round 2 against a hawkish White House at 30% (tokyoFacingAHawk): it gives ground only to a threat it sees backed.

  function opportunist(level: Level, view: PlayerView) {
    const profile: BotProfile = { personality: 'opportunist', level };
    const context: BotContext = { view, scenario, profile, role: 'tokyo', seed: SEED, memo: new Map() };
    return tokyoPlaybook.statement(context);
  }

  it('threatens a hawk as a threat it will back, where its easy self bluffs, and says what it projects', () => {
    const view = tokyoFacingAHawk();
    expect(opportunist('easy', view)?.reason.key).toBe('bot.tokyo.easySayBluff');
    const hard = opportunist('hard', view);
    expect(hard?.signal).toBe('threat');
    expect(hard?.reason.key).toBe('bot.tokyo.sayBackedThreat');
    const { projected, without } = (hard?.reason.params ?? {}) as { projected: number; without: number };
    expect(projected).toBeGreaterThanOrEqual(without + 0.5);
  });

  it('does not threaten while signing an offer that binds it to no net sales: it could not back it', () => {
    const base = tokyoFacingAHawk();
    const view = { ...base, proposals: [offerOfNoSales(base)] };
    expect(opportunist('hard', view)?.signal).toBe('hint');
  });

  it('does not repeat a threat of its own that stands', () => {
    const base = tokyoFacingAHawk();
    const threat: PublicStatement = { id: 't1', at: 0, round: 1, from: 'tokyo', text: '…', signal: 'threat' };
    const view = { ...base, statements: [...base.statements, threat] };
    expect(opportunist('hard', view)?.signal).not.toBe('threat');
  });

  it('never threatens as a dove', () => {
    const profile: BotProfile = { personality: 'dove', level: 'hard' };
    const view = tokyoFacingAHawk();
    const context: BotContext = { view, scenario, profile, role: 'tokyo', seed: SEED, memo: new Map() };
    expect(tokyoPlaybook.statement(context)?.signal).not.toBe('threat');
  });
});
