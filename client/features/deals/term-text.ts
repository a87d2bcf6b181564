import type { TFunction } from 'i18next';
import type { Proposal } from '../../../shared/game/state.ts';
import type { Term } from '../../../shared/protocol/deals.ts';
import { listOf } from '../../i18n/format.ts';

/** One term in words: "White House: tariff at most 15%, autos included". */
export function describeTerm(t: TFunction, term: Term): string {
  const role = t(`roles.${term.role}.short`);
  switch (term.kind) {
    case 'tariffCap':
      return t('terms.text.tariffCap', {
        role,
        maxPct: term.maxPct,
        autos: t(term.includesAutos ? 'terms.autosIncluded' : 'terms.autosExcluded'),
      });
    case 'noNetSales':
      return t('terms.text.noNetSales', { role });
    case 'investmentPledge':
      return t('terms.text.investmentPledge', { role, amountBn: term.amountBn });
    case 'farmPurchases':
      return t('terms.text.farmPurchases', { role, amountBn: term.amountBn });
    case 'retaliationCap':
      return t('terms.text.retaliationCap', { role, maxPct: term.maxPct });
    case 'passThroughCap':
      return t('terms.text.passThroughCap', { role, maxPct: term.maxPct });
    case 'noLobbyingForTariffs':
      return t('terms.text.noLobbyingForTariffs', { role });
    case 'treasuryFloor':
      return t('terms.text.treasuryFloor', { role, minPct: term.minPct });
  }
}

/** Roles by their short names, as a list in the reader's language ("Tokyo, White House"; "東京、ホワイトハウス"). */
export function roleList(t: TFunction, roles: readonly string[]): string {
  return listOf(
    t,
    roles.map((role) => t(`roles.${role as 'tokyo'}.short`)),
  );
}

/**
 * Who closed a proposal (rejected or withdrew it), as the words after its status: " (White House)",
 * "（ホワイトハウス）" in Japanese's own brackets; none if open.
 */
export function closedByText(t: TFunction, proposal: Pick<Proposal, 'closedBy'>): string {
  return proposal.closedBy ? t('deals.closedBy', { role: t(`roles.${proposal.closedBy}.short`) }) : '';
}
