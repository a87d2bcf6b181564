// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { MarketPoint } from '../../shared/market/types.ts';
import type { PatchOp } from '../../shared/protocol/patch.ts';
import { applyUpdate, fromSnapshot } from '../../shared/protocol/sync.ts';
import { snapshotOf, viewAt } from './helpers.tsx';

const point = (at: number, yield10y: number): MarketPoint => ({
  at,
  round: 1,
  yield10y,
  mortgageRate: yield10y + 2.25,
  usdJpy: 149,
  usEquity: 5600,
  japanEquity: 35000,
  panic: 20,
});

describe('keeping the view in step', () => {
  const view = viewAt('negotiate');
  const held = fromSnapshot(snapshotOf(view, 10));

  it('applies an update made right after the held seq, adding its market points', () => {
    const outcome = applyUpdate(held, {
      gameId: view.gameId,
      seq: 11,
      prevSeq: 10,
      patch: [
        { op: 'set', path: ['round'], value: 2 },
        { op: 'set', path: ['seq'], value: 11 },
      ],
      newPoints: [point(1, 4.5)],
    });
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.game.seq).toBe(11);
    expect(outcome.game.view.round).toBe(2);
    expect(outcome.game.view.marketPath).toHaveLength(view.marketPath.length + 1);
    expect(outcome.game.view.marketPath.at(-1)?.yield10y).toBe(4.5);
    // What the patch does not name is kept as held, the very same objects.
    expect(outcome.game.view.statements).toBe(held.view.statements);
    expect(outcome.game.view.seats).toBe(held.view.seats);
  });

  it('reports a gap when a patch does not fit the view held, or is for another game', () => {
    const update = { gameId: view.gameId, seq: 11, prevSeq: 10, newPoints: [] };
    const pastTheEnd: PatchOp = {
      op: 'splice',
      path: ['statements'],
      from: view.statements.length + 1,
      items: [],
    };
    expect(applyUpdate(held, { ...update, patch: [pastTheEnd] }).kind).toBe('gap');
    const intoNothing: PatchOp = { op: 'set', path: ['nowhere', 'deeper'], value: 1 };
    expect(applyUpdate(held, { ...update, patch: [intoNothing] }).kind).toBe('gap');
    expect(applyUpdate(held, { ...update, gameId: 'another', patch: [] }).kind).toBe('gap');
  });

  it('reports a gap when an update was made after a seq it does not hold', () => {
    const update = { gameId: view.gameId, patch: [], newPoints: [] };
    expect(applyUpdate(held, { ...update, seq: 13, prevSeq: 12 }).kind).toBe('gap');
    expect(applyUpdate(null, { ...update, seq: 1, prevSeq: 0 }).kind).toBe('gap');
  });

  it('ignores a delta it already has', () => {
    const update = { gameId: view.gameId, patch: [], newPoints: [] };
    expect(applyUpdate(held, { ...update, seq: 10, prevSeq: 9 }).kind).toBe('stale');
  });

  it("applies a market tick: the market's figures are its new point's, the rest is set by the patch", () => {
    const outcome = applyUpdate(held, {
      gameId: view.gameId,
      seq: 11,
      prevSeq: 10,
      patch: [
        { op: 'set', path: ['seq'], value: 11 },
        { op: 'set', path: ['seats', 'whiteHouse', 'score'], value: 61 },
        {
          op: 'set',
          path: ['you', 'holdings'],
          value: { actualBn: 1100, marketValueBn: 1090, portfolioPnlBn: -10 },
        },
      ],
      newPoints: [point(2, 4.3)],
    });
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    // The tick states its figures once, in the point (docs/protocol.md): the patch does not repeat them.
    expect(outcome.game.view.market.yield10y).toBe(4.3);
    expect(outcome.game.view.market.mortgageRate).toBe(6.55);
    expect(outcome.game.view.market.usdJpy).toBe(149);
    expect(outcome.game.view.market.consumerPrices).toBe(view.market.consumerPrices);
    expect(outcome.game.view.seats.whiteHouse.score).toBe(61);
    expect(outcome.game.view.seats.tokyo).toBe(held.view.seats.tokyo);
    expect(outcome.game.view.you?.holdings?.actualBn).toBe(1100);
    expect(outcome.game.view.marketPath.at(-1)?.yield10y).toBe(4.3);
  });
});
