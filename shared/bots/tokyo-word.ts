import { netTreasurySalesBn } from '../market/net-sales.ts';
import type { TokyoMove } from '../protocol/moves.ts';
import { tokyoHasThreatened } from './concession.ts';
import { type BotContext, remembered, type StatementChoice } from './context.ts';
import { openForMe, signingTest } from './negotiation.ts';
import { tariffCapInForce } from './reading.ts';
import { type BestSheet, bestSheet, HABIT_MARGIN, plannedBest } from './sheet.ts';

/**
 * What a hard Tokyo says in public. The holdings report judges every word and the market remembers: a
 * threat never backed costs `threatNotBackedPenalty`, every repeat of one not yet judged
 * `credibilityPerCheapTalk`, a denial a sale contradicts `credibilityPerBrokenWord`. So a hard Tokyo denies
 * only what the sheet it would hand in bears out, and makes the threat its temper would not when its
 * look-ahead says a backed threat pays. The threats its temper makes it keeps making: holding a hard hawk
 * to backed threats alone (no repeat of a standing threat, none while signing a no-net-sales deal) raised
 * it 55.3 -> 57.2 and its share of paired wins 52% -> 65% (issue 8, tk8), past the audit's 60%.
 * An easy Tokyo never comes here: it speaks as a beginner (tokyo-beginner.ts).
 */
export function hardWord(
  context: BotContext,
  temper: StatementChoice | null,
  threaten: () => StatementChoice,
): StatementChoice | null {
  if (context.profile.level !== 'hard') return temper;
  if (temper?.signal === 'threat') return temper;
  if (temper?.signal === 'denial')
    return saleOnceSaid(context, 'denial') >= backingBn(context) ? null : temper;
  return threatThatPays(context, threaten) ?? temper;
}

/** The backing minimum: a sale of at least a skipped month of auctions (holdings-report.ts). */
function backingBn(context: BotContext): number {
  return context.scenario.model.skipAuctionsBn;
}

/**
 * A threat the hard Tokyo can back: none of its own stands (a standing threat still counts with Washington;
 * saying it again only wears credibility down), it is not signing an offer that binds it to no net sales,
 * and the sheet it would hand in once the threat is said sells at least the backing minimum.
 */
function backedThreat(context: BotContext): boolean {
  if (tokyoHasThreatened(context.view) || settlingNow(context)) return false;
  return saleOnceSaid(context, 'threat') >= backingBn(context);
}

/**
 * A threat its temper would not make (a tit-for-tat Tokyo treated well, an opportunist while its hints are
 * believed), made when the look-ahead says it pays: the White House it reads gives ground to a threat it
 * sees backed (concession.ts), so the sheet chosen once the threat stands backs it and projects better, by
 * the margin a hard bot asks before leaving its habit, than the best sheet without it. Never under a cap
 * Tokyo has won. The dove never threatens: it stays a dove.
 */
function threatThatPays(context: BotContext, threaten: () => StatementChoice): StatementChoice | null {
  if (context.profile.personality === 'dove' || tariffCapInForce(context.view) !== null) return null;
  if (!backedThreat(context)) return null;
  const threatened = onceSaid(context, 'threat');
  const without = plannedBest(context);
  if (threatened.projected === null || without.projected === null) return null;
  if (threatened.projected < without.projected + HABIT_MARGIN) return null;
  const round1 = (value: number) => Math.round(value * 10) / 10;
  return {
    ...threaten(),
    reason: {
      key: 'bot.tokyo.sayBackedThreat',
      params: { projected: round1(threatened.projected), without: round1(without.projected) },
    },
  };
}

/** An offer on the table binds Tokyo to no net sales and Tokyo signs it: a threat now could not be backed. */
function settlingNow(context: BotContext): boolean {
  return openForMe(context).some(
    (proposal) =>
      proposal.terms.some((term) => term.kind === 'noNetSales') &&
      signingTest(context, proposal.proposer, proposal.terms).signs,
  );
}

/**
 * The sheet a hard Tokyo would hand in once it has said `signal`, with what it projects: its look-ahead
 * reads the words on the public record (a standing threat is what Washington's concession rule answers),
 * so the sheet is chosen as if they had been said.
 */
function onceSaid(context: BotContext, signal: 'threat' | 'denial'): BestSheet {
  const { view } = context;
  const said = {
    id: `planned-${signal}`,
    at: 0,
    round: view.round,
    from: 'tokyo' as const,
    text: '',
    signal,
  };
  const supposing = {
    ...context,
    view: { ...view, statements: [...view.statements, said] },
    memo: new Map(),
  };
  return remembered(context, `tokyo:onceSaid:${signal}`, () => bestSheet(supposing));
}

function saleOnceSaid(context: BotContext, signal: 'threat' | 'denial'): number {
  return netTreasurySalesBn(onceSaid(context, signal).move as TokyoMove, context.scenario.model);
}
