import type { Breach, Deal, Proposal } from '../../../shared/game/state.ts';

/** How a deal's story ends on the debrief. */
export type StoryEnding = 'inForce' | 'breached' | 'breachedUnseen' | 'expired';

/**
 * A deal's last line follows its breaches, not only its status: the status turns to "breached" only
 * when a breach goes public, and a Treasury sale late in the game is reported after the game is over,
 * so its deal still reads "expired" while the debrief already shows the breach.
 */
export function storyEnding(deal: Deal, breaches: readonly Breach[]): StoryEnding {
  if (deal.status === 'breached') return 'breached';
  if (breaches.some((breach) => breach.dealId === deal.id)) return 'breachedUnseen';
  return deal.status;
}

/**
 * Proposals that never became deals: refused, withdrawn, lapsed, and those still waiting for a
 * signature when the game ended. A signed proposal is a deal; a countered one lives on in its counter.
 */
export function neverSigned(proposals: readonly Proposal[]): Proposal[] {
  return proposals.filter((proposal) => proposal.status !== 'signed' && proposal.status !== 'countered');
}
