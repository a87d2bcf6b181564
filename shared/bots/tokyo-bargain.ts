import type { OwnSeat, PlayerView } from '../game/player-view.ts';
import type { Proposal } from '../game/state.ts';
import { initialBooks } from '../market/initial.ts';
import type { ProposalTerms, Term } from '../protocol/deals.ts';
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

/** The pledges a hard Tokyo puts beside a cap, from none to the July 2025 deal's $550bn, cheapest first. */
const PLEDGES_ASKED_BN = [0, 100, 200, 300, 400, 550];

/** The same terms with the investment pledge set to `pledgeBn` (none at 0). */
function withPledge(terms: readonly Term[], pledgeBn: number): Term[] {
  const others = terms.filter((term) => term.kind !== 'investmentPledge');
  return pledgeBn > 0 ? [...others, { kind: 'investmentPledge', role: 'tokyo', amountBn: pledgeBn }] : others;
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
 * The terms with the smallest pledge a hard Tokyo asks beside their cap: the first, from none up to what the
 * terms already name, that the White House as read signs with room to spare (the market ticks before it
 * answers) and Tokyo itself signs, never a pledge as small as one the White House refused with as low a cap.
 * Null when none passes both below the pledge the terms name.
 */
export function cheapestPledge(context: BotContext, terms: readonly Term[]): Term[] | null {
  const cap = capOf(terms);
  if (cap === null) return null;
  const named = pledgeOf(terms);
  const refused = refusedByWhiteHouse(context.view);
  const whiteHouse = whiteHouseAsRead(context);
  for (const pledge of PLEDGES_ASKED_BN) {
    if (pledge >= named) break;
    if (refused.some((no) => cap <= no.cap && pledge <= no.pledge)) continue;
    const asked = withPledge(terms, pledge);
    const theirs = signingTest(whiteHouse, 'tokyo', asked);
    const room = theirs.projection.withDeal - theirs.projection.withoutDeal - theirs.needed;
    if (!theirs.signs || room < NAMING_MARGIN) continue;
    if (signingTest(context, 'whiteHouse', asked).signs) return asked;
  }
  return null;
}

/** A hard Tokyo's own offer: its temper's cap, for the smallest pledge the White House as read signs. */
export function bargainedOffer(context: BotContext, offer: ProposalTerms): ProposalTerms {
  if (context.profile.level !== 'hard') return offer;
  const terms = remembered(context, 'tokyo:bargain', () => cheapestPledge(context, offer.terms));
  return terms ? { ...offer, terms } : offer;
}

/**
 * Terms a hard Tokyo puts back instead of signing the White House's offer: the same terms for a smaller
 * pledge, when the White House as read signs them.
 */
export function betterThanOffer(context: BotContext, offer: Proposal): ProposalTerms | null {
  if (context.profile.level !== 'hard' || offer.proposer !== 'whiteHouse') return null;
  const terms = remembered(context, `tokyo:counter:${offer.id}`, () => cheapestPledge(context, offer.terms));
  return terms ? { terms, durationRounds: offer.durationRounds } : null;
}
