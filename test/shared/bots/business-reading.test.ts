import { describe, expect, it } from 'vitest';
import {
  exclusionSpendM,
  sellOffRisk,
  shiftNow,
  tariffLooksLasting,
} from '../../../shared/bots/business-reading.ts';
import type { BotContext } from '../../../shared/bots/context.ts';
import { tariffCapInForce } from '../../../shared/bots/reading.ts';
import { chooseSheet } from '../../../shared/bots/sheet.ts';
import type { BotProfile } from '../../../shared/bots/types.ts';
import { usBusinessPlaybook } from '../../../shared/bots/us-business.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { Deal } from '../../../shared/game/state.ts';
import { exclusionShareAfter, tariffContested } from '../../../shared/market/economy.ts';
import { initialMarket } from '../../../shared/market/initial.ts';
import { applyLobbying } from '../../../shared/market/policy.ts';
import { draftOf } from '../../../shared/market/transmission.ts';
import type { Books } from '../../../shared/market/types.ts';
import type { UsBusinessMove } from '../../../shared/protocol/moves.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { SEED, tableAt } from './fixtures.ts';

function contextFor(view: PlayerView, profile: BotProfile): BotContext {
  return { view, scenario: DEFAULT_SCENARIO, profile, role: 'usBusiness', seed: SEED, memo: new Map() };
}

function sheetOf(view: PlayerView, profile: BotProfile): UsBusinessMove {
  return chooseSheet(contextFor(view, profile)).move as UsBusinessMove;
}

/** The business seat's view in round 1's decide phase, with the market's fear of a Tokyo sale set by hand. */
function viewWith(changes: { sellingBelief?: number; round?: number; yield10y?: number } = {}): PlayerView {
  const view = tableAt('decide').view('usBusiness');
  return {
    ...view,
    round: changes.round ?? view.round,
    market: {
      ...view.market,
      sellingBelief: changes.sellingBelief ?? view.market.sellingBelief,
      yield10y: changes.yield10y ?? view.market.yield10y,
    },
  };
}

const hard = (personality: BotProfile['personality']): BotProfile => ({ personality, level: 'hard' });
const easy = (personality: BotProfile['personality']): BotProfile => ({ personality, level: 'easy' });

describe('US business bots read the situation before buying protection', () => {
  it('a hard business buys no hedge in a calm market; an easy one pays its premium by habit', () => {
    const calm = viewWith({ sellingBelief: 0 });
    expect(sellOffRisk(contextFor(calm, hard('hawk')))).toBe(false);
    for (const personality of ['hawk', 'dove', 'titForTat', 'opportunist'] as const) {
      expect(sheetOf(calm, hard(personality)).rateHedgePct).toBe(0);
      expect(sheetOf(calm, easy(personality)).rateHedgePct).toBeGreaterThan(0);
    }
  });

  it('a hard business hedges when the market believes Tokyo is selling, before yields have moved', () => {
    const brewing = viewWith({ sellingBelief: 0.8 });
    expect(sellOffRisk(contextFor(brewing, hard('dove')))).toBe(true);
    expect(sheetOf(brewing, hard('dove')).rateHedgePct).toBe(40);
    expect(sheetOf(brewing, hard('hawk')).rateHedgePct).toBe(70);
  });

  it('a hard business buys no hedge once the sell-off has landed: struck then, it would lock the spike in', () => {
    const landed = viewWith({ sellingBelief: 0.8, yield10y: DEFAULT_SCENARIO.startingMarket.yield10y + 0.3 });
    expect(sellOffRisk(contextFor(landed, hard('hawk')))).toBe(false);
    for (const personality of ['hawk', 'dove', 'titForTat', 'opportunist'] as const) {
      expect(sheetOf(landed, hard(personality)).rateHedgePct).toBe(0);
    }
  });

  it('a hard business moves supply chains early under the lasting 24% tariff, never when too late to pay', () => {
    const early = viewWith();
    expect(early.market.effectiveTariffPct).toBeGreaterThan(20);
    expect(shiftNow(contextFor(early, hard('dove')))).toBe(true);
    expect(sheetOf(early, hard('dove')).supplyChainShift).toBe(true);
    const late = viewWith({ round: early.rounds - 2 });
    expect(shiftNow(contextFor(late, hard('dove')))).toBe(false);
    expect(sheetOf(late, hard('dove')).supplyChainShift).toBe(false);
    // The dove absorbs by habit and never moves its chains when it plays easy.
    expect(sheetOf(early, easy('dove')).supplyChainShift).toBe(false);
  });
});

