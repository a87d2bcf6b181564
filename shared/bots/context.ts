import type { PlayerView } from '../game/player-view.ts';
import type { Headline } from '../market/types.ts';
import type { ProposalTerms } from '../protocol/deals.ts';
import type { MoveFor } from '../protocol/moves.ts';
import type { PhraseKey } from '../protocol/phrases.ts';
import type { Signal } from '../protocol/statements.ts';
import { createRng, type Rng, seedContinued, seedToState } from '../rng.ts';
import type { RoleId } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { SheetLookAhead } from './projection.ts';
import type { BotProfile } from './types.ts';

/** Everything a bot's decision reads: its view, the scenario it plays, its profile and its own dice. */
export interface BotContext {
  view: PlayerView;
  scenario: Scenario;
  profile: BotProfile;
  role: RoleId;
  seed: number;
  /** Results worked out once per decision (the rebuilt market, the no-deal projection). */
  memo: Map<string, unknown>;
}

/** A value computed once per decision: every caller within one `botActions` call shares it. */
export function remembered<T>(context: BotContext, key: string, compute: () => T): T {
  const known = context.memo.get(key);
  if (known !== undefined || context.memo.has(key)) return known as T;
  const value = compute();
  context.memo.set(key, value);
  return value;
}

/**
 * The bot's own dice for one decision: seeded by the game seed, the role, the round, the phase and what
 * is being decided, never by the game's rng state, so a bot's choice never shifts the market's draws.
 */
export function botRng(context: BotContext, purpose: string): Rng {
  // The decision's part of the seed is hashed once: a decision may draw for a dozen purposes.
  const decision = remembered(context, 'rng', () => {
    const { seed, role, view } = context;
    return seedToState(`${seed}:${role}:${view.round}:${view.phase}:`);
  });
  return createRng(seedContinued(decision, purpose));
}

/** A sheet the bot might hand in, and why. */
export interface SheetChoice<R extends RoleId = RoleId> {
  move: MoveFor<R>;
  reason: Headline;
}

export interface StatementChoice {
  signal: Signal;
  /** What the bot says, from the phrase book, so each screen can show it in its own language. */
  phrase: PhraseKey;
  reason: Headline;
  /** The public statement this one answers (bots/voice). */
  replyTo?: string;
}

export interface ProposalChoice {
  proposal: ProposalTerms;
  reason: Headline;
}

/** One role's playbook: its rule sheet, the alternatives a hard bot weighs, its words and its offer. */
export interface RolePlaybook<R extends RoleId> {
  /** The rule-of-thumb sheet for this personality (an easy bot hands it in as is). */
  ruleSheet(context: BotContext): SheetChoice<R>;
  /** A few alternatives a hard bot projects against the rule sheet. */
  alternatives(context: BotContext): SheetChoice<R>[];
  /** A public statement this round, or none. */
  statement(context: BotContext): StatementChoice | null;
  /** The deal this role would put on the table now, or none. */
  proposal(context: BotContext): ProposalChoice | null;
  /** How a hard bot projects its sheets (projection.ts); one round, the others standing still, if omitted. */
  sheetLookAhead?(context: BotContext): SheetLookAhead;
  /**
   * What the bot has said this round about the sheet it will hand in, while it still binds it: a hard bot
   * hands in a sheet that keeps it whenever one of its options does (sheet.ts). None if omitted.
   */
  givenWord?(context: BotContext): GivenWord<R> | null;
}

/** A bot's word about its own sheet this round: which sheets keep it, and the reason given when it binds. */
export interface GivenWord<R extends RoleId> {
  keeps(move: MoveFor<R>): boolean;
  /** Completed with `projected` and `forgone` (the points the word costs against the best option). */
  reason: Headline;
}
