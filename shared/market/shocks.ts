import type { Shock } from '../scenario/schema.ts';
import { announceBackstop } from './backstop.ts';
import type { ModelParams } from './params.ts';
import { addToYield, draftOf, moveBelief, movePanic, moveStocks, moveYen } from './transmission.ts';
import type { Headline, MarketState, StatementReaction } from './types.ts';

/**
 * A shock from the scenario's library. Its numbers are the direct moves: panic and belief changes are not
 * passed on again to stocks and the yen (the shock's author sized those), but the 10y's panic and belief
 * premia follow them. Rumours and denials move the fading signal component (a denial can take a rumour
 * back); other news moves the lasting level. A backstop shock is a central-bank announcement.
 */
export function applyShock(
  market: MarketState,
  shock: Shock,
  params: ModelParams,
): StatementReaction & { headline: Headline } {
  const effect = shock.effect;
  const next = draftOf(market);
  const yieldBp = effect.yieldBp ?? 0;
  if (yieldBp !== 0) {
    const fading = shock.kind === 'rumour' || shock.kind === 'denial';
    addToYield(next, fading ? { signal: yieldBp } : { anchor: yieldBp }, params);
  }
  moveStocks(next, effect.usEquityPct ?? 0, effect.japanEquityPct ?? 0);
  if (effect.usdJpyPct) moveYen(next, effect.usdJpyPct, 'shock', params, false);
  if (effect.panic) movePanic(next, effect.panic, params, false);
  if (effect.sellingBelief) moveBelief(next, effect.sellingBelief, params, false);
  if (shock.kind === 'denial') next.internals.lastDenialRound = next.internals.currentRound;
  if (effect.backstopBp) announceBackstop(next, effect.backstopBp, 0, params);
  return {
    market: next,
    headline: { key: 'news.shock', params: { shockId: shock.id, kind: shock.kind, title: shock.title.en } },
  };
}
