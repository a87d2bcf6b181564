import { tariffsInForce } from '../market/initial.ts';
import { netTreasurySalesBn } from '../market/net-sales.ts';
import type { ModelParams } from '../market/params.ts';
import type { Term } from '../protocol/deals.ts';
import type { MoveFor, MoveSet, MoveSheet } from '../protocol/moves.ts';
import { copyOfSheet, sheetWith } from '../protocol/sheet-copies.ts';
import type { Deal } from './state.ts';

/**
 * Whether a sheet breaks one term of a deal. A term binds one role and reads only that role's sheet,
 * so a sheet of another role never breaks it: the server (a whole round's sheets) and the client (its
 * own draft) ask the same question with what each of them holds. `params` says what counts as a net
 * sale, and a tariff cap is judged on the rates actually charged: under a pause, the scenario's pause
 * rate, exactly as the model charges it (tariffsInForce).
 */
export function termBroken(term: Term, sheet: MoveSheet, params: ModelParams): boolean {
  switch (term.kind) {
    case 'tariffCap': {
      if (sheet.role !== 'whiteHouse') return false;
      const rates = tariffsInForce(sheet, params.pauseTariffPct);
      return rates.headline > term.maxPct || (term.includesAutos && rates.autos > term.maxPct);
    }
    case 'noNetSales':
      return sheet.role === 'tokyo' && netTreasurySalesBn(sheet, params) > 0;
    case 'investmentPledge':
      return sheet.role === 'tokyo' && sheet.investmentPledgeBn < term.amountBn;
    case 'farmPurchases':
      return sheet.role === 'tokyo' && sheet.farmPurchasesBn < term.amountBn;
    case 'retaliationCap':
      return sheet.role === 'tokyo' && sheet.retaliatoryTariffPct > term.maxPct;
    case 'passThroughCap':
      return sheet.role === 'usBusiness' && sheet.passThroughPct > term.maxPct;
    case 'noLobbyingForTariffs':
      return (
        sheet.role === 'usBusiness' && sheet.lobbyingDirection === 'forTariffs' && sheet.lobbyingSpendM > 0
      );
    case 'treasuryFloor':
      return sheet.role === 'investors' && sheet.allocation.treasuries < term.minPct;
  }
}

/** A promise a sheet would break: which deal, which term. */
export interface BrokenPromise {
  dealId: string;
  term: Term;
}

/**
 * Every term of `deals` that `sheet` breaks, in deal order. The caller passes the deals that bind the
 * round (dealsBinding): the engine refuses a sheet in a binding game with the first of these, and the
 * move sheet warns with all of them before it is handed in.
 */
export function brokenPromises(
  sheet: MoveSheet,
  deals: readonly Deal[],
  params: ModelParams,
): BrokenPromise[] {
  return deals.flatMap((deal) =>
    deal.terms.filter((term) => termBroken(term, sheet, params)).map((term) => ({ dealId: deal.id, term })),
  );
}

/**
 * One sheet brought into line with one term: the smallest change that keeps the promise. A sheet of
 * another role comes back as it was.
 */
export function complySheet<S extends MoveSheet>(term: Term, sheet: S, params: ModelParams): S {
  const complied: MoveSheet = complyOwnSheet(term, sheet, params);
  return complied as S;
}

function complyOwnSheet(term: Term, sheet: MoveSheet, params: ModelParams): MoveSheet {
  switch (term.kind) {
    case 'tariffCap':
      if (sheet.role !== 'whiteHouse') return sheet;
      return sheetWith(sheet, {
        tariffPct: Math.min(sheet.tariffPct, term.maxPct),
        autoTariffPct: term.includesAutos ? Math.min(sheet.autoTariffPct, term.maxPct) : sheet.autoTariffPct,
      });
    case 'noNetSales':
      return sheet.role === 'tokyo' ? withoutNetSales(sheet, params) : sheet;
    case 'investmentPledge':
      return sheet.role === 'tokyo'
        ? sheetWith(sheet, { investmentPledgeBn: Math.max(sheet.investmentPledgeBn, term.amountBn) })
        : sheet;
    case 'farmPurchases':
      return sheet.role === 'tokyo'
        ? sheetWith(sheet, { farmPurchasesBn: Math.max(sheet.farmPurchasesBn, term.amountBn) })
        : sheet;
    case 'retaliationCap':
      return sheet.role === 'tokyo'
        ? sheetWith(sheet, { retaliatoryTariffPct: Math.min(sheet.retaliatoryTariffPct, term.maxPct) })
        : sheet;
    case 'passThroughCap':
      return sheet.role === 'usBusiness'
        ? sheetWith(sheet, { passThroughPct: Math.min(sheet.passThroughPct, term.maxPct) })
        : sheet;
    case 'noLobbyingForTariffs':
      return sheet.role === 'usBusiness' && termBroken(term, sheet, params)
        ? sheetWith(sheet, { lobbyingDirection: 'againstTariffs' })
        : sheet;
    case 'treasuryFloor': {
      if (sheet.role !== 'investors' || !termBroken(term, sheet, params)) return sheet;
      // Take the shortfall from cash first, then from equities, keeping the total (and so the leverage).
      let shortfall = term.minPct - sheet.allocation.treasuries;
      const copy = copyOfSheet(sheet);
      const next = copy.allocation;
      next.treasuries = term.minPct;
      for (const asset of ['cash', 'usEquities', 'japanEquities', 'yen'] as const) {
        const taken = Math.min(next[asset], shortfall);
        next[asset] -= taken;
        shortfall -= taken;
      }
      return copy;
    }
  }
}

/**
 * Signing a deal makes it the signatory's standing policy: the sheet it would keep if it submits
 * nothing is brought into line, so only a deliberate sheet can breach.
 */
export function complyWith(term: Term, moves: MoveSet, params: ModelParams): MoveSet {
  const sheet = moves[term.role];
  const complied = complySheet(term, sheet, params);
  return complied === sheet ? moves : { ...moves, [term.role]: complied };
}

/**
 * A Tokyo sheet with no net Treasury sales: a sale (or skipped auction) becomes a hold first; if buying yen
 * still makes it a net sale, the intervention stops too. A purchase that already offsets it is kept.
 */
function withoutNetSales(move: MoveFor<'tokyo'>, params: ModelParams): MoveFor<'tokyo'> {
  if (netTreasurySalesBn(move, params) <= 0) return move;
  const held: MoveFor<'tokyo'> =
    move.treasuryAction === 'sell' || move.treasuryAction === 'skipAuctions'
      ? sheetWith(move, { treasuryAction: 'hold', treasuryAmountBn: 0 })
      : move;
  return netTreasurySalesBn(held, params) <= 0 ? held : sheetWith(held, { yenIntervention: 'none' });
}
