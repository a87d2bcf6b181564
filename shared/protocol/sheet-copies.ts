import type { MoveFor, MoveSheet } from './moves.ts';

/**
 * A sheet's own copy, written out field by field in its schema's order, and the same with some fields
 * changed. Every sheet the game and the bots make is built here rather than by a spread
 * (`{ ...sheet, field }`): V8 gives a spread's result a hidden class that depends on its source's, so
 * sheets made by a dozen spreads of each other took a dozen classes per role (14 for Tokyo's in 600
 * games); the functions that read sheets then read them on V8's slowest path, copying one by a spread
 * took the slow path too, and each new class met hundreds of games into a batch threw away optimised code.
 */
export function copyOfSheet<S extends MoveSheet>(sheet: S): S {
  const copy: MoveSheet = writtenOut(sheet);
  return copy as S;
}

/** `{ ...sheet, ...changes }` for changes to fields the sheet has, in one hidden class per role. */
export function sheetWith<S extends MoveSheet>(sheet: S, changes: Partial<S>): S {
  return Object.assign(copyOfSheet(sheet), changes);
}

function writtenOut(sheet: MoveSheet): MoveSheet {
  switch (sheet.role) {
    case 'tokyo':
      return tokyoSheet(sheet);
    case 'whiteHouse':
      return whiteHouseSheet(sheet);
    case 'investors':
      return investorsSheet(sheet);
    case 'usBusiness':
      return usBusinessSheet(sheet);
  }
}

function tokyoSheet(sheet: MoveFor<'tokyo'>): MoveFor<'tokyo'> {
  return {
    role: 'tokyo',
    treasuryAction: sheet.treasuryAction,
    treasuryAmountBn: sheet.treasuryAmountBn,
    retaliatoryTariffPct: sheet.retaliatoryTariffPct,
    yenIntervention: sheet.yenIntervention,
    investmentPledgeBn: sheet.investmentPledgeBn,
    farmPurchasesBn: sheet.farmPurchasesBn,
  };
}

function whiteHouseSheet(sheet: MoveFor<'whiteHouse'>): MoveFor<'whiteHouse'> {
  return {
    role: 'whiteHouse',
    tariffPct: sheet.tariffPct,
    autoTariffPct: sheet.autoTariffPct,
    pause: sheet.pause,
    stance: sheet.stance,
  };
}

/** The allocation is copied too: it is a sheet's field like any other, and has a class of its own. */
function investorsSheet(sheet: MoveFor<'investors'>): MoveFor<'investors'> {
  const { allocation } = sheet;
  return {
    role: 'investors',
    allocation: {
      treasuries: allocation.treasuries,
      yen: allocation.yen,
      usEquities: allocation.usEquities,
      japanEquities: allocation.japanEquities,
      cash: allocation.cash,
    },
    treasuryDuration: sheet.treasuryDuration,
    researchNote: sheet.researchNote,
  };
}

function usBusinessSheet(sheet: MoveFor<'usBusiness'>): MoveFor<'usBusiness'> {
  return {
    role: 'usBusiness',
    lobbyingSpendM: sheet.lobbyingSpendM,
    lobbyingDirection: sheet.lobbyingDirection,
    passThroughPct: sheet.passThroughPct,
    rateHedgePct: sheet.rateHedgePct,
    supplyChainShift: sheet.supplyChainShift,
  };
}
