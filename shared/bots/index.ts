import type { PlayerView } from '../game/player-view.ts';
import type { Term } from '../protocol/deals.ts';
import { DEFAULT_SCENARIO } from '../scenario/japan-2025.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { BotContext } from './context.ts';
import { answerProposals, makeProposal } from './negotiation.ts';
import { submitSheet } from './sheet.ts';
import { openings, replies, talkActions } from './talk/index.ts';
import type { BotAction, BotProfile } from './types.ts';
import { signalledThisRound, statementAction, voiceActions } from './voice/index.ts';

export { BOT_REASONS_EN, formatReason } from './reasons.ts';
export * from './types.ts';

export interface BotOptions {
  /** The scenario the game plays (its model, scoring and standing sheets); the default scenario if omitted. */
  scenario?: Scenario;
}

/**
 * What a bot does now, from its own seat's view. Pure and idempotent: the same view gives the same
 * actions, and once they are applied the new view shows them done, so nothing is repeated. At most one
 * signal and one offer per round, an answer to each statement that concerns it (voice/); each open proposal addressed to it answered once; one sheet per
 * decide phase. `seed` is the game's seed: a bot's dice never touch the game's own.
 */
export function botActions(
  view: PlayerView,
  profile: BotProfile,
  seed: number,
  options: BotOptions = {},
): BotAction[] {
  if (!view.you || view.paused) return [];
  const context: BotContext = {
    view,
    scenario: options.scenario ?? DEFAULT_SCENARIO,
    profile,
    role: view.you.role,
    seed,
    memo: new Map(),
  };
  // Private answers come first: a person who asked waits on them, so they get the shortest delay.
  switch (view.phase) {
    case 'briefing':
      return talkActions(context);
    case 'news':
      return compact([...talkActions(context), newsStatement(context)]);
    case 'negotiate': {
      // A proposal the bot makes now goes before the message that tells its counterparts of it.
      const proposal = makeProposal(context);
      const proposing = proposal?.command.type === 'deal:propose' ? proposal.command.proposal : null;
      return compact([
        ...replies(context),
        ...voiceActions(context),
        ...answerProposals(context),
        proposal,
        ...openings(context, proposing),
      ]);
    }
    case 'decide': {
      const answers = answerProposals(context);
      const signing = answers.flatMap((action) => acceptedTerms(context, action));
      return compact([
        ...talkActions(context),
        ...voiceActions(context),
        ...answers,
        submitSheet(context, signing),
      ]);
    }
    default:
      return [];
  }
}

function compact(actions: readonly (BotAction | null)[]): BotAction[] {
  return actions.filter((action): action is BotAction => action !== null);
}

function acceptedTerms(context: BotContext, action: BotAction): Term[] {
  if (action.command.type !== 'deal:accept') return [];
  const { proposalId } = action.command;
  return context.view.proposals.find((proposal) => proposal.id === proposalId)?.terms ?? [];
}

/**
 * The news phase: a bot speaks only to a rumour that fired this round. Tokyo denies it, unless it is a
 * hawk or an opportunist who lets a free rumour do its work; a hawkish White House calls it a bluff.
 */
function newsStatement(context: BotContext): BotAction | null {
  const { view, scenario, role, profile } = context;
  if (signalledThisRound(context)) return null;
  const rumour = view.shocksFired.some(
    (fired) =>
      fired.round === view.round &&
      scenario.shocks.find((shock) => shock.id === fired.shockId)?.kind === 'rumour',
  );
  if (!rumour) return null;
  if (role === 'tokyo' && (profile.personality === 'dove' || profile.personality === 'titForTat')) {
    return statementAction(context, {
      signal: 'denial',
      phrase: 'say.tokyo.reportWrong',
      reason: { key: 'bot.news.denyRumour' },
    });
  }
  if (role === 'whiteHouse' && profile.personality === 'hawk') {
    return statementAction(context, {
      signal: 'callBluff',
      phrase: 'say.whiteHouse.cannotAffordToLose',
      reason: { key: 'bot.news.callRumourBluff' },
    });
  }
  return null;
}
