import { describe, expect, it } from 'vitest';
import { brokenPromises, complySheet } from '../../../shared/game/deal-terms.ts';
import type { Deal } from '../../../shared/game/state.ts';
import { type Term, termSummary } from '../../../shared/protocol/deals.ts';
import type { MoveSet, TokyoMove } from '../../../shared/protocol/moves.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';

const start = DEFAULT_SCENARIO.standingMoves as MoveSet;
const params = DEFAULT_SCENARIO.model;

function deal(id: string, terms: Term[]): Deal {
  return {
    id,
    proposalId: `p-${id}`,
    terms,
    signatories: ['tokyo', 'whiteHouse'],
    signedAt: 0,
    fromRound: 1,
    untilRound: 3,
    status: 'inForce',
  };
}

const tariffCap: Term = { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true };
const pledge: Term = { kind: 'investmentPledge', role: 'tokyo', amountBn: 300 };
const noSales: Term = { kind: 'noNetSales', role: 'tokyo' };
const deals = [deal('d6', [tariffCap, noSales, pledge])];

describe('brokenPromises: which terms a sheet breaks', () => {
  it('names each broken term of the sheet’s own role, and nothing of another role', () => {
    // The first day's sheets: a 24% tariff with 25% on cars, no pledge.
    expect(brokenPromises({ ...start.whiteHouse }, deals, params)).toEqual([
      { dealId: 'd6', term: tariffCap },
    ]);
    expect(brokenPromises({ ...start.tokyo }, deals, params)).toEqual([{ dealId: 'd6', term: pledge }]);
    const selling: TokyoMove = { ...start.tokyo, treasuryAction: 'sell', treasuryAmountBn: 40 };
    expect(brokenPromises(selling, deals, params).map((broken) => broken.term.kind)).toEqual([
      'noNetSales',
      'investmentPledge',
    ]);
    expect(brokenPromises({ ...start.investors }, deals, params)).toEqual([]);
  });

  it('finds nothing once the sheet complies with every term', () => {
    const whiteHouse = [tariffCap].reduce((sheet, term) => complySheet(term, sheet, params), {
      ...start.whiteHouse,
    });
    expect(whiteHouse).toMatchObject({ tariffPct: 15, autoTariffPct: 15 });
    expect(brokenPromises(whiteHouse, deals, params)).toEqual([]);
    const tokyo = [noSales, pledge].reduce((sheet, term) => complySheet(term, sheet, params), {
      ...start.tokyo,
      treasuryAction: 'sell' as const,
      treasuryAmountBn: 40,
    });
    expect(tokyo).toMatchObject({ treasuryAction: 'hold', treasuryAmountBn: 0, investmentPledgeBn: 300 });
    expect(brokenPromises(tokyo, deals, params)).toEqual([]);
  });

  it('words a term for the engine’s messages', () => {
    expect(termSummary(tariffCap)).toBe('White House tariff ≤ 15% incl. autos');
    expect(termSummary(pledge)).toBe('Tokyo investment pledge ≥ $300bn');
  });
});