/** The business seat's view with its own book's exclusions and the tariff set by hand. */
function withExclusions(view: PlayerView, exclusionShare: number, effectiveTariffPct?: number): PlayerView {
  const you = view.you!;
  return {
    ...view,
    market: { ...view.market, effectiveTariffPct: effectiveTariffPct ?? view.market.effectiveTariffPct },
    you: { ...you, book: { ...(you.book as Books['usBusiness']), exclusionShare } },
  };
}

describe('a hard business lobbies for what the exclusions it can still win are worth', () => {
  const params = DEFAULT_SCENARIO.model;

  it('early under the 24% tariff it wins half the room now and half next round: the √ returns halve the bill', () => {
    const early = viewWith();
    const spend = exclusionSpendM(contextFor(early, hard('dove')));
    // Filling the room at once costs (0.1 / 0.05)² × $100m = $400m; in two halves, $100m a round.
    expect(spend).toBe(100);
    expect(params.exclusionSharePer100M * Math.sqrt(spend / 100)).toBeCloseTo(
      params.exclusionMaxShare / 2,
      9,
    );
    for (const personality of ['hawk', 'dove', 'titForTat', 'opportunist'] as const) {
      expect(sheetOf(early, hard(personality)).lobbyingSpendM).toBe(spend);
    }
  });

  it('spends less when little room is left, nothing once the cap is won or at the baseline tariff', () => {
    const early = viewWith();
    // The second half, next round: the room left is filled at once.
    const half = exclusionSpendM(contextFor(withExclusions(early, 0.05), hard('hawk')));
    expect(half).toBe(100);
    const almost = exclusionSpendM(contextFor(withExclusions(early, 0.09), hard('hawk')));
    expect(almost).toBe(Math.round((100 * (0.01 / params.exclusionSharePer100M) ** 2) / 10) * 10);
    expect(exclusionSpendM(contextFor(withExclusions(early, 0.1), hard('hawk')))).toBe(0);
    expect(exclusionSpendM(contextFor(withExclusions(early, 0, 10), hard('hawk')))).toBe(0);
  });

  /** The 24% standoff with the White House speaking softly: a tariff expected to be cut, not to last. */
  function softening(view: PlayerView): PlayerView {
    return { ...view, publicPolicy: { ...view.publicPolicy, stance: 'conciliatory' } };
  }

  /** The same view with a signed deal capping the tariff at `maxPct` from this round on. */
  function capped(view: PlayerView, maxPct: number): PlayerView {
    const deal: Deal = {
      id: 'd1',
      proposalId: 'p1',
      terms: [{ kind: 'tariffCap', role: 'whiteHouse', maxPct, includesAutos: true }],
      signatories: ['whiteHouse', 'tokyo'],
      signedAt: 0,
      fromRound: view.round,
      untilRound: view.round + 2,
      status: 'inForce',
    };
    return { ...view, deals: [deal] };
  }

  it('spreads the room over two rounds even when the tariff is expected to be cut: a one-round bet is lost whole', () => {
    const passing = softening(viewWith());
    expect(tariffLooksLasting(contextFor(passing, hard('hawk')))).toBe(false);
    // At half of 24%, five rounds left: the best single spend is $216m (7.4% of imports), and at that pace
    // the 10% room fills next round for $28m more ($244m); two halves fill it for $200m, $44m saved
    // against $28m of tariff the 2.4% won a round later would have saved.
    expect(exclusionSpendM(contextFor(passing, hard('hawk')))).toBe(100);
  });

  it('expects no more than a signed cap allows: under a 15% cap, half of 15%, not half of 24%', () => {
    const passing = softening(viewWith());
    const underCap = capped(passing, 15);
    expect(tariffCapInForce(underCap)).toBe(15);
    const spend = exclusionSpendM(contextFor(underCap, hard('hawk')));
    // 7.5% expected: the best spend wins 4.6% of imports for $85m (in $10m steps, $80m), too slow to fill the room in two rounds.
    expect(spend).toBe(80);
    expect(spend).toBeLessThan(exclusionSpendM(contextFor(passing, hard('hawk'))));
    // A cap above today's tariff bounds nothing.
    expect(exclusionSpendM(contextFor(capped(passing, 30), hard('hawk')))).toBe(100);
  });

  it('spends less as the rounds left to earn it back run out, and nothing in the last round', () => {
    const early = viewWith();
    const late = exclusionSpendM(contextFor(viewWith({ round: early.rounds - 1 }), hard('hawk')));
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThanOrEqual(100);
    expect(exclusionSpendM(contextFor(viewWith({ round: early.rounds }), hard('hawk')))).toBe(0);
  });
});

