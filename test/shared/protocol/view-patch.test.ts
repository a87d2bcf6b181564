import { describe, expect, it } from 'vitest';
import { createGameConfig, createGameEngine } from '../../../shared/game/engine.ts';
import { commonViewOf, playerViewFor } from '../../../shared/game/player-view.ts';
import type { MarketPoint } from '../../../shared/market/types.ts';
import { applyUpdate } from '../../../shared/protocol/sync.ts';
import { commonPatch, marketWithPoints } from '../../../shared/protocol/view-patch.ts';

function startedGame() {
  const engine = createGameEngine(createGameConfig({ gameId: 'g', seed: 3 }), 0);
  expect(engine.command({ kind: 'host' }, { type: 'host:start', commandId: 'c', version: 0 }, 0).ok).toBe(
    true,
  );
  return engine.state;
}

describe('a market figure stated once per update', () => {
  const state = startedGame();
  const before = commonViewOf(state);
  const point = (figures: Partial<MarketPoint>): MarketPoint => ({ ...state.marketPath.at(-1)!, ...figures });

  it("fills the market held with the newest point's figures, and only those", () => {
    const older = point({ at: 1, yield10y: 9, panic: 90 });
    const newest = point({ at: 2, yield10y: 5.5, panic: 33 });
    const market = marketWithPoints(before.market, [older, newest]);
    expect([market.yield10y, market.panic]).toEqual([5.5, 33]);
    expect(market.consumerPrices).toBe(before.market.consumerPrices);
    expect(marketWithPoints(before.market, [])).toBe(before.market);
  });

  it('names a figure again only where the market moved on after its newest point', () => {
    const newest = point({ at: 5000, yield10y: 4.9, usdJpy: 151.25 });
    // The point was taken, then the dollar moved again in the same change.
    const after = {
      ...before,
      seq: before.seq + 1,
      market: { ...before.market, yield10y: 4.9, usdJpy: 152.5, consumerPrices: 3.3 },
    };
    const patch = commonPatch(before, after, [newest]);
    expect(patch.filter((op) => op.path[0] === 'market')).toEqual([
      { op: 'set', path: ['market', 'usdJpy'], value: 152.5 },
      { op: 'set', path: ['market', 'consumerPrices'], value: 3.3 },
    ]);
    // A client holding the view before gets exactly the market after, and the point on its path.
    const held = { seq: before.seq, view: playerViewFor(state, null) };
    const outcome = applyUpdate(held, {
      gameId: 'g',
      seq: before.seq + 1,
      prevSeq: before.seq,
      patch,
      newPoints: [newest],
    });
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.game.view.market).toEqual(after.market);
    expect(outcome.game.view.marketPath.at(-1)).toEqual(newest);
  });
});
