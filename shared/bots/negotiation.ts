import { dealsInForce } from '../game/deals.ts';
import type { Proposal } from '../game/state.ts';
import type { Headline } from '../market/types.ts';
import { extended, sameData } from '../plain-data.ts';
import type { ProposalTerms, Term } from '../protocol/deals.ts';
import { makesADeal, signatoriesOf } from '../protocol/deals.ts';
import type { RoleId } from '../roles.ts';
import type { BotContext, RolePlaybook } from './context.ts';
import { projectDeal } from './deal-projection.ts';
import { playbookFor } from './playbooks.ts';
import { tariffNow, tokyoHostility, whiteHouseHostility } from './reading.ts';
import { type Stance, stanceTowards } from './talk/memory.ts';
import type { BotAction, Personality } from './types.ts';

/**
 * How a bot negotiates: it signs what raises its projected score by more than its temperament asks,
 * counters with its own offer when that would, and refuses the rest; it puts one offer on the table a
 * round at most.
 */

const round1 = (value: number) => Math.round(value * 10) / 10;
// Directed rounding to a tenth; the small slack keeps 1.2 from reading as 1.3 after float noise.
const roundUp1 = (value: number) => Math.ceil(value * 10 - 1e-9) / 10;
const roundDown1 = (value: number) => Math.floor(value * 10 + 1e-9) / 10;

/**
 * The terms each temperament is content with: the White House's lowest tariff cap, Tokyo's highest cap
 * and largest pledge, business's lowest pass-through cap, the fund's highest Treasury floor. Signing
 * below them is a concession the bot wants paid for in projected score.
 */
const RESERVATION: Record<
  Personality,
  { whCap: number; tokyoCap: number; pledgeBn: number; passThrough: number; floor: number }
> = {
  hawk: { whCap: 20, tokyoCap: 10, pledgeBn: 100, passThrough: 50, floor: 20 },
  dove: { whCap: 12, tokyoCap: 18, pledgeBn: 550, passThrough: 20, floor: 50 },
  titForTat: { whCap: 15, tokyoCap: 15, pledgeBn: 300, passThrough: 30, floor: 40 },
  opportunist: { whCap: 18, tokyoCap: 12, pledgeBn: 200, passThrough: 40, floor: 30 },
};

/**
 * A tariff cap Tokyo gives nothing for is relief handed to Japan for free: the White House prices it at
 * twice the cut from the tariff it charges now, whatever its reservation (concession.ts: it cuts only for
 * something Tokyo gives).
 */
const UNPAID_CAP_PRICE = 2;

/** How far the terms ask the bot to go beyond its reservation, in score points at full weight. */
function concession(context: BotContext, terms: readonly Term[]): number {
  const reservation = RESERVATION[context.profile.personality];
  const tokyoPays = terms.some((term) => term.role === 'tokyo');
  let points = 0;
  for (const term of terms) {
    if (term.kind === 'tariffCap' && context.role === 'whiteHouse')
      points += tokyoPays
        ? Math.max(0, reservation.whCap - term.maxPct)
        : UNPAID_CAP_PRICE * Math.max(0, tariffNow(context.view) - term.maxPct);
    if (term.kind === 'tariffCap' && context.role === 'tokyo')
      points += Math.max(0, term.maxPct - reservation.tokyoCap);
    if (term.kind === 'investmentPledge' && context.role === 'tokyo') {
      points += Math.max(0, term.amountBn - reservation.pledgeBn) / 100;
    }
    if (term.kind === 'passThroughCap' && context.role === 'usBusiness') {
      points += Math.max(0, reservation.passThrough - term.maxPct) / 10;
    }
    if (term.kind === 'treasuryFloor' && context.role === 'investors')
      points += Math.max(0, term.minPct - reservation.floor) / 10;
  }
  return points;
}

/** A counterpart looks weak when its words have stopped moving the market or the bonds are turning on it. */
function looksWeak(context: BotContext, counterpart: RoleId): boolean {
  const { market } = context.view;
  if (counterpart === 'whiteHouse') return market.panic > 30 || market.credibility.whiteHouse < 50;
  return market.credibility[counterpart] < 50;
}