describe('an easy business lobbies by habit, but only against a tariff it can contest', () => {
  it('the hawk pays $100m under the 24% tariff and nothing at the 10% baseline, where lobbying buys nothing', () => {
    const standoff = viewWith();
    const baseline = withExclusions(standoff, 0, DEFAULT_SCENARIO.model.lobbyingPressureTariffPct);
    expect(sheetOf(standoff, easy('hawk')).lobbyingSpendM).toBe(100);
    expect(sheetOf(standoff, easy('dove')).lobbyingSpendM).toBe(50);
    for (const personality of ['hawk', 'dove', 'titForTat', 'opportunist'] as const) {
      expect(sheetOf(baseline, easy(personality)).lobbyingSpendM, personality).toBe(0);
    }
  });
});

describe('an easy opportunist lobbies for its own carve-outs, never for the common cause', () => {
  /** The 24% standoff with the White House speaking softly: the opening an opportunist waits for. */
  function wavering(exclusionShare: number): PlayerView {
    const view = withExclusions(viewWith(), exclusionShare);
    return { ...view, publicPolicy: { ...view.publicPolicy, stance: 'conciliatory' } };
  }

  it('pays $200m while it still has exclusions to win, nothing once they are at the cap', () => {
    const cap = DEFAULT_SCENARIO.model.exclusionMaxShare;
    expect(sheetOf(wavering(0), easy('opportunist')).lobbyingSpendM).toBe(200);
    expect(sheetOf(wavering(cap / 2), easy('opportunist')).lobbyingSpendM).toBe(200);
    // At the cap its money would only press the White House for a cut its peer gets too.
    expect(sheetOf(wavering(cap), easy('opportunist')).lobbyingSpendM).toBe(0);
    // The hawk fights the tariff in public by temperament, exclusions won or not.
    expect(sheetOf(wavering(cap), easy('hawk')).lobbyingSpendM).toBe(100);
  });
});

describe('a hard business weighs prices near its habit', () => {
  it('looks at 10 points either side of its temperament’s pass-through, never past 0–100%', () => {
    const standoff = viewWith();
    const options = (personality: BotProfile['personality']) =>
      usBusinessPlaybook
        .alternatives(contextFor(standoff, hard(personality)))
        .map((choice) => (choice.move as UsBusinessMove).passThroughPct);
    const habit = (personality: BotProfile['personality']) =>
      (usBusinessPlaybook.ruleSheet(contextFor(standoff, easy(personality))).move as UsBusinessMove)
        .passThroughPct;
    for (const personality of ['hawk', 'dove', 'titForTat', 'opportunist'] as const) {
      const own = habit(personality);
      expect(options(personality), personality).toEqual([Math.max(0, own - 10), Math.min(100, own + 10)]);
    }
    // The hawk passes 40% on by habit: a projection may take it to 50%, not to 70%.
    expect(options('hawk')).toEqual([30, 50]);
  });
});

describe('one rule says when lobbying against tariffs has something to contest', () => {
  const params = DEFAULT_SCENARIO.model;

  it('at the 10% baseline lobbying against tariffs moves nothing in the model', () => {
    const market = initialMarket(DEFAULT_SCENARIO);
    const atBaseline = draftOf({ ...market, effectiveTariffPct: params.lobbyingPressureTariffPct });
    expect(tariffContested(atBaseline.effectiveTariffPct, params)).toBe(false);
    const standing = DEFAULT_SCENARIO.standingMoves.usBusiness as UsBusinessMove;
    const move: UsBusinessMove = { ...standing, lobbyingSpendM: 200, lobbyingDirection: 'againstTariffs' };
    const panicBefore = atBaseline.panic;
    const lobbied = applyLobbying(atBaseline, move, params);
    expect(atBaseline.panic).toBe(panicBefore);
    expect(lobbied.approvalPts).toBe(0);
    expect(exclusionShareAfter(0, move, atBaseline.effectiveTariffPct, params)).toBe(0);
    // Above it, the same spend files requests: √2 × 5% of the imports, within the 10% cap.
    expect(tariffContested(24, params)).toBe(true);
    expect(exclusionShareAfter(0, move, 24, params)).toBeCloseTo(
      params.exclusionSharePer100M * Math.SQRT2,
      9,
    );
  });
});
