import type { Allocation, InvestorsMove } from '../../protocol/moves.ts';
import { oddRound, type ScriptedPolicy } from './policy.ts';

/** The fund's scripted strategies: every corner of the allocation, notes that talk its book, flip-flops. */
type InvestorsPolicy = ScriptedPolicy<'investors'>;

const NOTHING: Allocation = { treasuries: 0, yen: 0, usEquities: 0, japanEquities: 0, cash: 0 };

const hold =
  (weights: Partial<Allocation>, extra: Partial<InvestorsMove> = {}) =>
  (_view: unknown, standing: InvestorsMove): InvestorsMove => ({
    ...standing,
    allocation: { ...NOTHING, ...weights },
    ...extra,
  });

export const INVESTORS_POLICIES: readonly InvestorsPolicy[] = [
  { name: 'doNothing', role: 'investors' },
  { name: 'usEquitiesMax', role: 'investors', sheet: hold({ usEquities: 200 }) },
  {
    name: 'usEquitiesMaxBullish',
    role: 'investors',
    sheet: hold({ usEquities: 200 }, { researchNote: 'bullish' }),
  },
  { name: 'allCash', role: 'investors', sheet: hold({ cash: 100 }) },
  {
    name: 'treasuriesMaxLong',
    role: 'investors',
    sheet: hold({ treasuries: 200 }, { treasuryDuration: 'long' }),
  },
  {
    name: 'treasuriesShort',
    role: 'investors',
    sheet: hold({ treasuries: 100 }, { treasuryDuration: 'short' }),
  },
  { name: 'yenMax', role: 'investors', sheet: hold({ yen: 200 }) },
  { name: 'japanEquitiesMax', role: 'investors', sheet: hold({ japanEquities: 200 }) },
  {
    name: 'yenMaxBearish',
    role: 'investors',
    sheet: hold({ yen: 200 }, { researchNote: 'bearish' }),
    statement: () => 'bearish',
  },
  { name: 'bullishEveryRound', role: 'investors', statement: () => 'bullish' },
  { name: 'bearishEveryRound', role: 'investors', statement: () => 'bearish' },
  {
    name: 'flipFlop',
    role: 'investors',
    sheet: (view, standing) =>
      (oddRound(view) ? hold({ usEquities: 200 }) : hold({ treasuries: 200 }, { treasuryDuration: 'long' }))(
        view,
        standing,
      ),
  },
  { name: 'acceptAll', role: 'investors', answers: 'acceptAll' },
  { name: 'refuseAll', role: 'investors', answers: 'refuseAll' },
];
