import type { MarketState } from '../market/types.ts';
import type { Stance } from '../protocol/moves.ts';
import type { GameState } from './state.ts';

/**
 * The market and policy parts of the public record (player-view.ts): the market as everyone sees it and
 * what last round's sheets announced. Each is an allow-list, built by naming what is public field by field,
 * so a figure added to the market or to a sheet stays private until someone decides otherwise.
 */

/** The market as everyone sees it: no actual holdings, no model internals. */
export type PublicMarket = Omit<MarketState, 'tokyoHoldingsBn' | 'holdingsValueBn' | 'internals'>;

/** Parts of last round's sheets that are public by nature (a tariff is announced; a sale is not). */
export interface PublicPolicy {
  tariffPct: number;
  autoTariffPct: number;
  pause: boolean;
  stance: Stance;
  retaliatoryTariffPct: number;
  investmentPledgeBn: number;
  farmPurchasesBn: number;
  researchNote: string;
  passThroughPct: number;
}

export function publicMarketOf(market: MarketState): PublicMarket {
  return {
    yield10y: market.yield10y,
    mortgageRate: market.mortgageRate,
    mortgageSpreadBp: market.mortgageSpreadBp,
    usdJpy: market.usdJpy,
    usEquity: market.usEquity,
    japanEquity: market.japanEquity,
    panic: market.panic,
    importPrices: market.importPrices,
    consumerPrices: market.consumerPrices,
    japanExportsBn: market.japanExportsBn,
    businessMargin: market.businessMargin,
    effectiveTariffPct: market.effectiveTariffPct,
    retaliatoryTariffPct: market.retaliatoryTariffPct,
    reportedHoldingsBn: market.reportedHoldingsBn,
    reportedAsOfRound: market.reportedAsOfRound,
    credibility: { ...market.credibility },
    sellingBelief: market.sellingBelief,
  };
}

export function publicPolicyOf(game: GameState): PublicPolicy {
  const { tokyo, whiteHouse, investors, usBusiness } = game.standingMoves;
  return {
    tariffPct: whiteHouse.tariffPct,
    autoTariffPct: whiteHouse.autoTariffPct,
    pause: whiteHouse.pause,
    stance: whiteHouse.stance,
    retaliatoryTariffPct: tokyo.retaliatoryTariffPct,
    investmentPledgeBn: tokyo.investmentPledgeBn,
    farmPurchasesBn: tokyo.farmPurchasesBn,
    researchNote: investors.researchNote,
    passThroughPct: usBusiness.passThroughPct,
  };
}
