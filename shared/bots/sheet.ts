import { acceptsNow } from '../game/command-phases.ts';
import type { Headline } from '../market/types.ts';
import { extended, sameData } from '../plain-data.ts';
import type { Term } from '../protocol/deals.ts';
import type { MoveSheet } from '../protocol/moves.ts';
import type { RoleId } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import { type BotContext, type RolePlaybook, remembered, type SheetChoice } from './context.ts';
import { playbookFor } from './playbooks.ts';
import { complying, plannedSheet, projectScore } from './projection.ts';
import { isLastRound, myDealsInForce } from './reading.ts';
import type { BotAction } from './types.ts';

/**
 * The sealed sheet. An easy bot hands in its personality's rule sheet; a hard bot projects that sheet and
 * a few alternatives with the market model and hands in the best, keeping its usual play on a near tie.
 * Either way it keeps the deals it has signed, except an opportunist in the last round of a game whose
 * deals are not binding.
 */

/** A hard bot sticks to its personality's play unless another option projects this much better. */
export const HABIT_MARGIN = 0.5;

const round1 = (value: number) => Math.round(value * 10) / 10;

function breaksWord(context: BotContext): boolean {
  return (
    context.profile.personality === 'opportunist' && !context.view.bindingDeals && isLastRound(context.view)
  );
}

/** The sheet as the bot hands it in: in line with its deals, unless it is breaking its word. */
function keeping(move: MoveSheet, breaking: boolean, terms: readonly Term[], scenario: Scenario): MoveSheet {
  return breaking ? move : complying(move, terms, scenario);
}

export function chooseSheet(context: BotContext, signingNow: readonly Term[] = []): SheetChoice {
  const best = signingNow.length === 0 ? plannedBest(context) : bestSheet(context, signingNow);
  if (best.projected === null) return withDeals(context, best.choice, best.move);
  const projected = round1(best.projected);
  const reason: Headline = best.word
    ? {
        key: best.word.reason.key,
        params: extended(best.word.reason.params ?? {}, { projected, forgone: round1(best.word.forgone) }),
      }
    : best.index === 0
      ? { key: 'bot.hard.keepPlan', params: { count: best.candidates, projected } }
      : { key: best.choice.reason.key, params: extended(best.choice.reason.params ?? {}, { projected }) };
  return withDeals(context, { move: best.move, reason }, best.move);
}

/** The sheet a bot would hand in and, for a hard bot, what it projects for it (null for an easy bot). */
export interface BestSheet {
  choice: SheetChoice;
  move: MoveSheet;
  projected: number | null;
  /** Its place among the candidates (0: the rule sheet), and how many there were. */
  index: number;
  candidates: number;
  /** Set when the bot's word this round (`givenWord`) kept it from a sheet projecting `forgone` points better. */
  word?: { reason: Headline; forgone: number };
}

/**
 * The sheet the bot would hand in on this view, signing nothing new, worked out once per decision: its words
 * read it (voice/situation.ts, tokyo-word.ts), so what it says it will do is the sheet it hands in.
 */
export function plannedBest(context: BotContext): BestSheet {
  return remembered(context, 'bestSheet', () => bestSheet(context));
}

export function bestSheet(context: BotContext, signingNow: readonly Term[] = []): BestSheet {
  const { role, scenario } = context;
  const playbook = playbookFor(role) as RolePlaybook<RoleId>;
  const terms = [...myDealsInForce(context.view, role).flatMap((deal) => deal.terms), ...signingNow];
  const breaking = breaksWord(context);
  const rule = plannedSheet(context);
  if (context.profile.level === 'easy') {
    return {
      choice: rule,
      move: keeping(rule.move, breaking, terms, scenario),
      projected: null,
      index: 0,
      candidates: 1,
    };
  }

  const candidates = [rule, ...playbook.alternatives(context)];
  const lookAhead = playbook.sheetLookAhead?.(context) ?? { rounds: 1 };
  // What the bot said this round binds it while one of its options keeps it; signing a deal now frees it.
  const word = signingNow.length === 0 ? (playbook.givenWord?.(context) ?? null) : null;
  const start = {
    choice: rule,
    move: keeping(rule.move, breaking, terms, scenario),
    projected: Number.NEGATIVE_INFINITY,
    index: 0,
  };
  // The best option overall, and the best that keeps the bot's word (the same when it gave none).
  let best = start;
  let kept = start;
  const tried: MoveSheet[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const choice = candidates[index]!;
    const move = keeping(choice.move, breaking, terms, scenario);
    // Deals in force often fold alternatives into the same sheet: project each distinct sheet once.
    if (tried.some((earlier) => sameData(earlier, move))) continue;
    tried.push(move);
    const input = { rounds: lookAhead.rounds, answer: lookAhead.answer, own: move, purpose: 'sheet' };
    const projected = projectScore(context, input) + (index === 0 ? HABIT_MARGIN : 0);
    if (projected > best.projected) best = { choice, move, projected, index };
    if (word?.keeps(move) && projected > kept.projected) kept = { choice, move, projected, index };
  }
  const chosen = word && kept !== start ? kept : best;
  const margin = (option: { index: number }) => (option.index === 0 ? HABIT_MARGIN : 0);
  const forgone = best.projected - margin(best) - (chosen.projected - margin(chosen));
  return {
    choice: chosen.choice,
    move: chosen.move,
    projected: chosen.projected - margin(chosen),
    index: chosen.index,
    candidates: candidates.length,
    ...(word && chosen.index !== best.index ? { word: { reason: word.reason, forgone } } : {}),
  };
}

function withDeals(context: BotContext, choice: SheetChoice, move: MoveSheet): SheetChoice {
  if (breaksWord(context) && myDealsInForce(context.view, context.role).length > 0) {
    const kept = complying(
      move,
      myDealsInForce(context.view, context.role).flatMap((deal) => deal.terms),
      context.scenario,
    );
    if (!sameData(kept, move)) {
      return { move, reason: { key: 'bot.deal.breakLastRound' } };
    }
  }
  return { move, reason: choice.reason };
}

export function submitSheet(context: BotContext, signingNow: readonly Term[]): BotAction | null {
  if (!acceptsNow(context.view, 'move:submit') || context.view.you?.submittedMove) return null;
  const choice = chooseSheet(context, signingNow);
  return { command: { type: 'move:submit', move: choice.move }, reason: choice.reason };
}
