import { describe, expect, it } from 'vitest';
import { BENCHMARK_MIX, selloffOdds, tiltedMix } from '../../../shared/bots/fund-reading.ts';
import { botActions } from '../../../shared/bots/index.ts';
import type { BotProfile } from '../../../shared/bots/types.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { InvestorsMove } from '../../../shared/protocol/moves.ts';
import type { Signal } from '../../../shared/protocol/statements.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { SEED, tableAt } from './fixtures.ts';

const start = DEFAULT_SCENARIO.startingMarket;

function said(view: PlayerView, from: RoleId, signal: Signal) {
  return { id: `${from}-${signal}`, at: 0, round: view.round, from, text: '…', signal };
}

/** The fund's decide view as a sell-off brews: a believed, credible Tokyo threat, a hawkish Washington, panic. */
function stormy(view: PlayerView): PlayerView {
  return {
    ...view,
    statements: [...view.statements, said(view, 'tokyo', 'threat'), said(view, 'whiteHouse', 'hawkish')],
    market: {
      ...view.market,
      panic: start.panic + 20,
      sellingBelief: 0.8,
      credibility: { ...view.market.credibility, tokyo: 80 },
    },
  };
}

/** The same view with the heat gone: Washington conciliatory, Tokyo denying, fear below where it began. */
function calm(view: PlayerView): PlayerView {
  return {
    ...view,
    statements: [...view.statements, said(view, 'tokyo', 'denial'), said(view, 'whiteHouse', 'conciliatory')],
    market: { ...view.market, panic: Math.max(0, start.panic - 10), sellingBelief: 0 },
  };
}

function fundSheet(view: PlayerView, profile: BotProfile): InvestorsMove {
  const command = botActions(view, profile, SEED).find(
    (action) => action.command.type === 'move:submit',
  )?.command;
  if (command?.type !== 'move:submit' || command.move.role !== 'investors') throw new Error('no fund sheet');
  return command.move;
}

const total = (move: InvestorsMove) =>
  Object.values(move.allocation).reduce((sum, weight) => sum + weight, 0);

describe('a hard fund sizes its bet by the gauges', () => {
  const view = tableAt('decide').view('investors');

  it('reads the sell-off odds off the gauges every seat sees', () => {
    expect(selloffOdds(stormy(view), DEFAULT_SCENARIO)).toBeGreaterThan(0.6);
    expect(selloffOdds(calm(view), DEFAULT_SCENARIO)).toBeLessThan(-0.2);
  });

  it('hedges with the yen before a likely sell-off and buys stocks on margin in calm, where the easy fund does not', () => {
    const hard: BotProfile = { personality: 'hawk', level: 'hard' };
    const storm = fundSheet(stormy(view), hard);
    expect(storm.allocation.yen).toBeGreaterThanOrEqual(40);
    expect(storm.allocation.usEquities).toBeLessThanOrEqual(30);
    const quiet = fundSheet(calm(view), hard);
    expect(quiet.allocation.usEquities).toBeGreaterThanOrEqual(90);
    expect(quiet.allocation.yen).toBe(0);
    expect(total(quiet)).toBeGreaterThan(100);
    // The easy hawk bets on escalation whatever the gauges say.
    expect(fundSheet(calm(view), { personality: 'hawk', level: 'easy' }).allocation.yen).toBe(30);
  });

  it('keeps the dove close to the benchmark when it fears a sell-off, a part of the hawk bet', () => {
    const dove = fundSheet(stormy(view), { personality: 'dove', level: 'hard' });
    const hawk = fundSheet(stormy(view), { personality: 'hawk', level: 'hard' });
    expect(dove.allocation.yen).toBeGreaterThan(0);
    expect(dove.allocation.yen).toBeLessThanOrEqual(hawk.allocation.yen / 2);
  });

  it('tilts the benchmark a share of the way to a bet, in whole percentages, within the mandate', () => {
    const bet = { treasuries: 40, yen: 0, usEquities: 100, japanEquities: 30, cash: 0 };
    expect(tiltedMix(bet, 0)).toEqual(BENCHMARK_MIX);
    expect(tiltedMix(bet, 1)).toEqual(bet);
    expect(tiltedMix(bet, 0.5)).toEqual({
      treasuries: 40,
      yen: 0,
      usEquities: 80,
      japanEquities: 15,
      cash: 0,
    });
    const hedge = tiltedMix({ treasuries: 10, yen: 50, usEquities: 20, japanEquities: 0, cash: 20 }, 0.33);
    expect(Object.values(hedge).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });
});
