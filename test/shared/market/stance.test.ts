import { describe, expect, it } from 'vitest';
import { baselineOf } from '../../../shared/market/baseline.ts';
import { initialMarket } from '../../../shared/market/initial.ts';
import { STANCES, stanceScore } from '../../../shared/protocol/moves.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';

describe('stance → score, stated once (stanceScore)', () => {
  it('puts hawkish at 1, neutral at 0 and conciliatory at −1', () => {
    expect(STANCES.map(stanceScore)).toEqual([1, 0, -1]);
  });

  it('is what the model starts from and measures against, whatever the opening stance', () => {
    for (const stance of STANCES) {
      const scenario = {
        ...DEFAULT_SCENARIO,
        standingMoves: {
          ...DEFAULT_SCENARIO.standingMoves,
          whiteHouse: { ...DEFAULT_SCENARIO.standingMoves.whiteHouse, stance },
        },
      } as typeof DEFAULT_SCENARIO;
      expect(initialMarket(scenario).internals.stanceScore).toBe(stanceScore(stance));
      expect(baselineOf(scenario).stanceScore).toBe(stanceScore(stance));
    }
  });
});
