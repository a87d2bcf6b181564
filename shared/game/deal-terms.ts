import { tariffsInForce } from '../market/initial.ts';
import { netTreasurySalesBn } from '../market/net-sales.ts';
import type { ModelParams } from '../market/params.ts';
import type { Term } from '../protocol/deals.ts';
import type { MoveFor, MoveSet } from '../protocol/moves.ts';

/**
 * Whether a set of sheets breaks one term of a deal. `params` says what counts as a net sale, and a
 * tariff cap is judged on the rates actually charged: under a pause, the scenario's pause rate, exactly
 * as the model charges it (tariffsInForce).
 */
export function termBroken(term: Term, moves: MoveSet, params: ModelParams): boolean {
  switch (term.kind) {
    case 'tariffCap': {
      const rates = tariffsInForce(moves.whiteHouse, params.pauseTariffPct);
      return rates.headline > term.maxPct || (term.includesAutos && rates.autos > term.maxPct);
    }
    case 'noNetSales':
      return netTreasurySalesBn(moves.tokyo, params) > 0;
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
export function complyWith(term: Term, moves: MoveSet, params: ModelParams): MoveSet {
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
      return { ...moves, tokyo: withoutNetSales(moves.tokyo, params) };
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
      return termBroken(term, moves, params)
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

/**
 * A Tokyo sheet with no net Treasury sales: a sale (or skipped auction) becomes a hold first; if buying yen
 * still makes it a net sale, the intervention stops too. A purchase that already offsets it is kept.
 */
function withoutNetSales(move: MoveFor<'tokyo'>, params: ModelParams): MoveFor<'tokyo'> {
  if (netTreasurySalesBn(move, params) <= 0) return move;
  const held: MoveFor<'tokyo'> =
    move.treasuryAction === 'sell' || move.treasuryAction === 'skipAuctions'
      ? { ...move, treasuryAction: 'hold', treasuryAmountBn: 0 }
      : move;
  return netTreasurySalesBn(held, params) <= 0 ? held : { ...held, yenIntervention: 'none' };
}
