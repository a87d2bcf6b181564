import type { ModelParams } from './params.ts';
import { addYieldBp, clamp, shiftPanic } from './transmission.ts';
import type { Headline, MarketState } from './types.ts';

/**
 * Central banks as the market's backstop (Williams 2013; D'Amico & King 2013; BoE, September 2022): when
 * the 10y jumps more than a trigger within a round or panic runs too high, they announce purchases. A share
 * lands on the announcement; the rest a round later. The fall is a lasting stock effect, so it moves the anchor.
 */

export interface BackstopCheck {
  fire: boolean;
  sizeBp: number;
  riseBp: number;
}

/** `peakPanic`: the highest panic seen in the round's resolution (before the week's fading). */
export function checkBackstop(
  market: MarketState,
  peakPanic: number,
  round: number,
  params: ModelParams,
): BackstopCheck {
  const internals = market.internals;
  const panic = Math.max(peakPanic, market.panic);
  const riseBp = (market.yield10y - internals.roundStartYield10y) * 100;
  const rested =
    internals.lastBackstopRound === 0 || round - internals.lastBackstopRound >= params.backstopCooldownRounds;
  const triggered = riseBp > params.backstopRiseTriggerBp || panic > params.backstopPanicTrigger;
  const raw =
    params.backstopBaseBp +
    params.backstopPerExcessBp * Math.max(0, riseBp - params.backstopRiseTriggerBp) +
    params.backstopPerPanicPt * Math.max(0, panic - params.backstopPanicTrigger);
  return {
    fire: rested && triggered,
    sizeBp: clamp(raw, params.backstopMinBp, params.backstopMaxBp),
    riseBp,
  };
}

/** Announce a backstop of `sizeBp`: part of it now, the rest pending; `panicRelief` points off the gauge. */
export function announceBackstop(
  market: MarketState,
  sizeBp: number,
  panicRelief: number,
  params: ModelParams,
): { market: MarketState; headline: Headline } {
  const nowBp = sizeBp * params.backstopAnnouncementShare;
  const internals = market.internals;
  let next: MarketState = {
    ...market,
    internals: {
      ...internals,
      pendingBackstopBp: internals.pendingBackstopBp + (sizeBp - nowBp),
      backstops: internals.backstops + 1,
      lastBackstopRound: internals.currentRound,
      lastBackstopBp: sizeBp,
    },
  };
  next = addYieldBp(next, { anchor: -nowBp }, params);
  if (panicRelief !== 0) next = shiftPanic(next, -panicRelief, params);
  return { market: next, headline: { key: 'news.backstop', params: { bp: Math.round(sizeBp) } } };
}

/** The rest of last round's backstop lands. */
export function landPendingBackstop(
  market: MarketState,
  params: ModelParams,
): { market: MarketState; headline?: Headline } {
  const pending = market.internals.pendingBackstopBp;
  if (pending <= 0) return { market };
  const cleared: MarketState = { ...market, internals: { ...market.internals, pendingBackstopBp: 0 } };
  return {
    market: addYieldBp(cleared, { anchor: -pending }, params),
    headline: { key: 'news.backstopFollowThrough', params: { bp: Math.round(pending) } },
  };
}
