// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { projectSheet } from '../../client/features/moves/preview.ts';
import type { TokyoMove } from '../../shared/protocol/moves.ts';
import { viewAt } from './helpers.tsx';

describe('the projected effect of a move sheet', () => {
  const view = viewAt('decide');
  const standing = view.you!.standingMove as TokyoMove;

  it('is nil for the standing policy itself', () => {
    const projection = projectSheet(view, standing)!;
    expect(projection.withSheet).toEqual(projection.withStanding);
    expect(projection.now.yield10y).toBeCloseTo(view.market.yield10y, 6);
  });

  it('shows a large Treasury sale lifting the 10-year yield and hurting the portfolio', () => {
    const sale: TokyoMove = { ...standing, treasuryAction: 'sell', treasuryAmountBn: 150 };
    const projection = projectSheet(view, sale)!;
    expect(projection.withSheet.yield10y).toBeGreaterThan(projection.withStanding.yield10y);
    expect(projection.withSheet.mortgageRate).toBeGreaterThan(projection.withStanding.mortgageRate);
    expect(projection.headlines.length).toBeGreaterThan(0);
  });

  it('refuses a sheet for another role, and a seatless view', () => {
    const whiteHouse = viewAt('decide', 'whiteHouse').you!.standingMove;
    expect(projectSheet(view, whiteHouse)).toBeNull();
    expect(projectSheet({ ...view, you: null }, standing)).toBeNull();
  });
});
