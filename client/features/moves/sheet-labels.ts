import type { TFunction } from 'i18next';
import type { RoleId } from '../../../shared/roles.ts';
import { listOf } from '../../i18n/format.ts';

/** The label of every field of each role's sheet, by its dotted path (as the sheet's fields name them). */
const LABELS = {
  tokyo: {
    treasuryAction: 'moves.tokyo.treasuryAction',
    treasuryAmountBn: 'moves.tokyo.treasuryAmountBn',
    retaliatoryTariffPct: 'moves.tokyo.retaliatoryTariffPct',
    yenIntervention: 'moves.tokyo.yenIntervention',
    investmentPledgeBn: 'moves.tokyo.investmentPledgeBn',
    farmPurchasesBn: 'moves.tokyo.farmPurchasesBn',
  },
  whiteHouse: {
    tariffPct: 'moves.whiteHouse.tariffPct',
    autoTariffPct: 'moves.whiteHouse.autoTariffPct',
    pause: 'moves.whiteHouse.pause',
    stance: 'moves.whiteHouse.stance',
  },
  investors: {
    'allocation.treasuries': 'moves.investors.weights.treasuries',
    'allocation.yen': 'moves.investors.weights.yen',
    'allocation.usEquities': 'moves.investors.weights.usEquities',
    'allocation.japanEquities': 'moves.investors.weights.japanEquities',
    'allocation.cash': 'moves.investors.weights.cash',
    treasuryDuration: 'moves.investors.treasuryDuration',
    researchNote: 'moves.investors.researchNote',
  },
  usBusiness: {
    lobbyingSpendM: 'moves.usBusiness.lobbyingSpendM',
    lobbyingDirection: 'moves.usBusiness.lobbyingDirection',
    passThroughPct: 'moves.usBusiness.passThroughPct',
    rateHedgePct: 'moves.usBusiness.rateHedgePct',
    supplyChainShift: 'moves.usBusiness.supplyChainShift',
  },
} as const;

type LabelKey = { [R in RoleId]: (typeof LABELS)[R][keyof (typeof LABELS)[R]] }[RoleId];

/** "Tariff on Japanese goods, Tariff on Japanese cars": the labels of some fields of a role's sheet. */
export function fieldLabels(t: TFunction, role: RoleId, paths: readonly string[]): string {
  const table: Readonly<Record<string, LabelKey>> = LABELS[role];
  return listOf(
    t,
    paths.map((path) => (Object.hasOwn(table, path) ? t(table[path]!) : path)),
  );
}
