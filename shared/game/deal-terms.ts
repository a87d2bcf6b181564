import type { Term } from '../protocol/deals.ts';
import { type MoveFor, type MoveSet, netTreasurySalesBn } from '../protocol/moves.ts';

/** The tariff actually charged: a pause puts both rates at 10% (the 9 April 2025 precedent). */
function chargedRates(move: MoveFor<'whiteHouse'>): { headline: number; autos: number } {
  return move.pause
    ? { headline: Math.min(10, move.tariffPct), autos: Math.min(10, move.autoTariffPct) }
    : { headline: move.tariffPct, autos: move.autoTariffPct };
}

/** Whether a set of sheets breaks one term of a deal. */
export function termBroken(term: Term, moves: MoveSet): boolean {
  switch (term.kind) {
    case 'tariffCap': {
      const rates = chargedRates(moves.whiteHouse);
      return rates.headline > term.maxPct || (term.includesAutos && rates.autos > term.maxPct);
    }
    case 'noNetSales':
      return netTreasurySalesBn(moves.tokyo) > 0;
    case 'investmentPledge':
      return moves.tokyo.investmentPledgeBn < term.amountBn;
    case 'farmPurchases':
      return moves.tokyo.farmPurchasesBn < term.amountBn;
    case 'retaliationCap':
      return moves.tokyo.retaliatoryTariffPct > term.maxPct;
    case 'passThroughCap':
      return moves.usBusiness.passThroughPct > term.maxPct;
    case 'noLobbyingForTariffs':
      return moves.usBusiness.lobbyingDirection === 'forTariffs' && moves.usBusiness.lobbyingSpendM > 0;
    case 'treasuryFloor':
      return moves.investors.allocation.treasuries < term.minPct;
  }
}

/**
 * Signing a deal makes it the signatory's standing policy: the sheet it would keep if it submits
 * nothing is brought into line, so only a deliberate sheet can breach.
 */
export function complyWith(term: Term, moves: MoveSet): MoveSet {
  switch (term.kind) {
    case 'tariffCap': {
      const wh = moves.whiteHouse;
      return {
        ...moves,
        whiteHouse: {
          ...wh,
          tariffPct: Math.min(wh.tariffPct, term.maxPct),
          autoTariffPct: term.includesAutos ? Math.min(wh.autoTariffPct, term.maxPct) : wh.autoTariffPct,
        },
      };
    }
    case 'noNetSales':
      return termBroken(term, moves)
        ? { ...moves, tokyo: { ...moves.tokyo, treasuryAction: 'hold', treasuryAmountBn: 0 } }
        : moves;
    case 'investmentPledge':
      return {
        ...moves,
        tokyo: {
          ...moves.tokyo,
          investmentPledgeBn: Math.max(moves.tokyo.investmentPledgeBn, term.amountBn),
        },
      };
    case 'farmPurchases':
      return {
        ...moves,
        tokyo: { ...moves.tokyo, farmPurchasesBn: Math.max(moves.tokyo.farmPurchasesBn, term.amountBn) },
      };
    case 'retaliationCap':
      return {
        ...moves,
        tokyo: {
          ...moves.tokyo,
          retaliatoryTariffPct: Math.min(moves.tokyo.retaliatoryTariffPct, term.maxPct),
        },
      };
    case 'passThroughCap':
      return {
        ...moves,
        usBusiness: {
          ...moves.usBusiness,
          passThroughPct: Math.min(moves.usBusiness.passThroughPct, term.maxPct),
        },
      };
    case 'noLobbyingForTariffs':
      return termBroken(term, moves)
        ? { ...moves, usBusiness: { ...moves.usBusiness, lobbyingDirection: 'againstTariffs' } }
        : moves;
    case 'treasuryFloor': {
      const allocation = moves.investors.allocation;
      if (allocation.treasuries >= term.minPct) return moves;
      // Take the shortfall from cash first, then from equities, keeping the total (and so the leverage).
      let shortfall = term.minPct - allocation.treasuries;
      const next = { ...allocation, treasuries: term.minPct };
      for (const asset of ['cash', 'usEquities', 'japanEquities', 'yen'] as const) {
        const taken = Math.min(next[asset], shortfall);
        next[asset] -= taken;
        shortfall -= taken;
      }
      return { ...moves, investors: { ...moves.investors, allocation: next } };
    }
  }
}
