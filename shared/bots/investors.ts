import { type Allocation, DURATIONS, type InvestorsMove } from '../protocol/moves.ts';
import type { PhraseKey } from '../protocol/phrases.ts';
import {
  type BotContext,
  botRng,
  type RolePlaybook,
  type SheetChoice,
  type StatementChoice,
} from './context.ts';
import { equityMomentum, selloffOdds, tiltedMix } from './fund-reading.ts';
import {
  lastRoundEquityChangePct,
  lastSignal,
  standing,
  tariffCapInForce,
  yieldChangeBp,
} from './reading.ts';

/**
 * The fund's playbook. The hawk bets on escalation (short duration, the yen, cash); the dove stays
 * invested and long-only; tit-for-tat follows last round's market; the opportunist fades a Treasury threat the
 * market believes more than Tokyo's record deserves, and buys risk when a deal binds. That is how an easy
 * fund plays; a hard one reads the gauges and sizes its bet (`hardSheet`).
 */

const RISK_OFF: Allocation = { treasuries: 20, yen: 30, usEquities: 30, japanEquities: 0, cash: 20 };
const RISK_ON: Allocation = { treasuries: 30, yen: 0, usEquities: 70, japanEquities: 20, cash: 0 };
const STEADY: Allocation = { treasuries: 30, yen: 0, usEquities: 60, japanEquities: 10, cash: 0 };
const STEADY_DEAL: Allocation = { treasuries: 30, yen: 0, usEquities: 65, japanEquities: 15, cash: 0 };
const TILTED: Allocation = { treasuries: 35, yen: 5, usEquities: 55, japanEquities: 5, cash: 0 };
/** A hard fund's bets at full size: the yen and cash against a sell-off, stocks on margin against calm. */
const SELLOFF_BET: Allocation = { treasuries: 10, yen: 50, usEquities: 20, japanEquities: 0, cash: 20 };
const CALM_BET: Allocation = { treasuries: 40, yen: 0, usEquities: 100, japanEquities: 30, cash: 0 };
const FADE_THE_SCARE: Allocation = { treasuries: 90, yen: 0, usEquities: 60, japanEquities: 0, cash: 0 };

function sheet(
  context: BotContext,
  allocation: Allocation,
  treasuryDuration: InvestorsMove['treasuryDuration'],
  researchNote: InvestorsMove['researchNote'],
): InvestorsMove {
  return { ...standing(context.view, 'investors'), allocation, treasuryDuration, researchNote };
}

/**
 * A hard fund's sheet: it reads the sell-off odds off the gauges (fund-reading.ts) and bets the way they
 * point, the yen and cash against a sell-off, stocks on margin against calm. The hawk always bets in full;
 * the opportunist switches as fast as the odds and bets what they are worth; the dove, a careful
 * benchmark-hugger, bets fully only on calm and half as much against a sell-off; tit-for-tat follows the
 * market's last move and the odds, half each. Its duration is then projected (see `alternatives`).
 */
function hardSheet(context: BotContext): SheetChoice<'investors'> {
  const { view, scenario, profile } = context;
  const odds = selloffOdds(view, scenario);
  const lean = profile.personality === 'titForTat' ? (-equityMomentum(view) + odds) / 2 : odds;
  const size =
    profile.personality === 'hawk'
      ? 1
      : profile.personality === 'dove'
        ? Math.min(1, 2 * Math.abs(lean)) / (lean > 0 ? 2 : 1)
        : Math.min(1, 2 * Math.abs(lean));
  const stressed = lean > 0;
  const allocation = tiltedMix(stressed ? SELLOFF_BET : CALM_BET, size);
  const duration = profile.personality === 'dove' ? 'medium' : stressed ? 'short' : 'long';
  const note = profile.personality === 'dove' || size < 0.3 ? 'none' : stressed ? 'bearish' : 'bullish';
  return {
    move: sheet(context, allocation, duration, note),
    reason: {
      key: stressed ? 'bot.investors.sizedSelloff' : 'bot.investors.sizedCalm',
      params: { odds: Math.round(Math.abs(lean) * 100), size: Math.round(size * 100) },
    },
  };
}

