import { MAX_LOBBYING_SPEND_M, type UsBusinessMove } from '../../protocol/moves.ts';
import { oddRound, type ScriptedPolicy } from './policy.ts';

/** US businesses' scripted strategies: each lever at its ends, all at once, warnings alone, flip-flops. */
type UsBusinessPolicy = ScriptedPolicy<'usBusiness'>;

const with_ =
  (levers: Partial<UsBusinessMove>) =>
  (_view: unknown, standing: UsBusinessMove): UsBusinessMove => ({ ...standing, ...levers });

export const US_BUSINESS_POLICIES: readonly UsBusinessPolicy[] = [
  { name: 'doNothing', role: 'usBusiness' },
  {
    name: 'lobbyMaxAgainst',
    role: 'usBusiness',
    sheet: with_({ lobbyingSpendM: MAX_LOBBYING_SPEND_M, lobbyingDirection: 'againstTariffs' }),
  },
  {
    name: 'lobbyMaxFor',
    role: 'usBusiness',
    sheet: with_({ lobbyingSpendM: MAX_LOBBYING_SPEND_M, lobbyingDirection: 'forTariffs' }),
  },
  { name: 'passThroughMax', role: 'usBusiness', sheet: with_({ passThroughPct: 100 }) },
  { name: 'passThroughZero', role: 'usBusiness', sheet: with_({ passThroughPct: 0 }) },
  { name: 'hedgeMax', role: 'usBusiness', sheet: with_({ rateHedgePct: 100 }) },
  { name: 'supplyShift', role: 'usBusiness', sheet: with_({ supplyChainShift: true }) },
  {
    name: 'everythingMax',
    role: 'usBusiness',
    sheet: with_({
      lobbyingSpendM: MAX_LOBBYING_SPEND_M,
      lobbyingDirection: 'againstTariffs',
      passThroughPct: 100,
      rateHedgePct: 100,
      supplyChainShift: true,
    }),
  },
  { name: 'warnLayoffsEveryRound', role: 'usBusiness', statement: () => 'warnLayoffs' },
  { name: 'warnPricesEveryRound', role: 'usBusiness', statement: () => 'warnPrices' },
  {
    name: 'flipFlop',
    role: 'usBusiness',
    sheet: (view, standing) =>
      with_(
        oddRound(view)
          ? { passThroughPct: 100, rateHedgePct: 100, supplyChainShift: true }
          : { passThroughPct: 0, rateHedgePct: 0, supplyChainShift: false },
      )(view, standing),
  },
  { name: 'acceptAll', role: 'usBusiness', answers: 'acceptAll' },
  { name: 'refuseAll', role: 'usBusiness', answers: 'refuseAll' },
];
