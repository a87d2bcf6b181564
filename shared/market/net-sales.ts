import type { TokyoMove } from '../protocol/moves.ts';
import type { ModelParams } from './params.ts';

/**
 * Tokyo's net Treasury sales on a sheet, $bn (negative: purchases): the one meaning of "net sales" that
 * the model's flows, the `noNetSales` deal term, its breach check, the bots and the move sheet all use.
 * Skipping auctions is a quiet sale (maturing bills not rolled over), and buying yen is paid for by
 * selling dollar reserves, so both count; selling yen buys reserves, so it counts as a purchase.
 */
export function netTreasurySalesBn(move: TokyoMove, params: ModelParams): number {
  return treasuryActionSalesBn(move, params) + interventionSalesBn(move, params);
}

function treasuryActionSalesBn(move: TokyoMove, params: ModelParams): number {
  switch (move.treasuryAction) {
    case 'sell':
      return move.treasuryAmountBn;
    case 'buy':
      return -move.treasuryAmountBn;
    case 'skipAuctions':
      return params.skipAuctionsBn;
    case 'hold':
      return 0;
  }
}

export function interventionSalesBn(move: TokyoMove, params: ModelParams): number {
  switch (move.yenIntervention) {
    case 'buyYen':
      return params.yenInterventionBn;
    case 'sellYen':
      return -params.yenInterventionBn;
    case 'none':
      return 0;
  }
}
