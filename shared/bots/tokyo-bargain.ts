import type { OwnSeat, PlayerView } from '../game/player-view.ts';
import type { Proposal } from '../game/state.ts';
import { initialBooks } from '../market/initial.ts';
import { MAX_DEAL_ROUNDS, type ProposalTerms, type Term } from '../protocol/deals.ts';
import type { MoveFor } from '../protocol/moves.ts';
import type { Scenario } from '../scenario/schema.ts';
import { type BotContext, remembered } from './context.ts';
import { signingTest } from './negotiation.ts';
import { ownSeat } from './reading.ts';
import { NAMING_MARGIN } from './talk/terms.ts';
import { readWhiteHouse } from './tokyo-look-ahead.ts';

/**
 * How a hard Tokyo bargains. An easy Tokyo offers its temper's standard terms and signs the White House's
 * own offer (the July 2025 shape: 15–18% for $550bn pledged) as soon as it projects a gain; so did a hard
 * one, and the deal decided three games of four whatever Tokyo's level (issue 8, tk8). A skilled negotiator
 * asks for the cheapest terms the other side will sign: a hard Tokyo reads the White House's temper from
 * its public record (readWhiteHouse), puts itself in the White House's seat as far as the public record
 * shows it, and asks the terms that White House's own signing test accepts (negotiation.ts), cheapest for
 * Japan first. A White House offer it would sign it answers with those terms instead when they are cheaper,
 * and terms the White House has refused it does not ask again: it concedes a step.
 */

/**
 * The caps a hard Tokyo asks, from the universal baseline every partner paid through the 2025 pause (the
 * model's pause rate; no partner settled below it) to the July 2025 deal's 15%, and the pledges it puts
 * beside them, from none to the deal's $550bn.
 */
function capsAsked(scenario: Scenario): number[] {
  const baseline = scenario.model.pauseTariffPct;
  return [baseline, baseline + 2, baseline + 5];
}
const PLEDGES_ASKED_BN = [0, 100, 200, 300, 400, 550];

/** What one point of a component is worth in Tokyo's total, per unit of its metric, from the scenario's rules. */
function pointsPerUnit(scenario: Scenario, metric: string): number {
  const rule = scenario.scoring.tokyo.find((component) => component.metric === metric);
  return rule ? (rule.weight * 50) / rule.mapping.scale : 0;
}

/**
 * What terms cost Japan in its own score at first sight: every point of tariff the cap leaves, and the share
 * of a pledge that is paid for at home (pledgeCostShare). Orders the asks, cheapest first.
 */
function costToTokyo(scenario: Scenario, capPct: number, pledgeBn: number): number {
  return (
    capPct * pointsPerUnit(scenario, 'effectiveTariffPct') +
    pledgeBn * scenario.model.pledgeCostShare * pointsPerUnit(scenario, 'tokyoPnlAfterCommitmentsBn')
  );
}

function termsOf(capPct: number, pledgeBn: number): Term[] {
  return [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: capPct, includesAutos: true },
    { kind: 'noNetSales', role: 'tokyo' },
    ...(pledgeBn > 0 ? [{ kind: 'investmentPledge' as const, role: 'tokyo' as const, amountBn: pledgeBn }] : []),
  ];
}

function capOf(terms: readonly Term[]): number | null {
  const cap = terms.find((term) => term.kind === 'tariffCap');
  return cap?.kind === 'tariffCap' ? cap.maxPct : null;
}

function pledgeOf(terms: readonly Term[]): number {
  return terms.reduce((sum, term) => sum + (term.kind === 'investmentPledge' ? term.amountBn : 0), 0);
}

/**
 * The White House's seat as Tokyo can see it: the tariff, pause and tone it announced, the approval it
 * started with (its book is its own), the public record and Tokyo's channels with it. Nothing of Tokyo's
 * own secrets goes in: the holdings stay as the report shows them.
 */
