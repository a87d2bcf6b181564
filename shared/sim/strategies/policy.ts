import type { BotAction } from '../../bots/types.ts';
import type { PlayerView } from '../../game/player-view.ts';
import type { ProposalTerms } from '../../protocol/deals.ts';
import type { MoveFor } from '../../protocol/moves.ts';
import type { Signal } from '../../protocol/statements.ts';
import type { RoleId } from '../../roles.ts';
import type { SeatPlayer } from '../headless.ts';

/**
 * A scripted strategy: a fixed way of playing one seat, pure in its view like a bot, but with no judgement
 * at all. The strategy audit plays each against the bots to find the corners of the model and the scoring:
 * a scripted policy that beats the best bot, or doing nothing that scores close to it, is a balance bug.
 */
export interface ScriptedPolicy<R extends RoleId = RoleId> {
  name: string;
  role: R;
  /** The sealed sheet for this round, from the seat's standing sheet; null hands in none (the standing sheet plays). */
  sheet?: (view: PlayerView, standing: MoveFor<R>) => MoveFor<R> | null;
  /** A public signal to send once in each negotiation. */
  statement?: (view: PlayerView) => Signal | null;
  /** How it answers a proposal that names it: sign everything, refuse everything, or leave it open. */
  answers?: 'acceptAll' | 'refuseAll';
  /** An offer to put on the table once in a round's negotiation. */
  offer?: (view: PlayerView) => ProposalTerms | null;
}

/** The same round parity for every seat: flip-flops alternate from round 1. */
export const oddRound = (view: PlayerView): boolean => view.round % 2 === 1;

/** The statement's words are for people; the audit only needs the signal, so the text names it. */
const SCRIPTED_TEXT: Record<Signal, string> = {
  none: 'No comment.',
  hint: 'We know what our holdings are worth, and so does Washington.',
  threat: 'Japan is ready to sell US Treasuries if the tariff stays.',
  denial: 'Japan has no plan to sell US Treasuries.',
  hawkish: 'The tariff stays until Japan opens its market.',
  neutral: 'We are talking, and we will see.',
  conciliatory: 'We want a fair deal with a close ally.',
  callBluff: 'Tokyo will not sell. It is a bluff.',
  bullish: 'Our research sees US stocks higher.',
  bearish: 'Our research sees US stocks lower.',
  warnLayoffs: 'These tariffs will cost American jobs.',
  warnPrices: 'Shoppers will pay for these tariffs.',
};

function reason(policy: { name: string }): BotAction['reason'] {
  return { key: 'sim.scripted', params: { policy: policy.name } };
}

/** What a scripted seat does now: like a bot, the same view gives the same actions, and done ones are not repeated. */
export function seatPlayerOf<R extends RoleId>(policy: ScriptedPolicy<R>): SeatPlayer {
  return (view) => {
    const you = view.you;
    if (!you || view.paused || you.role !== policy.role) return [];
    const actions: BotAction[] = [];
    if (view.phase === 'negotiate') {
      const signal = policy.statement?.(view) ?? null;
      const said = view.statements.some((said) => said.from === policy.role && said.round === view.round);
      if (signal && !said) {
        actions.push({
          command: { type: 'chat:statement', statement: { text: SCRIPTED_TEXT[signal], signal } },
          reason: reason(policy),
        });
      }
      const offered = view.proposals.some(
        (open) => open.proposer === policy.role && open.round === view.round,
      );
      const terms = offered ? null : (policy.offer?.(view) ?? null);
      if (terms) actions.push({ command: { type: 'deal:propose', proposal: terms }, reason: reason(policy) });
    }
    if (view.phase === 'negotiate' || view.phase === 'decide') actions.push(...answersOf(policy, view));
    if (view.phase === 'decide' && !you.submittedMove && policy.sheet) {
      const move = policy.sheet(view, you.standingMove as MoveFor<R>);
      if (move) actions.push({ command: { type: 'move:submit', move }, reason: reason(policy) });
    }
    return actions;
  };
}

function answersOf(policy: Pick<ScriptedPolicy, 'name' | 'role' | 'answers'>, view: PlayerView): BotAction[] {
  const answers = policy.answers;
  if (!answers) return [];
  return view.proposals
    .filter(
      (proposal) =>
        proposal.status === 'open' &&
        proposal.proposer !== policy.role &&
        proposal.signatories.includes(policy.role) &&
        !proposal.signedBy.includes(policy.role),
    )
    .map((proposal) => ({
      command: { type: answers === 'acceptAll' ? 'deal:accept' : 'deal:reject', proposalId: proposal.id },
      reason: reason(policy),
    }));
}
