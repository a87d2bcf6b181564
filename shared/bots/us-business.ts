import { tariffContested } from '../market/economy.ts';
import type { Books } from '../market/types.ts';
import type { UsBusinessMove } from '../protocol/moves.ts';
import type { PhraseKey } from '../protocol/phrases.ts';
import { sheetWith } from '../protocol/sheet-copies.ts';
import { exclusionRoom, exclusionSpendM, readHedgePct, shiftNow } from './business-reading.ts';
import type { BotContext, RolePlaybook, SheetChoice, StatementChoice } from './context.ts';
import {
  lastRoundTariffChangePp,
  ownSeat,
  standing,
  tariffCapInForce,
  tariffNow,
  whiteHouseHostility,
  yieldChangeBp,
} from './reading.ts';
import { signalPhrase } from './voice/repeats.ts';

/**
 * US businesses' playbook. The hawk lobbies, passes costs on and hedges heavily when it hedges; the dove
 * absorbs and waits; tit-for-tat answers the White House's last move; the opportunist lobbies only when the
 * White House looks ready to fold and passes costs on while prices are rising anyway. Hard bots also read
 * the situation before buying protection (business-reading.ts).
 */

function sheet(context: BotContext, changes: Partial<UsBusinessMove>): UsBusinessMove {
  return sheetWith(sheetWith(standing(context.view, 'usBusiness'), { supplyChainShift: false }), changes);
}

/** What a temperament does by habit: its pass-through, lobbying, and the hedge it would hold at risk. */
interface Habit {
  passThroughPct: number;
  lobbyingSpendM: number;
  hedgeAtRiskPct: number;
  reason: SheetChoice<'usBusiness'>['reason'];
}

/** An easy business moves supply chains by rule of thumb: early, while the tariff is high and uncapped. */
function habitualShift(context: BotContext): boolean {
  const book = ownSeat(context.view).book as Books['usBusiness'];
  const underWay = book.supplyChainReadyInRounds > 0;
  return (
    !underWay &&
    context.view.round <= 2 &&
    tariffNow(context.view) > 20 &&
    tariffCapInForce(context.view) === null
  );
}

/** The habitual hedge: its temperament's share, more once yields have already climbed (too late, often). */
function habitualHedge(context: BotContext, base: number): number {
  return Math.min(100, base + (yieldChangeBp(context.view, context.scenario) > 20 ? 30 : 0));
}

/**
 * A temperament's lobbying, while there is a tariff to contest. Even by habit, no business pays lobbyists
 * to fight the baseline every trading partner pays (economy.ts, `tariffContested`): there it buys nothing.
 */
function habitualSpendM(context: BotContext, spendM: number): number {
  return tariffContested(tariffNow(context.view), context.scenario.model) ? spendM : 0;
}

/** A tariff move smaller than this (pp of the effective tariff) is no move: headlines round it to a tenth. */
const TARIFF_MOVE_PP = 0.1;

const MIRROR_REASONS = {
  hostile: 'bot.business.mirrorHostile',
  friendly: 'bot.business.mirrorFriendly',
  steady: 'bot.business.mirrorSteady',
} as const;

/**
 * What tit-for-tat answers: the tariff's direction over the last round first (a rise is hostile, a cut
 * friendly, whatever the words), and with the tariff unmoved, the White House's hostility (its words, its
 * tone, its tariff against the first day's).
 */
function washingtonsLastMove(context: BotContext, hostility: number): keyof typeof MIRROR_REASONS {
  const change = lastRoundTariffChangePp(context.view, context.scenario);
  if (change > TARIFF_MOVE_PP) return 'hostile';
  if (change < -TARIFF_MOVE_PP) return 'friendly';
  return hostility > 0.5 ? 'hostile' : hostility < -0.5 ? 'friendly' : 'steady';
}

function habitOf(context: BotContext): Habit {
  const { view, scenario, profile } = context;
  const tariff = Math.round(tariffNow(view));
  const hostility = whiteHouseHostility(view, scenario);
  switch (profile.personality) {
    case 'hawk': {
      const spend = habitualSpendM(context, 100);
      return {
        passThroughPct: 40,
        lobbyingSpendM: spend,
        hedgeAtRiskPct: 70,
        reason: { key: 'bot.business.fight', params: { tariff, spend } },
      };
    }
    case 'dove':
      return {
        passThroughPct: 15,
        lobbyingSpendM: habitualSpendM(context, 50),
        hedgeAtRiskPct: 40,
        reason: { key: 'bot.business.absorb', params: { tariff } },
      };
    case 'titForTat': {
      const mirrored = washingtonsLastMove(context, hostility);
      const hostile = mirrored === 'hostile';
      return {
        passThroughPct: hostile ? 50 : 25,
        lobbyingSpendM: habitualSpendM(context, hostile ? 200 : 0),
        hedgeAtRiskPct: hostile ? 60 : 40,
        reason: { key: MIRROR_REASONS[mirrored], params: { tariff } },
      };
    }
    case 'opportunist': {
      // A White House that has started to give ground is worth lobbying; prices already rising hide a pass-through.
      const wavering = hostility < 0 || view.publicPolicy.pause;
      const spend = habitualSpendM(context, wavering && exclusionRoom(context) > 0 ? 200 : 0);
      const passThroughPct = view.market.consumerPrices > 100.5 ? 45 : 30;
      return {
        passThroughPct,
        lobbyingSpendM: spend,
        hedgeAtRiskPct: 50,
        reason: { key: 'bot.business.exploit', params: { spend, passThrough: passThroughPct } },
      };
    }
  }
}