/**
 * The least gain in projected score a bot wants before it signs: a base by temperament, plus a price
 * for every concession beyond its reservation. Hawks drive a hard bargain, doves pay for peace,
 * tit-for-tat bargains as hard as it was treated, and the opportunist presses a weak counterpart.
 */
function requiredGain(
  context: BotContext,
  counterpart: RoleId,
  terms: readonly Term[],
  stance = stanceOf(context, counterpart),
): number {
  return temperamentGain(context, counterpart, terms) + pressFor(stance);
}

/** What memory adds: an opportunist asks more of a breaker or of a counterpart that signs anything. */
function pressFor(stance: Stance): number {
  return stance.kind === 'press' ? stance.extraGain : 0;
}

function stanceOf(context: BotContext, counterpart: RoleId): Stance {
  return stanceTowards(context.view, context.role, context.profile.personality, counterpart);
}

function temperamentGain(context: BotContext, counterpart: RoleId, terms: readonly Term[]): number {
  const given = concession(context, terms);
  switch (context.profile.personality) {
    case 'hawk':
      return 1 + given;
    case 'dove':
      return -1 + 0.2 * given;
    case 'opportunist':
      return 0.5 + (looksWeak(context, counterpart) ? 1 : 0.4) * given;
    case 'titForTat': {
      const hostility =
        counterpart === 'tokyo'
          ? tokyoHostility(context.view, context.scenario)
          : counterpart === 'whiteHouse'
            ? whiteHouseHostility(context.view, context.scenario)
            : 0;
      return hostility > 0.5 ? 1 + given : 0.5 * given;
    }
  }
}

function proposedThisRound(context: BotContext): boolean {
  return context.view.proposals.some(
    (proposal) => proposal.proposer === context.role && proposal.round === context.view.round,
  );
}

/** Proposals waiting for this bot's answer. */
export function openForMe(context: BotContext): Proposal[] {
  return context.view.proposals.filter(
    (proposal) =>
      proposal.status === 'open' &&
      proposal.proposer !== context.role &&
      proposal.signatories.includes(context.role) &&
      !proposal.signedBy.includes(context.role),
  );
}

/**
 * The one test a bot signs by: the terms, put to it by `counterpart`, lift its projected score by at
 * least the gain its temperament and its memory of the counterpart ask; a counterpart it is punishing
 * for a breach gets nothing. Answers to proposals and the terms a bot names in private both ask it.
 */
export interface SigningTest {
  signs: boolean;
  projection: { withDeal: number; withoutDeal: number };
  needed: number;
  /** Set when the bot refuses because the counterpart broke a deal with it (the breach's round). */
  punishing: number | null;
}

export function signingTest(context: BotContext, counterpart: RoleId, terms: readonly Term[]): SigningTest {
  const projection = projectDeal(context, terms);
  const stance = stanceOf(context, counterpart);
  const needed = requiredGain(context, counterpart, terms, stance);
  const punishing = stance.kind === 'punish' ? stance.brokenInRound : null;
  const signs = punishing === null && projection.withDeal - projection.withoutDeal >= needed;
  return { signs, projection, needed, punishing };
}

/** Accept, counter or refuse each open proposal addressed to the bot, by projected score. */
export function answerProposals(context: BotContext): BotAction[] {
  const actions: BotAction[] = [];
  let mayCounter = !proposedThisRound(context);
  for (const proposal of openForMe(context)) {
    const test = signingTest(context, proposal.proposer, proposal.terms);
    const { projection: theirs, needed } = test;
    if (test.signs) {
      actions.push({
        command: { type: 'deal:accept', proposalId: proposal.id },
        reason: answerReason('accept', theirs, needed),
      });
      continue;
    }
    if (test.punishing !== null) {
      actions.push({
        command: { type: 'deal:reject', proposalId: proposal.id },
        reason: { key: 'bot.deal.rejectBreaker', params: { round: test.punishing } },
      });
      continue;
    }
    const counter = mayCounter ? counterOffer(context, proposal) : null;
    if (counter) {
      const { signs, projection: mine } = signingTest(context, proposal.proposer, counter.terms);
      if (signs && mine.withDeal > theirs.withDeal) {
        mayCounter = false;
        actions.push({
          command: { type: 'deal:counter', proposalId: proposal.id, proposal: counter },
          reason: {
            key: 'bot.deal.counter',
            params: { mine: round1(mine.withDeal), theirs: round1(theirs.withDeal) },
          },
        });
        continue;
      }
    }
    actions.push({
      command: { type: 'deal:reject', proposalId: proposal.id },
      reason: answerReason('reject', theirs, needed),
    });
  }
  return actions;
}

