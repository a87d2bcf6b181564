import { MAX_TREASURY_TRADE_BN, type TokyoMove } from '../../protocol/moves.ts';
import { oddRound, type ScriptedPolicy } from './policy.ts';

/**
 * Tokyo's scripted strategies: each lever at its maximum and minimum, words without deeds, deeds without
 * words, and the degenerate plays issue 8 measured (buy the maximum and sign everything; dump).
 */
type TokyoPolicy = ScriptedPolicy<'tokyo'>;

const trade =
  (treasuryAction: TokyoMove['treasuryAction'], treasuryAmountBn: number) =>
  (_view: unknown, standing: TokyoMove): TokyoMove => ({ ...standing, treasuryAction, treasuryAmountBn });

/** A sale the market notices but the portfolio survives: above the model's backing minimum ($20bn), far below a dump. */
export const MEASURED_SALE_BN = 25;

export const TOKYO_POLICIES: readonly TokyoPolicy[] = [
  { name: 'doNothing', role: 'tokyo' },
  { name: 'buyMax', role: 'tokyo', sheet: trade('buy', MAX_TREASURY_TRADE_BN) },
  {
    name: 'buyMaxAcceptAll',
    role: 'tokyo',
    sheet: trade('buy', MAX_TREASURY_TRADE_BN),
    answers: 'acceptAll',
  },
  { name: 'dump', role: 'tokyo', sheet: trade('sell', MAX_TREASURY_TRADE_BN) },
  { name: 'sellMeasured', role: 'tokyo', sheet: trade('sell', MEASURED_SALE_BN) },
  { name: 'skipAuctions', role: 'tokyo', sheet: trade('skipAuctions', 0) },
  { name: 'threatEveryRound', role: 'tokyo', statement: () => 'threat' },
  {
    name: 'threatBackedMeasured',
    role: 'tokyo',
    statement: () => 'threat',
    sheet: trade('sell', MEASURED_SALE_BN),
  },
  { name: 'hintEveryRound', role: 'tokyo', statement: () => 'hint' },
  { name: 'denyEveryRound', role: 'tokyo', statement: () => 'denial' },
  {
    name: 'threatThenDeny',
    role: 'tokyo',
    statement: (view) => (oddRound(view) ? 'threat' : 'denial'),
  },
  {
    name: 'retaliateMax',
    role: 'tokyo',
    sheet: (_view, standing) => ({ ...standing, retaliatoryTariffPct: 25 }),
  },
  { name: 'buyYen', role: 'tokyo', sheet: (_view, standing) => ({ ...standing, yenIntervention: 'buyYen' }) },
  {
    name: 'sellYen',
    role: 'tokyo',
    sheet: (_view, standing) => ({ ...standing, yenIntervention: 'sellYen' }),
  },
  {
    name: 'pledgeMax',
    role: 'tokyo',
    sheet: (_view, standing) => ({ ...standing, investmentPledgeBn: 1000, farmPurchasesBn: 20 }),
  },
  { name: 'acceptAll', role: 'tokyo', answers: 'acceptAll' },
  { name: 'refuseAll', role: 'tokyo', answers: 'refuseAll' },
  {
    name: 'flipFlop',
    role: 'tokyo',
    sheet: (view, standing) =>
      (oddRound(view) ? trade('sell', MAX_TREASURY_TRADE_BN) : trade('buy', MAX_TREASURY_TRADE_BN))(
        view,
        standing,
      ),
  },
];