/**
 * The hedge and the supply chain: an easy business sets them by habit (its temperament's hedge, bought
 * whatever the weather, and a shift whenever the tariff is high early on); a hard one reads the situation
 * (business-reading.ts): it hedges when a sell-off is brewing and shifts while the tariff looks lasting.
 */
function protection(
  context: BotContext,
  habit: Habit,
): Pick<UsBusinessMove, 'rateHedgePct' | 'supplyChainShift'> {
  if (context.profile.level === 'hard') {
    return { rateHedgePct: readHedgePct(context, habit.hedgeAtRiskPct), supplyChainShift: shiftNow(context) };
  }
  const shifts = context.profile.personality === 'hawk' || context.profile.personality === 'titForTat';
  return {
    rateHedgePct: habitualHedge(context, Math.round(habit.hedgeAtRiskPct / 2)),
    supplyChainShift: shifts && habitualShift(context),
  };
}

/**
 * Lobbying: an easy business spends by temperament; a hard one spends what the exclusions it can still win
 * are worth (business-reading.ts), whatever its temperament: the public pressure goes to every business
 * alike, the exclusions to the lobbyist alone.
 */
function lobbyingOf(context: BotContext, habit: Habit): number {
  return context.profile.level === 'hard' ? exclusionSpendM(context) : habit.lobbyingSpendM;
}

function ruleSheet(context: BotContext): SheetChoice<'usBusiness'> {
  const habit = habitOf(context);
  return {
    move: sheet(context, {
      lobbyingSpendM: lobbyingOf(context, habit),
      lobbyingDirection: 'againstTariffs',
      passThroughPct: habit.passThroughPct,
      ...protection(context, habit),
    }),
    reason: habit.reason,
  };
}

/**
 * How far from its habit a hard business will move its prices in a round: customers notice a jump, and a
 * temperament that absorbs does not become one that passes everything on because a projection says so.
 * Its lobbying is not among the options: a round's projection sees the spend but not the exclusions,
 * which arrive the round after, so the spend is read instead (`exclusionSpendM`).
 */
const PASS_THROUGH_REACH_PP = 10;

function passThroughOptions(habit: Habit): number[] {
  return [habit.passThroughPct - PASS_THROUGH_REACH_PP, habit.passThroughPct + PASS_THROUGH_REACH_PP].map(
    (pct) => Math.min(100, Math.max(0, pct)),
  );
}

function alternatives(context: BotContext): SheetChoice<'usBusiness'>[] {
  const habit = habitOf(context);
  const kept = protection(context, habit);
  const spend = lobbyingOf(context, habit);
  return passThroughOptions(habit).map((passThrough) => ({
    move: sheet(context, {
      lobbyingSpendM: spend,
      lobbyingDirection: 'againstTariffs',
      passThroughPct: passThrough,
      ...kept,
    }),
    reason: { key: 'bot.business.projected', params: { spend, passThrough } },
  }));
}

const PHRASES: Record<'warnLayoffs' | 'warnPrices', readonly PhraseKey[]> = {
  warnLayoffs: ['say.usBusiness.cutJobs', 'say.usBusiness.plantsLayoffs', 'say.usBusiness.jobsAt'],
  warnPrices: ['say.usBusiness.payAtTill', 'say.usBusiness.pricesUp', 'say.usBusiness.pricesAt'],
};

function say(context: BotContext, signal: 'warnLayoffs' | 'warnPrices', key: string): StatementChoice {
  const phrase = signalPhrase(context, PHRASES[signal]);
  return { signal, phrase, reason: { key, params: { tariff: Math.round(tariffNow(context.view)) } } };
}

function statement(context: BotContext): StatementChoice | null {
  const { view, scenario, profile } = context;
  if (view.phase !== 'negotiate' || tariffCapInForce(view) !== null) return null;
  switch (profile.personality) {
    case 'hawk':
      return say(context, 'warnLayoffs', 'bot.business.sayLayoffs');
    case 'dove':
      return tariffNow(view) > 20 ? say(context, 'warnPrices', 'bot.business.sayPrices') : null;
    case 'titForTat':
      return whiteHouseHostility(view, scenario) > 0.5
        ? say(context, 'warnPrices', 'bot.business.sayPrices')
        : null;
    case 'opportunist':
      return whiteHouseHostility(view, scenario) < 0
        ? say(context, 'warnLayoffs', 'bot.business.sayLayoffs')
        : null;
  }
}

/** Business offers Washington restraint on prices for a lower tariff. */
function proposal(context: BotContext) {
  const { view, profile } = context;
  if (tariffNow(view) <= 15 || (profile.personality === 'hawk' && view.round < 2)) return null;
  const maxPct = profile.personality === 'dove' ? 18 : 15;
  const passThrough = profile.personality === 'hawk' ? 50 : 30;
  return {
    proposal: {
      terms: [
        { kind: 'tariffCap' as const, role: 'whiteHouse' as const, maxPct, includesAutos: true },
        { kind: 'passThroughCap' as const, role: 'usBusiness' as const, maxPct: passThrough },
        { kind: 'noLobbyingForTariffs' as const, role: 'usBusiness' as const },
      ],
      durationRounds: 2,
    },
    reason: { key: 'bot.business.offerDeal', params: { maxPct, passThrough } },
  };
}

export const usBusinessPlaybook: RolePlaybook<'usBusiness'> = {
  ruleSheet,
  alternatives,
  statement,
  proposal,
};
