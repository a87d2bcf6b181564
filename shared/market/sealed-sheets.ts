import type { MoveFor, MoveSet } from '../protocol/moves.ts';

/**
 * The round's sheets as the model reads them: each written out field by field, in its schema's order, so
 * that the model meets one hidden class per role. Sheets reach it from a dozen makers (the bots' spreads of
 * a standing sheet, a deal's compliance, the carry-over, a parsed command), each leaving a class of its
 * own: in 600 games the model's functions met 14 for Tokyo's sheet and 8 for the fund's, read them on V8's
 * slowest path, and were deoptimised when yet another turned up hundreds of games into a batch. Five small
 * copies a resolution cost far less. Nothing else is changed: the values are the sheets' own.
 */
export function sheetsForModel(moves: MoveSet): MoveSet {
  return {
    tokyo: tokyoSheet(moves.tokyo),
    whiteHouse: whiteHouseSheet(moves.whiteHouse),
    investors: investorsSheet(moves.investors),
    usBusiness: usBusinessSheet(moves.usBusiness),
  };
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
