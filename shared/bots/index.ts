import type { PlayerView } from '../game/player-view.ts';
import type { Term } from '../protocol/deals.ts';
import type { RoleId } from '../roles.ts';
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
  const context = contextOf(view, options.scenario ?? DEFAULT_SCENARIO, profile, view.you.role, seed);
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

/** A decision's context: one literal, so that every context has one hidden class. */
function contextOf(
  view: PlayerView,
  scenario: Scenario,
  profile: BotProfile,
  role: RoleId,
  seed: number,
): BotContext {
  return { view, scenario, profile, role, seed, memo: new Map() };
}

// V8 gives a number field the representation of the first value stored in it, and a game seed is any
// 32-bit unsigned number: a small integer below 2^31, a boxed double above. A process whose first seeds
// were small (`npm run simulate -- --seed 42`: its first 60 games) changed every context's hidden class at
// the first large one, and the thirty-odd optimised functions that read a context were thrown away and
// compiled again. This context, never used, makes the field a double from the start.
contextOf(
  null as unknown as PlayerView,
  DEFAULT_SCENARIO,
  { personality: 'hawk', level: 'easy' },
  'tokyo',
  2 ** 32 - 1,
);

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
