import type { ProposalTerms, Term } from '../../protocol/deals.ts';
import { signatoriesOf } from '../../protocol/deals.ts';
import type { RoleId } from '../../roles.ts';
import type { BotContext } from '../context.ts';
import { playbook, signingTest } from '../negotiation.ts';

/**
 * The terms a bot names in private: those it would sign now, by the very test it signs proposals by.
 * It looks first at its own offer, then along a ladder of the trade its pair of roles can make, from
 * the terms kindest to the counterpart to the toughest, and names the first that passes with room to
 * spare (the market ticks between the answer and the proposal). A hawk skips the first and names the
 * next: it calls that its final offer, though it would have signed less.
 */

/** Projected score the named terms must clear beyond the bot's threshold, so a tick or two does not undo them. */
export const NAMING_MARGIN = 0.3;
const DURATION = 2;
const STEPS = [0, 1, 2, 3, 4] as const;
const CAPS = [10, 12, 15, 18, 20];
const PLEDGES = [200, 300, 400, 550, 550];
const PASS_THROUGH = [50, 40, 30, 20, 10];
const FLOORS = [60, 50, 40, 30, 20];

const cap = (maxPct: number): Term => ({
  kind: 'tariffCap',
  role: 'whiteHouse',
  maxPct,
  includesAutos: true,
});
const noSales: Term = { kind: 'noNetSales', role: 'tokyo' };
const pledge = (amountBn: number): Term => ({ kind: 'investmentPledge', role: 'tokyo', amountBn });
const passThrough = (maxPct: number): Term => ({ kind: 'passThroughCap', role: 'usBusiness', maxPct });
const floor = (minPct: number): Term => ({ kind: 'treasuryFloor', role: 'investors', minPct });

/**
 * Step `step` of the trade between the White House and Tokyo, the White House and business, or Tokyo and
 * the investors, as the White House, Tokyo or business (step 0 kindest to it) would take it.
 */
function tradeAt(pair: string, step: number): Term[] | null {
  const up = step;
  const down = STEPS.length - 1 - step;
  switch (pair) {
    case 'whiteHouse>tokyo': // tougher for Tokyo: a higher cap and a larger pledge
      return [cap(CAPS[up]!), noSales, pledge(PLEDGES[up]!)];
    case 'tokyo>whiteHouse':
      return [cap(CAPS[down]!), noSales, pledge(PLEDGES[down]!)];
    case 'whiteHouse>usBusiness': // tougher for business: a higher cap and less of it passed on
      return [cap(CAPS[up]!), passThrough(PASS_THROUGH[up]!)];
    case 'usBusiness>whiteHouse':
      return [cap(CAPS[down]!), passThrough(PASS_THROUGH[down]!)];
    case 'investors>tokyo': // tougher for Tokyo: a lower floor for its promise not to sell
      return [noSales, floor(FLOORS[up]!)];
    case 'tokyo>investors':
      return [noSales, floor(FLOORS[down]!)];
    default:
      return null;
  }
}

function candidates(context: BotContext, counterpart: RoleId): ProposalTerms[] {
  const list: ProposalTerms[] = [];
  const own = playbook(context).proposal(context);
  if (own && signatoriesOf(own.proposal.terms, context.role).includes(counterpart)) list.push(own.proposal);
  for (const step of STEPS) {
    const terms = tradeAt(`${context.role}>${counterpart}`, step);
    if (terms) list.push({ terms, durationRounds: DURATION });
  }
  return list;
}

/** Whether the bot would sign `terms` from `counterpart` now, with `NAMING_MARGIN` to spare. */
export function signsWithRoom(context: BotContext, counterpart: RoleId, terms: readonly Term[]): boolean {
  const test = signingTest(context, counterpart, terms);
  const gain = test.projection.withDeal - test.projection.withoutDeal;
  return test.signs && gain - test.needed >= NAMING_MARGIN;
}

/** The terms the bot would sign with `counterpart` now, or null when none passes its test. */
export function termsToName(context: BotContext, counterpart: RoleId): ProposalTerms | null {
  const hawk = context.profile.personality === 'hawk';
  // Tried in order, and no further than the terms it names: each test projects the market with and
  // without the deal, and the rest of the ladder would not change the answer.
  const wanted = hawk ? 2 : 1;
  const passing: ProposalTerms[] = [];
  for (const proposal of candidates(context, counterpart)) {
    if (!signsWithRoom(context, counterpart, proposal.terms)) continue;
    passing.push(proposal);
    if (passing.length === wanted) break;
  }
  return (hawk ? (passing[1] ?? passing[0]) : passing[0]) ?? null;
}