/**
 * Why the bot signed or refused, with its threshold said out loud: a refusal of a small gain only
 * makes sense next to the gain the bot asks for. Figures are rounded towards the decision (a refused
 * gain down, the gain asked for up), so the sentence never reads as if the numbers said otherwise.
 */
export function answerReason(
  answer: 'accept' | 'reject',
  projection: { withDeal: number; withoutDeal: number },
  needed: number,
): Headline {
  const gain = projection.withDeal - projection.withoutDeal;
  const scores = { without: round1(projection.withoutDeal), with: round1(projection.withDeal) };
  if (answer === 'accept') {
    return gain >= 0
      ? { key: 'bot.deal.accept', params: extended(scores, { gain: roundDown1(gain) }) }
      : {
          key: 'bot.deal.acceptAtCost',
          params: extended(scores, { loss: roundDown1(-gain), allowed: roundUp1(-needed) }),
        };
  }
  const loss = roundUp1(-gain);
  const asked = roundUp1(needed);
  if (asked > 0) {
    return gain >= 0
      ? { key: 'bot.deal.reject', params: extended(scores, { gain: roundDown1(gain), needed: asked }) }
      : { key: 'bot.deal.rejectLoss', params: extended(scores, { loss, needed: asked }) };
  }
  // A dove gives some projected score for peace; a tit-for-tat bot treated well gives nothing away.
  return asked < 0
    ? { key: 'bot.deal.rejectCost', params: extended(scores, { loss, allowed: -asked }) }
    : { key: 'bot.deal.rejectAnyLoss', params: extended(scores, { loss }) };
}

/** The bot's own offer, if it also binds the proposer (a counter must be something the proposer can sign). */
function counterOffer(context: BotContext, proposal: Proposal): ProposalTerms | null {
  const offer = playbook(context).proposal(context);
  if (!offer) return null;
  const parties = signatoriesOf(offer.proposal.terms, context.role);
  return parties.includes(proposal.proposer) ? offer.proposal : null;
}

export function playbook(context: BotContext): RolePlaybook<RoleId> {
  return playbookFor(context.role) as RolePlaybook<RoleId>;
}

/**
 * An offer already settled: every term it asks of the others is covered by a deal in force beyond this
 * round (a bot does not re-open what it has won; what it would give is not the point).
 */
export function alreadySettled(context: BotContext, terms: readonly Term[]): boolean {
  const { view } = context;
  const covered = new Set(
    dealsInForce(view, view.round + 1).flatMap((deal) => deal.terms.map((term) => term.kind)),
  );
  return terms.filter((term) => term.role !== context.role).every((term) => covered.has(term.kind));
}

/** The same offer, refused last round: making it again at once would only be refused again. */
export function refusedLastRound(context: BotContext, terms: readonly Term[]): boolean {
  return context.view.proposals.some(
    (proposal) =>
      proposal.proposer === context.role &&
      proposal.round === context.view.round - 1 &&
      proposal.status === 'rejected' &&
      sameData(proposal.terms, terms),
  );
}

/**
 * One new offer a round, in the negotiate phase, when nothing is waiting on the bot and the offer is not
 * already won. Offers follow the temperament's terms; it is the answers that weigh projected scores.
 */
export function makeProposal(context: BotContext): BotAction | null {
  const { view, role } = context;
  if (view.phase !== 'negotiate' || proposedThisRound(context)) return null;
  const pending = view.proposals.some(
    (proposal) => proposal.status === 'open' && proposal.signatories.includes(role),
  );
  if (pending) return null;
  const offer = playbook(context).proposal(context);
  if (
    !offer ||
    alreadySettled(context, offer.proposal.terms) ||
    refusedLastRound(context, offer.proposal.terms)
  ) {
    return null;
  }
  if (!makesADeal(offer.proposal.terms, role)) return null;
  return { command: { type: 'deal:propose', proposal: offer.proposal }, reason: offer.reason };
}