function whiteHouseSeatSeen(view: PlayerView, scenario: Scenario): PlayerView {
  const mine = ownSeat(view);
  const policy = view.publicPolicy;
  const start = scenario.standingMoves.whiteHouse as MoveFor<'whiteHouse'>;
  const seat: OwnSeat = {
    role: 'whiteHouse',
    brief: mine.brief,
    book: initialBooks(scenario).whiteHouse,
    standingMove: {
      ...start,
      tariffPct: policy.tariffPct,
      autoTariffPct: policy.autoTariffPct,
      pause: policy.pause,
      stance: policy.stance,
    },
    submittedMove: null,
    score: mine.score,
  };
  return { ...view, you: seat };
}

/** The White House as a hard Tokyo reads it: its seat as seen, the temper its record shows, a hard player's horizon. */
function whiteHouseAsRead(context: BotContext): BotContext {
  return remembered(context, 'tokyo:whiteHouseAsRead', () => ({
    view: whiteHouseSeatSeen(context.view, context.scenario),
    scenario: context.scenario,
    profile: { personality: readWhiteHouse(context.view, context.scenario), level: 'hard' },
    role: 'whiteHouse',
    seed: context.seed,
    memo: new Map(),
  }));
}

/** The caps and pledges the White House has refused from Tokyo this game: asking them again would be refused again. */
function refusedByWhiteHouse(view: PlayerView): { cap: number; pledge: number }[] {
  return view.proposals
    .filter((proposal) => proposal.proposer === 'tokyo' && proposal.status === 'rejected')
    .flatMap((proposal) => {
      const cap = capOf(proposal.terms);
      return cap === null ? [] : [{ cap, pledge: pledgeOf(proposal.terms) }];
    });
}

/**
 * The cheapest terms a hard Tokyo asks now: the first, cheapest for Japan, that the White House as read
 * signs with room to spare (the market ticks before it answers) and Tokyo itself signs, never terms as
 * cheap as or cheaper than some the White House refused. Null when none passes both.
 */
export function bargainedTerms(context: BotContext): ProposalTerms | null {
  return remembered(context, 'tokyo:bargain', () => {
    const { view, scenario } = context;
    const refused = refusedByWhiteHouse(view);
    const asks = capsAsked(scenario)
      .flatMap((cap) => PLEDGES_ASKED_BN.map((pledge) => ({ cap, pledge })))
      .filter(({ cap, pledge }) => !refused.some((no) => cap <= no.cap && pledge <= no.pledge))
      .sort((a, b) => costToTokyo(scenario, a.cap, a.pledge) - costToTokyo(scenario, b.cap, b.pledge));
    const whiteHouse = whiteHouseAsRead(context);
    for (const { cap, pledge } of asks) {
      const terms = termsOf(cap, pledge);
      const theirs = signingTest(whiteHouse, 'tokyo', terms);
      const room = theirs.projection.withDeal - theirs.projection.withoutDeal - theirs.needed;
      if (!theirs.signs || room < NAMING_MARGIN) continue;
      if (!signingTest(context, 'whiteHouse', terms).signs) continue;
      // A deal that runs to the end of the game: relief that lapses is relief bought twice.
      const durationRounds = Math.max(3, Math.min(MAX_DEAL_ROUNDS, view.rounds - Math.max(1, view.round) + 1));
      return { terms, durationRounds };
    }
    return null;
  });
}

/**
 * Terms a hard Tokyo puts back instead of signing the White House's offer: its bargained terms, when they
 * cost Japan less than the offer does. The offer's other terms (farm purchases, no retaliation) count as
 * nothing here: they cost Tokyo little, and the cap and the pledge are what the deal is about.
 */
export function betterThanOffer(context: BotContext, offer: Proposal): ProposalTerms | null {
  if (context.profile.level !== 'hard' || offer.proposer !== 'whiteHouse') return null;
  const offeredCap = capOf(offer.terms);
  if (offeredCap === null) return null;
  const mine = bargainedTerms(context);
  if (!mine) return null;
  const { scenario } = context;
  const myCost = costToTokyo(scenario, capOf(mine.terms) ?? offeredCap, pledgeOf(mine.terms));
  return myCost < costToTokyo(scenario, offeredCap, pledgeOf(offer.terms)) ? mine : null;
}
