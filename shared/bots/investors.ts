import type { Allocation, InvestorsMove } from '../protocol/moves.ts';
import type { PhraseKey } from '../protocol/phrases.ts';
import { sheetWith } from '../protocol/sheet-copies.ts';
import type { Signal } from '../protocol/statements.ts';
import type { BotContext, RolePlaybook, SheetChoice, StatementChoice } from './context.ts';
import { BENCHMARK_MIX, sizedBet } from './fund-reading.ts';
import {
  lastRoundEquityChangePct,
  lastSignal,
  standing,
  tariffCapInForce,
  yieldChangeBp,
} from './reading.ts';
import { signalPhrase } from './voice/repeats.ts';

/**
 * The fund's playbook. The hawk bets on escalation (short duration, the yen, cash); the dove stays
 * invested and long-only; tit-for-tat follows last round's market; the opportunist fades a Treasury threat the
 * market believes more than Tokyo's record deserves, and buys risk when a deal binds. That is how an easy
 * fund plays; a hard one reads the gauges and sizes its bet (`hardSheet`).
 */

const RISK_OFF: Allocation = { treasuries: 20, yen: 30, usEquities: 30, japanEquities: 0, cash: 20 };
const RISK_ON: Allocation = { treasuries: 30, yen: 0, usEquities: 70, japanEquities: 20, cash: 0 };
const STEADY: Allocation = { treasuries: 30, yen: 0, usEquities: 60, japanEquities: 10, cash: 0 };
/** A steady hand when others panic: stays long-only, adds to stocks that fear has marked down. */
const BUY_THE_FEAR: Allocation = { treasuries: 20, yen: 0, usEquities: 75, japanEquities: 5, cash: 0 };
const STEADY_DEAL: Allocation = { treasuries: 30, yen: 0, usEquities: 65, japanEquities: 15, cash: 0 };
const TILTED: Allocation = { treasuries: 35, yen: 5, usEquities: 55, japanEquities: 5, cash: 0 };
const FADE_THE_SCARE: Allocation = { treasuries: 90, yen: 0, usEquities: 60, japanEquities: 0, cash: 0 };

function sheet(
  context: BotContext,
  allocation: Allocation,
  treasuryDuration: InvestorsMove['treasuryDuration'],
  researchNote: InvestorsMove['researchNote'],
): InvestorsMove {
  return sheetWith(standing(context.view, 'investors'), { allocation, treasuryDuration, researchNote });
}

/**
 * A hard fund's sheet: it reads the week off the model and the panic gauge (fund-reading.ts, `weekOutlook`)
 * and sizes its bet as its mandate pays for (`sizedBet`): a skilled manager of any temperament bets what the
 * mandate pays for, and a bolder or more careful bet was measured to lose to it in most games. Temperament
 * shows in its words and its deals; its note backs the bet it made on US stocks (the dove publishes none).
 */
function hardSheet(context: BotContext): SheetChoice<'investors'> {
  const { profile } = context;
  const bet = sizedBet(context);
  const usTilt = bet.allocation.usEquities - BENCHMARK_MIX.usEquities;
  const note =
    profile.personality === 'dove' || Math.abs(usTilt) < 30 ? 'none' : usTilt > 0 ? 'bullish' : 'bearish';
  return {
    move: sheet(context, bet.allocation, bet.duration, note),
    reason: {
      key: 'bot.investors.sizedBet',
      params: {
        edge: Math.round(bet.edgePct * 10) / 10,
        risk: Math.round(bet.stocksRiskPct * 10) / 10,
        tilt: usTilt,
        duration: bet.duration,
      },
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
        ? {
            move: sheet(context, BUY_THE_FEAR, 'long', 'none'),
            reason: { key: 'bot.investors.flightToQuality' },
          }
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
 * A hard fund weighs its bet itself (`sizedBet`, at each duration, with the risk the projection cannot see),
 * so it projects no alternatives: a projection without news would back whichever bet it points to in full.
 */
function alternatives(): SheetChoice<'investors'>[] {
  return [];
}

/** Tokyo's words that make a bet on escalation worth saying out loud. */
const ESCALATION_WORDS: ReadonlySet<Signal> = new Set<Signal>(['threat', 'hint']);

const PHRASES: Record<'bullish' | 'bearish', readonly PhraseKey[]> = {
  bullish: ['say.investors.seeValue', 'say.investors.selloffOverdone', 'say.investors.panicOverdone'],
  bearish: ['say.investors.yieldsRise', 'say.investors.cuttingRisk', 'say.investors.tenYearUp'],
};

function say(context: BotContext, signal: 'bullish' | 'bearish', key: string): StatementChoice {
  const phrase = signalPhrase(context, PHRASES[signal]);
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
      // Bearish when Tokyo's words give the escalation bet its reason, not as a refrain every round: said
      // every round, its own note lowered the market a little before each resolution and won it most of
      // its near-identical paired games (docs/game-design.md, investors).
      return deal || !ESCALATION_WORDS.has(lastSignal(view, 'tokyo'))
        ? null
        : say(context, 'bearish', 'bot.investors.sayBearish');
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
