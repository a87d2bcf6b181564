import type { WhiteHouseMove } from '../../protocol/moves.ts';
import { oddRound, type ScriptedPolicy } from './policy.ts';

/** The White House's scripted strategies: the tariff at its ends, the pause, words alone, and flip-flops. */
type WhiteHousePolicy = ScriptedPolicy<'whiteHouse'>;

const tariffs =
  (tariffPct: number, autoTariffPct: number, stance?: WhiteHouseMove['stance']) =>
  (_view: unknown, standing: WhiteHouseMove): WhiteHouseMove => ({
    ...standing,
    tariffPct,
    autoTariffPct,
    pause: false,
    ...(stance ? { stance } : {}),
  });

export const WHITE_HOUSE_POLICIES: readonly WhiteHousePolicy[] = [
  { name: 'doNothing', role: 'whiteHouse' },
  { name: 'tariffMax', role: 'whiteHouse', sheet: tariffs(50, 50, 'hawkish') },
  { name: 'tariffZero', role: 'whiteHouse', sheet: tariffs(0, 0) },
  { name: 'tariff15', role: 'whiteHouse', sheet: tariffs(15, 15) },
  { name: 'autosMax', role: 'whiteHouse', sheet: (_view, standing) => ({ ...standing, autoTariffPct: 50 }) },
  { name: 'pauseEveryRound', role: 'whiteHouse', sheet: (_view, standing) => ({ ...standing, pause: true }) },
  {
    name: 'escalate',
    role: 'whiteHouse',
    sheet: (view, standing) => {
      const rate = Math.min(50, 24 + 5 * view.round);
      return tariffs(rate, Math.max(25, rate), 'hawkish')(view, standing);
    },
  },
  {
    name: 'flipFlop',
    role: 'whiteHouse',
    sheet: (view, standing) => (oddRound(view) ? tariffs(0, 0) : tariffs(50, 50))(view, standing),
  },
  { name: 'hawkishEveryRound', role: 'whiteHouse', statement: () => 'hawkish' },
  {
    name: 'conciliatoryEveryRound',
    role: 'whiteHouse',
    statement: () => 'conciliatory',
    sheet: (_view, standing) => ({ ...standing, stance: 'conciliatory' }),
  },
  { name: 'callBluffEveryRound', role: 'whiteHouse', statement: () => 'callBluff' },
  { name: 'acceptAll', role: 'whiteHouse', answers: 'acceptAll' },
  { name: 'refuseAll', role: 'whiteHouse', answers: 'refuseAll' },
];
