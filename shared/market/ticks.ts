import type { Rng } from '../rng.ts';
import type { ModelParams } from './params.ts';
import { addToYield, draftOf, movePanic, moveStocks, moveYen, settleYield } from './transmission.ts';
import type { MarketState } from './types.ts';

/**
 * The market while people talk. Noise is a random walk whose standard deviation grows with √dt and signal
 * and panic effects decay exponentially in dt, so the distribution after a minute does not depend on
 * whether it came in thirty ticks of 2 s or two of 30 s. Always five draws per tick, in the same order.
 */
export function tickMarket(
  market: MarketState,
  dtSeconds: number,
  rng: Rng,
  params: ModelParams,
): MarketState {
  const yieldDraw = rng.normal();
  const usDraw = rng.normal();
  const japanDraw = rng.normal();
  const usdJpyDraw = rng.normal();
  const panicDraw = rng.normal();
  if (!(dtSeconds > 0) || !Number.isFinite(dtSeconds)) return market;
  // Each series' tick noise is a share of its round noise: the same week's news, arriving while people talk.
  const perRound = params.tickNoiseSharePerSqrtMinute * Math.sqrt(dtSeconds / 60);
  // Words and fear fade at one pace while people talk.
  const talkKeep = 0.5 ** (dtSeconds / params.talkHalfLifeSeconds);

  const next = draftOf(market);
  next.internals.signalYieldBp = market.internals.signalYieldBp * talkKeep;
  addToYield(next, { anchor: yieldDraw * params.yieldNoiseBpPerRound * perRound }, params);
  moveStocks(
    next,
    usDraw * params.usEquityNoisePctPerRound * perRound,
    japanDraw * params.japanEquityNoisePctPerRound * perRound,
  );
  moveYen(next, usdJpyDraw * params.usdJpyNoisePctPerRound * perRound, 'news', params, false);
  const panicFade = -(next.panic - next.internals.panicBaseline) * (1 - talkKeep);
  movePanic(next, panicFade, params);
  movePanic(next, panicDraw * params.panicNoisePerRound * perRound, params, false);
  settleYield(next, params);
  return next;
}
