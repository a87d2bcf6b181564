import type { i18n as I18n } from 'i18next';
import type { RoleId } from '../../../shared/roles.ts';
import { DEFAULT_SCORING } from '../../../shared/scenario/default-scoring.ts';
import type { ScoreMetric } from '../../../shared/scoring/rules.ts';
import { type Formatters, localText, looseI18n } from '../../i18n/format.ts';

/**
 * A score component's name and reason. The client's translations come first; a component it does not
 * know (another scenario's) falls back to the scenario's own text, then to its id.
 */
export function componentText(i18n: I18n, role: RoleId, id: string): { label: string; why: string } {
  const key = `scoring.components.${role}.${id}`;
  const loose = looseI18n(i18n);
  if (loose.exists(`${key}.label`)) return { label: loose.t(`${key}.label`), why: loose.t(`${key}.why`) };
  const rule = DEFAULT_SCORING[role].find((candidate) => candidate.id === id);
  if (rule) return { label: localText(rule.label, i18n.language), why: localText(rule.why, i18n.language) };
  return { label: id, why: '' };
}

type Unit = 'pct' | 'signedPct' | 'signedBn' | 'points' | 'signedPp' | 'index';

const UNITS: Record<ScoreMetric, { unit: Unit; digits: number }> = {
  effectiveTariffPct: { unit: 'pct', digits: 1 },
  usdJpyChangePct: { unit: 'signedPct', digits: 1 },
  tokyoPortfolioPnlBn: { unit: 'signedBn', digits: 0 },
  japanExportsChangePct: { unit: 'signedPct', digits: 1 },
  tokyoCredibility: { unit: 'points', digits: 0 },
  approval: { unit: 'pct', digits: 1 },
  mortgageRate: { unit: 'pct', digits: 2 },
  usEquityChangePct: { unit: 'signedPct', digits: 1 },
  consumerPricesChangePct: { unit: 'signedPct', digits: 2 },
  deficitWithJapanChangePct: { unit: 'signedPct', digits: 1 },
  whiteHouseCredibility: { unit: 'points', digits: 0 },
  fundExcessReturnPct: { unit: 'signedPp', digits: 2 },
  fundReturnPct: { unit: 'signedPct', digits: 2 },
  businessProfitBn: { unit: 'signedBn', digits: 1 },
  borrowingCostPct: { unit: 'pct', digits: 2 },
  salesIndex: { unit: 'index', digits: 1 },
  fundValueAddedPct: { unit: 'signedPp', digits: 2 },
  meanBorrowingCostPct: { unit: 'pct', digits: 2 },
  meanSalesIndex: { unit: 'index', digits: 1 },
  businessEdgeBn: { unit: 'signedBn', digits: 1 },
  tokyoPnlAfterCommitmentsBn: { unit: 'signedBn', digits: 0 },
  usdJpyDistancePct: { unit: 'pct', digits: 1 },
};

/** The outcome a component was scored on, in its own unit ("−$12bn", "+1.4%", "6.85%"). */
export function metricValueText(
  format: Formatters,
  metric: ScoreMetric,
  value: number,
  ppSuffix: string,
): string {
  const { unit, digits } = UNITS[metric] ?? { unit: 'index', digits: 1 };
  switch (unit) {
    case 'pct':
      return format.percent(value, digits);
    case 'signedPct':
      return `${format.signed(value, digits)}%`;
    case 'signedBn':
      return format.signedMoney(value, digits);
    case 'signedPp':
      return `${format.signed(value, digits)}${ppSuffix}`;
    case 'points':
    case 'index':
      return format.number(value, digits);
  }
}
