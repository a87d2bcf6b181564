import { PERSONALITIES, type Personality } from '../../bots/types.ts';
import { type PerRole, ROLE_IDS, type RoleId } from '../../roles.ts';
import { profileLabel } from '../profiles.ts';
import { type TokyoDilemma, tokyoDilemma } from './dilemma.ts';
import {
  meanOf,
  personalityWinShares,
  pinnedByComponent,
  pinnedShareOf,
  round3,
  type VarianceShares,
  varianceShares,
} from './figures.ts';
import { SCRIPTED_POLICIES } from './index.ts';
import { BOT_PROFILES, playRow, type RowOptions, type SeatRecord, uniformTable } from './rows.ts';
import { type Target, targetsOf } from './targets.ts';

/**
 * The strategy audit (issue 8): every scripted policy and every bot of each role on the same paired games,
 * the balance figures of the default, uniform and shorter or longer tables, the factorial variance split and
 * Tokyo's dilemma, each target read as met or not met. Pure: the same options give the same audit.
 */

export interface RowFigures {
  name: string;
  mean: number;
  games: number;
  /** The worst score component's share of games at 0 or 100. */
  pinnedShare: number;
  pinnedByComponent: Record<string, number>;
}

export interface PolicyFigures extends RowFigures {
  edgeOverBestBot: number;
  edgeOverDoNothing: number;
}

export interface RoleAudit {
  bestBot: { name: string; mean: number };
  bots: RowFigures[];
  policies: PolicyFigures[];
  /** Bots' hard profiles minus easy ones, mean score points. */
  hardMinusEasy: number;
  /** Per personality, its share of paired wins against the role's other personalities at the same level. */
  personalityWinShare: Record<Personality, number>;
  /** The factorial tournament: the role's eight bots (own policy) × the games, and with the scripted ones too. */
  factorial: { bots: VarianceShares; botsAndScripted: VarianceShares };
}

export interface StrategyAudit {
  games: number;
  seed: number;
  rounds: number | null;
  roles: Partial<PerRole<RoleAudit>>;
  /** Role means with bots in every seat: the default mix, each uniform mix, 4 and 8 rounds. */
  balance: Record<string, PerRole<number>>;
  tokyoDilemma: TokyoDilemma | null;
  targets: Target[];
}

export interface AuditOptions extends RowOptions {
  roles?: readonly RoleId[];
  /** Games per balance table (uniform mixes, 4 and 8 rounds); half the row size if omitted. */
  balanceGames?: number;
  /** Leave out the balance tables (to split a long audit into several runs). */
  skipBalance?: boolean;
  /** Told after each row, for a progress line. */
  onRow?: (label: string) => void;
}

function figuresOf(name: string, records: readonly SeatRecord[], role: RoleId): RowFigures {
  return {
    name,
    mean: round3(meanOf(records.map((record) => record.scores[role]))),
    games: records.length,
    pinnedShare: pinnedShareOf(records),
    pinnedByComponent: pinnedByComponent(records),
  };
}

export function runStrategyAudit(options: AuditOptions): StrategyAudit {
  const roles = options.roles ?? ROLE_IDS;
  const audits: Partial<PerRole<RoleAudit>> = {};
  const tokyoRows = new Map<string, SeatRecord[]>();
  for (const role of roles) {
    const bots = new Map<string, SeatRecord[]>();
    for (const profile of BOT_PROFILES) {
      bots.set(profileLabel(profile), playRow(options, role, { profile }));
      options.onRow?.(`${role} ${profileLabel(profile)}`);
    }
    const scripted = new Map<string, SeatRecord[]>();
    for (const policy of SCRIPTED_POLICIES[role]) {
      // Tokyo's threats (and silence, their baseline) are read round by round: only those rows are traced.
      const trace = role === 'tokyo' && (policy.name.startsWith('threat') || policy.name === 'doNothing');
      scripted.set(policy.name, playRow(options, role, { policy, trace }));
      options.onRow?.(`${role} ${policy.name}`);
    }
    audits[role] = roleAudit(role, bots, scripted);
    if (role === 'tokyo') for (const [name, rows] of [...bots, ...scripted]) tokyoRows.set(name, rows);
  }
  const balance = options.skipBalance ? {} : balanceTables(options);
  const dilemma = roles.includes('tokyo') ? tokyoDilemma(tokyoRows) : null;
  return {
    games: options.games,
    seed: options.seed,
    rounds: options.rounds ?? null,
    roles: audits,
    balance,
    tokyoDilemma: dilemma,
    targets: targetsOf(audits, balance, dilemma),
  };
}

function roleAudit(
  role: RoleId,
  bots: ReadonlyMap<string, readonly SeatRecord[]>,
  scripted: ReadonlyMap<string, readonly SeatRecord[]>,
): RoleAudit {
  const botFigures = [...bots].map(([name, records]) => figuresOf(name, records, role));
  const best = botFigures.reduce((top, row) => (row.mean > top.mean ? row : top));
  const nothing = figuresOf('doNothing', scripted.get('doNothing') ?? [], role);
  const policies = [...scripted].map(([name, records]) => {
    const row = figuresOf(name, records, role);
    return {
      ...row,
      edgeOverBestBot: round3(row.mean - best.mean),
      edgeOverDoNothing: round3(row.mean - nothing.mean),
    };
  });
  const levelMean = (level: string) =>
    meanOf(botFigures.filter((row) => row.name.endsWith(`:${level}`)).map((row) => row.mean));
  return {
    bestBot: { name: best.name, mean: best.mean },
    bots: botFigures,
    policies,
    hardMinusEasy: round3(levelMean('hard') - levelMean('easy')),
    personalityWinShare: personalityWinShares(bots, role),
    factorial: {
      bots: varianceShares([...bots.values()], role),
      botsAndScripted: varianceShares([...bots.values(), ...scripted.values()], role),
    },
  };
}

/** Bots in every seat: the default mix at the scenario's rounds, each uniform mix, and 4 and 8 rounds. */
function balanceTables(options: AuditOptions): Record<string, PerRole<number>> {
  const games = options.balanceGames ?? Math.max(1, Math.floor(options.games / 2));
  const meansOf = (records: readonly SeatRecord[]) =>
    Object.fromEntries(
      ROLE_IDS.map((role) => [role, round3(meanOf(records.map((record) => record.scores[role])))]),
    ) as PerRole<number>;
  const tables: Record<string, PerRole<number>> = {
    defaultMix: meansOf(playRow(options, 'tokyo', {})),
  };
  options.onRow?.('balance defaultMix');
  for (const personality of PERSONALITIES) {
    tables[`all-${personality}`] = meansOf(
      playRow({ ...options, games }, 'tokyo', { table: uniformTable(personality) }),
    );
    options.onRow?.(`balance all-${personality}`);
  }
  for (const rounds of [4, 8])
    tables[`rounds-${rounds}`] = meansOf(playRow({ ...options, games, rounds }, 'tokyo', {}));
  options.onRow?.('balance tables');
  return tables;
}
