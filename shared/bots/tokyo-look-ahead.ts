import type { PlayerView } from '../game/player-view.ts';
import type { MarketState } from '../market/types.ts';
import type { MoveSet } from '../protocol/moves.ts';
import type { Scenario } from '../scenario/schema.ts';
import { concessionOn, reportShowsBacking, tokyoHasThreatened } from './concession.ts';
import { type BotContext, remembered } from './context.ts';
import type { SheetLookAhead } from './projection.ts';
import type { Personality } from './types.ts';

/**
 * How far a hard Tokyo looks ahead, and what it expects Washington to answer. A sale is seen by the White
 * House only when the holdings report shows it, two rounds later, and a pledge only once it is on Tokyo's
 * public sheet: a look-ahead of one round saw what pressure and pledges cost and never what they buy, so
 * a hard Tokyo played no better than its rule of thumb (hard − easy −0.1 points, issue 8). It now projects
 * until a sale made now could be answered and, between them, lets the White House answer by the one concession rule every
 * White House bot follows (concession.ts), for the temper its public record shows.
 */

/**
 * Rounds a hard Tokyo projects a sheet over: a sale made in round r is published by the holdings report at
 * the end of round r + lag, Washington answers it in the sheet of the round after, and Tokyo sees the cut
 * in that round's score: lag + 2 rounds in all (4 in the default scenario).
 */
function horizonOf(scenario: Scenario): number {
  return scenario.holdingsReportLagRounds + 2;
}

/**
 * The White House temper its public record fits best, as Tokyo reads it from the tariff it charges, its
 * stance and what it has said: a dove speaks softly and keeps the tariff; a hawk raises it and calls
 * threats bluffs; an opportunist sets it a point over the start and calls a bluff the market doubts; the
 * rest answer in kind. Read as a person across the table would: it can be wrong, and a White House that
 * plays against type will be misread.
 */
export function readWhiteHouse(view: PlayerView, scenario: Scenario): Personality {
  const said = view.statements.filter((statement) => statement.from === 'whiteHouse');
  const count = (signal: string) => said.filter((statement) => statement.signal === signal).length;
  const tough = count('hawkish') + count('callBluff');
  const policy = view.publicPolicy;
  const start = scenario.standingMoves.whiteHouse;
  const startPct = start.role === 'whiteHouse' ? Math.max(start.tariffPct, start.autoTariffPct) : 24;
  const tariff = Math.max(policy.tariffPct, policy.autoTariffPct);
  if (policy.stance === 'conciliatory' || (count('conciliatory') > 0 && tough === 0)) return 'dove';
  if (tariff === startPct + 1 || (count('callBluff') > 0 && count('hawkish') === 0)) return 'opportunist';
  // A hawk speaks every round it can; tit-for-tat raises only in answer to hostility, in steps.
  const speaksEveryRound = said.length >= Math.max(1, view.round);
  if (tariff >= startPct + 5 && (speaksEveryRound || policy.stance === 'hawkish')) return 'hawk';
  if (tough > 0 && speaksEveryRound) return 'hawk';
  return 'titForTat';
}

/** The White House's sheet after a projected round: cut to its concession if Tokyo's pressure or pledges earn one. */
function whiteHouseAnswer(
  context: BotContext,
  personality: Personality,
): (market: MarketState, moves: MoveSet) => MoveSet {
  const { scenario, view } = context;
  const threatened = tokyoHasThreatened(view);
  return (market, moves) => {
    const whiteHouse = moves.whiteHouse;
    const facts = {
      threatBacked: threatened && reportShowsBacking(market.reportedHoldingsBn, scenario),
      yieldBp: (market.yield10y - scenario.startingMarket.yield10y) * 100,
      pledgesBn: moves.tokyo.investmentPledgeBn + moves.tokyo.farmPurchasesBn,
    };
    const now = Math.max(whiteHouse.tariffPct, whiteHouse.autoTariffPct);
    const concession = concessionOn(facts, personality, now);
    if (!concession || concession.tariffPct >= now) return moves;
    return {
      ...moves,
      whiteHouse: {
        ...whiteHouse,
        tariffPct: Math.min(whiteHouse.tariffPct, concession.tariffPct),
        autoTariffPct: Math.min(whiteHouse.autoTariffPct, concession.tariffPct),
        stance: 'neutral',
      },
    };
  };
}

/** A hard Tokyo's look-ahead for its sheet: until Washington could answer (no further than the game). */
export function tokyoLookAhead(context: BotContext): SheetLookAhead {
  const { view, scenario } = context;
  const rounds = Math.max(1, Math.min(horizonOf(scenario), view.rounds - Math.max(1, view.round) + 1));
  const personality = remembered(context, 'whiteHouseRead', () => readWhiteHouse(view, scenario));
  return { rounds, answer: whiteHouseAnswer(context, personality) };
}
