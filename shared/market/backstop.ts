import type { ModelParams } from './params.ts';
import { addToYield, clamp, type MarketDraft, movePanic } from './transmission.ts';
import type { Headline, MarketState } from './types.ts';

/**
 * Central banks as the market's backstop (Williams 2013; D'Amico & King 2013; BoE, September 2022): when
 * the 10y jumps more than a trigger within a round, or panic runs very high while the 10y is rising (a
 * market that is failing, as in March 2020, not a flight to quality into Treasuries, which needs no help),
 * they announce purchases. A share lands on the announcement; the rest a round later. The purchases are a
 * temporary operation, not a new policy stance (the BoE bought £19bn of a £65bn line and stopped on
 * 14 October 2022; gilt yields rose back within weeks), so the fall is a flow effect that fades like any
 * other flow: it never moves the lasting anchor, and repeated panics cannot ratchet the 10y down.
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
  // Panic alone is not a failing bond market: with the 10y falling, Treasuries are the haven (April 2025).
  const triggered =
    riseBp > params.backstopRiseTriggerBp || (panic > params.backstopPanicTrigger && riseBp > 0);
  // Undo the disorderly part: the rise beyond the trigger, and the yield panic beyond its trigger adds.
  const raw =
    params.backstopMinBp +
    Math.max(0, riseBp - params.backstopRiseTriggerBp) +
    params.sellAmericaBpPerPanicPt * Math.max(0, panic - params.backstopPanicTrigger);
  return {
    fire: rested && triggered,
    sizeBp: clamp(raw, params.backstopMinBp, params.backstopMaxBp),
    riseBp,
  };
}

/**
 * Announce a backstop of `sizeBp`: a share now, the rest pending so that the 10y stands `sizeBp` lower a
 * round later; `panicRelief` points off the gauge.
 */
export function announceBackstop(
  draft: MarketDraft,
  sizeBp: number,
  panicRelief: number,
  params: ModelParams,
): Headline {
  const nowBp = sizeBp * params.backstopAnnouncementShare;
  const internals = draft.internals;
  // The announced part fades with next round's carry-over before the rest lands; the rest makes up what that
  // fading takes, so the two rounds together bring the whole size (mapping 4: "a third to a half on
  // announcement, the rest a round later") rather than a total short by the fade.
  const announcedLeftNextRound = nowBp * (1 - params.transientFadePerRound);
  internals.pendingBackstopBp = internals.pendingBackstopBp + (sizeBp - announcedLeftNextRound);
  internals.backstops = internals.backstops + 1;
  internals.lastBackstopRound = internals.currentRound;
  internals.lastBackstopBp = sizeBp;
  addToYield(draft, { transient: -nowBp }, params);
  if (panicRelief !== 0) movePanic(draft, -panicRelief, params);
  return { key: 'news.backstop', params: { bp: Math.round(sizeBp) } };
}

/** The rest of last round's backstop lands, as a flow that fades from next round on. */
export function landPendingBackstop(draft: MarketDraft, params: ModelParams): Headline | undefined {
  const pending = draft.internals.pendingBackstopBp;
  if (pending <= 0) return undefined;
  draft.internals.pendingBackstopBp = 0;
  addToYield(draft, { transient: -pending }, params);
  return { key: 'news.backstopFollowThrough', params: { bp: Math.round(pending) } };
}
