import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../shared/bots/context.ts';
import { formatReason } from '../../../shared/bots/reasons.ts';
import { tokyoPlaybook } from '../../../shared/bots/tokyo.ts';
import { type BotProfile, type Level, PERSONALITIES, type Personality } from '../../../shared/bots/types.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { netTreasurySalesBn } from '../../../shared/market/net-sales.ts';
import type { TokyoMove } from '../../../shared/protocol/moves.ts';
import { perRole } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { runHeadlessGame } from '../../../shared/sim/headless.ts';
import { SEED, tableAt, tokyoFacingAHawk } from './fixtures.ts';

/**
 * The easy Tokyo plays the beginner (tokyo-beginner.ts): it threatens in words, never sells to back them,
 * and its credibility wears away while a hard Tokyo's holds.
 */

const scenario = DEFAULT_SCENARIO;
const backingBn = scenario.model.skipAuctionsBn;

/** Round 2 against a White House that raised the tariff to 30% and talks tough, the market at that tariff. */
function facingAHawk(): PlayerView {
  const view = tokyoFacingAHawk();
  return { ...view, market: { ...view.market, effectiveTariffPct: 30 } };
}

function contextOf(personality: Personality, view: PlayerView, level: Level = 'easy'): BotContext {
  const profile: BotProfile = { personality, level };
  return { view, scenario, profile, role: 'tokyo', seed: SEED, memo: new Map() };
}

describe('the easy Tokyo is a beginner who threatens without backing it (tokyo-beginner.ts)', () => {
  it('an easy hawk threatens at a 30% tariff and answers with a tariff of its own, not a sale', () => {
    const context = contextOf('hawk', facingAHawk());
    const said = tokyoPlaybook.statement(context);
    expect(said?.signal).toBe('threat');
    expect(said?.reason).toEqual({ key: 'bot.tokyo.easySayThreat', params: { tariff: 30 } });
    const { move, reason } = tokyoPlaybook.ruleSheet(context);
    expect(move).toMatchObject({ treasuryAction: 'hold', treasuryAmountBn: 0, retaliatoryTariffPct: 5 });
    expect(reason).toEqual({ key: 'bot.tokyo.easyRetaliate', params: { tariff: 30, retaliation: 5 } });
  });

  it('no easy Tokyo sells enough to back a threat, where the hard hawk sells', () => {
    const view = facingAHawk();
    for (const personality of PERSONALITIES) {
      const move = tokyoPlaybook.ruleSheet(contextOf(personality, view)).move as TokyoMove;
      expect(netTreasurySalesBn(move, scenario.model), personality).toBeLessThan(backingBn);
    }
    const hard = tokyoPlaybook.ruleSheet(contextOf('hawk', view, 'hard')).move as TokyoMove;
    expect(netTreasurySalesBn(hard, scenario.model)).toBe(60);
  });

  it('each keeps its temper: the dove reassures first and warns once Washington hardens', () => {
    const round1 = tableAt('negotiate').view('tokyo');
    expect(tokyoPlaybook.statement(contextOf('dove', round1))?.signal).toBe('denial');
    const hostile = facingAHawk();
    const dove = tokyoPlaybook.statement(contextOf('dove', hostile));
    expect(dove?.signal).toBe('threat');
    expect(dove?.reason.key).toBe('bot.tokyo.easySayWarning');
    // The dove's sheet reassures with farm purchases and sells nothing.
    expect(tokyoPlaybook.ruleSheet(contextOf('dove', hostile)).move).toMatchObject({
      treasuryAction: 'hold',
      retaliatoryTariffPct: 0,
      farmPurchasesBn: 5,
    });
    // The opportunist bluffs while its credibility is where it started, and only hints once it has slipped.
    expect(tokyoPlaybook.statement(contextOf('opportunist', hostile))?.signal).toBe('threat');
    const doubted = {
      ...hostile,
      market: { ...hostile.market, credibility: { ...hostile.market.credibility, tokyo: 52 } },
    };
    expect(tokyoPlaybook.statement(contextOf('opportunist', doubted))?.signal).toBe('hint');
  });

  it('states the rule that decided, with every figure filled in', () => {
    const view = facingAHawk();
    for (const personality of PERSONALITIES) {
      const context = contextOf(personality, view);
      for (const reason of [
        tokyoPlaybook.ruleSheet(context).reason,
        tokyoPlaybook.statement(context)?.reason,
      ]) {
        if (!reason) continue;
        const text = formatReason(reason.key, reason.params);
        expect(text, reason.key).not.toContain('{{');
        expect(text, reason.key).not.toBe(reason.key);
      }
    }
    expect(formatReason('bot.tokyo.easySayBluff', { credibility: 60 })).toBe(
      'A threat costs nothing to say (credibility 60): say it.',
    );
  });

  it('at an all-hawk table its credibility wears away while the hard Tokyo keeps its own', () => {
    const ending = (personality: Personality, level: Level) => {
      const profiles = perRole((role) =>
        role === 'tokyo' ? { personality, level } : { personality: 'hawk' as const, level: 'easy' as const },
      );
      return runHeadlessGame({ seed: SEED, profiles }).state;
    };
    const start = scenario.startingMarket.credibility;
    const credibility = Object.fromEntries(
      PERSONALITIES.map((personality) => [
        personality,
        [
          ending(personality, 'easy').market.credibility.tokyo,
          ending(personality, 'hard').market.credibility.tokyo,
        ],
      ]),
    );
    expect(credibility).toEqual({
      hawk: [46, 64],
      dove: [40, 63],
      titForTat: [34, 67],
      opportunist: [50, 63],
    });
    for (const [easy, hard] of Object.values(credibility)) {
      expect(easy).toBeLessThan(start);
      expect(hard).toBeGreaterThan(start);
    }
    // The easy hawk threatened in rounds 1, 2 and 6 and never sold a dollar (its net sales are yen bought).
    const hawk = ending('hawk', 'easy');
    expect(hawk.books.tokyo.netSalesBn).toEqual([0, -30, -30, 0, 0, -30]);
    const threats = hawk.statements.filter((said) => said.from === 'tokyo' && said.signal === 'threat');
    expect(threats.map((said) => said.round)).toEqual([1, 2, 6]);
  });
});
