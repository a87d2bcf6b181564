import type { UsBusinessMove } from '../protocol/moves.ts';
import type { PhraseKey } from '../protocol/phrases.ts';
import {
  type BotContext,
  botRng,
  type RolePlaybook,
  type SheetChoice,
  type StatementChoice,
} from './context.ts';
import {
  ownSeat,
  standing,
  tariffCapInForce,
  tariffNow,
  whiteHouseHostility,
  yieldChangeBp,
} from './reading.ts';

/**
 * US businesses' playbook. The hawk lobbies hard, passes costs on and hedges; the dove absorbs and
 * waits; tit-for-tat answers the White House's last move; the opportunist lobbies hardest when the White
 * House looks ready to fold and passes costs on while prices are rising anyway.
 */

function sheet(context: BotContext, changes: Partial<UsBusinessMove>): UsBusinessMove {
  return { ...standing(context.view, 'usBusiness'), supplyChainShift: false, ...changes };
}

/** Start moving supply chains once, early, when the tariff looks here to stay. */
function shouldShift(context: BotContext): boolean {
  const book = ownSeat(context.view).book as { supplyChainReadyInRounds?: number };
  const underWay = (book.supplyChainReadyInRounds ?? 0) > 0;
  return (
    !underWay &&
    context.view.round <= 2 &&
    tariffNow(context.view) > 20 &&
    tariffCapInForce(context.view) === null
  );
}

function hedgeFor(context: BotContext, base: number): number {
  // Lock in borrowing when yields have started to climb.
  return Math.min(100, base + (yieldChangeBp(context.view, context.scenario) > 20 ? 30 : 0));
}

function ruleSheet(context: BotContext): SheetChoice<'usBusiness'> {
  const { view, scenario, profile } = context;
  const tariff = Math.round(tariffNow(view));
  const hostility = whiteHouseHostility(view, scenario);
  switch (profile.personality) {
    case 'hawk':
      return {
        move: sheet(context, {
          lobbyingSpendM: 300,
          lobbyingDirection: 'againstTariffs',
          passThroughPct: 60,
          rateHedgePct: hedgeFor(context, 50),
          supplyChainShift: shouldShift(context),
        }),
        reason: { key: 'bot.business.fight', params: { tariff, spend: 300 } },
      };
    case 'dove':
      return {
        move: sheet(context, {
          lobbyingSpendM: 50,
          lobbyingDirection: 'againstTariffs',
          passThroughPct: 25,
          rateHedgePct: hedgeFor(context, 20),
        }),
        reason: { key: 'bot.business.absorb', params: { tariff } },
      };
    case 'titForTat': {
      const hostile = hostility > 0.5;
      const spend = hostile ? 200 : 0;
      return {
        move: sheet(context, {
          lobbyingSpendM: spend,
          lobbyingDirection: 'againstTariffs',
          passThroughPct: hostile ? 50 : 25,
          rateHedgePct: hedgeFor(context, hostile ? 40 : 20),
          supplyChainShift: hostile && shouldShift(context),
        }),
        reason: {
          key: hostile ? 'bot.business.mirrorHostile' : 'bot.business.mirrorFriendly',
          params: { tariff },
        },
      };
    }
    case 'opportunist': {
      // A White House that has started to give ground is worth lobbying; prices already rising hide a pass-through.
      const wavering = hostility < 0 || view.publicPolicy.pause;
      const spend = wavering ? 400 : 100;
      const passThroughPct = view.market.consumerPrices > 100.5 ? 70 : 40;
      return {
        move: sheet(context, {
          lobbyingSpendM: spend,
          lobbyingDirection: 'againstTariffs',
          passThroughPct,
          rateHedgePct: hedgeFor(context, 30),
        }),
        reason: { key: 'bot.business.exploit', params: { spend, passThrough: passThroughPct } },
      };
    }
  }
}

/** Lobbying, pass-through and hedge a hard business weighs, within its temperament. */
const OPTIONS_BY_PERSONALITY: Record<string, readonly (readonly [number, number, number])[]> = {
  hawk: [
    [200, 40, 50],
    [400, 70, 80],
  ],
  dove: [
    [0, 15, 20],
    [100, 35, 40],
  ],
  titForTat: [
    [0, 25, 20],
    [200, 50, 50],
  ],
  opportunist: [
    [100, 30, 30],
    [400, 60, 60],
  ],
};

function alternatives(context: BotContext): SheetChoice<'usBusiness'>[] {
  return (OPTIONS_BY_PERSONALITY[context.profile.personality] ?? []).map(([spend, passThrough, hedge]) => ({
    move: sheet(context, {
      lobbyingSpendM: spend,
      lobbyingDirection: 'againstTariffs',
      passThroughPct: passThrough,
      rateHedgePct: hedge,
    }),
    reason: { key: 'bot.business.projected', params: { spend, passThrough } },
  }));
}

const PHRASES: Record<'warnLayoffs' | 'warnPrices', readonly PhraseKey[]> = {
  warnLayoffs: ['say.usBusiness.cutJobs', 'say.usBusiness.plantsLayoffs'],
  warnPrices: ['say.usBusiness.payAtTill', 'say.usBusiness.pricesUp'],
};

function say(context: BotContext, signal: 'warnLayoffs' | 'warnPrices', key: string): StatementChoice {
  const phrase = botRng(context, 'statement').pick(PHRASES[signal]);
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