function ruleSheet(context: BotContext): SheetChoice<'investors'> {
  const { view, profile } = context;
  if (profile.level === 'hard') return hardSheet(context);
  const deal = tariffCapInForce(view) !== null;
  switch (profile.personality) {
    case 'hawk':
      return deal
        ? { move: sheet(context, RISK_ON, 'long', 'bullish'), reason: { key: 'bot.investors.riskOnDeal' } }
        : {
            move: sheet(context, RISK_OFF, 'short', 'bearish'),
            reason: { key: 'bot.investors.betEscalation' },
          };
    case 'dove':
      // A steady hand: stays invested, long-only, a little overweight stocks for the long run; lengthens
      // duration when fear drives money into bonds, adds a touch of Japan when a deal is in force.
      if (deal)
        return {
          move: sheet(context, STEADY_DEAL, 'medium', 'bullish'),
          reason: { key: 'bot.investors.steadyDeal' },
        };
      return view.market.panic > 25
        ? { move: sheet(context, STEADY, 'long', 'none'), reason: { key: 'bot.investors.flightToQuality' } }
        : { move: sheet(context, STEADY, 'medium', 'none'), reason: { key: 'bot.investors.steady' } };
    case 'titForTat': {
      const change = Math.round(lastRoundEquityChangePct(view) * 10) / 10;
      return change >= 0
        ? {
            move: sheet(context, RISK_ON, 'medium', 'bullish'),
            reason: { key: 'bot.investors.followUp', params: { change } },
          }
        : {
            move: sheet(context, RISK_OFF, 'short', 'bearish'),
            reason: { key: 'bot.investors.followDown', params: { change } },
          };
    }
    case 'opportunist': {
      const belief = view.market.sellingBelief;
      const credibility = view.market.credibility.tokyo;
      if (deal)
        return {
          move: sheet(context, RISK_ON, 'long', 'bullish'),
          reason: { key: 'bot.investors.riskOnDeal' },
        };
      // A scare priced beyond what Tokyo's record supports: lend into it and wait for the denial.
      if (belief > 0.35 && credibility < 55) {
        return {
          move: sheet(context, FADE_THE_SCARE, 'long', 'bullish'),
          reason: {
            key: 'bot.investors.fadeScare',
            params: { belief: Math.round(belief * 100), credibility: Math.round(credibility) },
          },
        };
      }
      // Nothing to exploit yet: a small tilt to risk, ready to move.
      return {
        move: sheet(context, TILTED, 'medium', 'none'),
        reason: { key: 'bot.investors.waitForMispricing' },
      };
    }
  }
}

/**
 * What a hard fund weighs: its sized mix at the other two durations. The model projects the round's
 * resolution well, but a mix is also held through the next round's talk, whose deals and scares no
 * projection can foresee; so the mix comes from reading the gauges and only the duration is projected.
 */
function alternatives(context: BotContext): SheetChoice<'investors'>[] {
  const rule = ruleSheet(context).move;
  return DURATIONS.filter((duration) => duration !== rule.treasuryDuration).map((duration) => ({
    move: { ...rule, treasuryDuration: duration },
    reason: { key: 'bot.investors.projectedDuration', params: { duration } },
  }));
}

const PHRASES: Record<'bullish' | 'bearish', readonly PhraseKey[]> = {
  bullish: ['say.investors.seeValue', 'say.investors.selloffOverdone'],
  bearish: ['say.investors.yieldsRise', 'say.investors.cuttingRisk'],
};

function say(context: BotContext, signal: 'bullish' | 'bearish', key: string): StatementChoice {
  const phrase = botRng(context, 'statement').pick(PHRASES[signal]);
  return {
    signal,
    phrase,
    reason: { key, params: { yieldBp: Math.round(yieldChangeBp(context.view, context.scenario)) } },
  };
}

function statement(context: BotContext): StatementChoice | null {
  const { view, profile } = context;
  if (view.phase !== 'negotiate') return null;
  const deal = tariffCapInForce(view) !== null;
  switch (profile.personality) {
    case 'hawk':
      return deal ? null : say(context, 'bearish', 'bot.investors.sayBearish');
    case 'dove':
      return view.market.panic > 30 ? say(context, 'bullish', 'bot.investors.sayCalm') : null;
    case 'titForTat':
      return lastRoundEquityChangePct(view) < -1 ? say(context, 'bearish', 'bot.investors.sayBearish') : null;
    case 'opportunist':
      return lastSignal(view, 'tokyo') === 'threat' && view.market.credibility.tokyo < 55
        ? say(context, 'bullish', 'bot.investors.sayFade')
        : null;
  }
}

/** Investors offer calm: they keep a floor of Treasuries if Tokyo promises not to sell. */
function proposal(context: BotContext) {
  const { view, profile } = context;
  if (profile.personality !== 'dove' && profile.personality !== 'opportunist') return null;
  if (view.market.sellingBelief < 0.3) return null;
  return {
    proposal: {
      terms: [
        { kind: 'noNetSales' as const, role: 'tokyo' as const },
        { kind: 'treasuryFloor' as const, role: 'investors' as const, minPct: 40 },
      ],
      durationRounds: 2,
    },
    reason: { key: 'bot.investors.offerFloor', params: { floor: 40 } },
  };
}

export const investorsPlaybook: RolePlaybook<'investors'> = { ruleSheet, alternatives, statement, proposal };
