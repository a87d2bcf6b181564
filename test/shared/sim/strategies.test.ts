import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { runHeadlessGame } from '../../../shared/sim/headless.ts';
import { defaultProfiles, gameSeed } from '../../../shared/sim/profiles.ts';
import { runStrategyAudit } from '../../../shared/sim/strategies/audit.ts';
import { tokyoDilemma } from '../../../shared/sim/strategies/dilemma.ts';
import { pairedWinShare, pinnedShareOf, varianceShares } from '../../../shared/sim/strategies/figures.ts';
import { policyNamed, SCRIPTED_POLICIES } from '../../../shared/sim/strategies/index.ts';
import type { SeatRecord } from '../../../shared/sim/strategies/rows.ts';
import { targetsOf } from '../../../shared/sim/strategies/targets.ts';

const record = (index: number, tokyo: number, others = 'mix', components = {}): SeatRecord => ({
  index,
  scores: { tokyo, whiteHouse: 50, investors: 50, usBusiness: 50 },
  components,
  others,
  whiteHouse: 'hawk',
  tokyoNetSalesBn: [0, 0],
});

describe('scripted policies', () => {
  it('gives every role at least 12 policies, doNothing first, names unique', () => {
    for (const role of ROLE_IDS) {
      const names = SCRIPTED_POLICIES[role].map((policy) => policy.name);
      expect(names.length).toBeGreaterThanOrEqual(12);
      expect(names[0]).toBe('doNothing');
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('plays a seat as scripted: a dump sells $150bn every round, doing nothing hands in no sheet', () => {
    const seat = (name: string) => ({
      seed: gameSeed(1, 0),
      profiles: defaultProfiles(0),
      players: { tokyo: policyNamed('tokyo', name).player },
    });
    const dump = runHeadlessGame(seat('dump'));
    expect(dump.state.phase).toBe('ended');
    expect(dump.refusals).toEqual([]);
    expect(dump.state.books.tokyo.netSalesBn).toEqual([150, 150, 150, 150, 150, 150]);
    const idle = runHeadlessGame(seat('doNothing'));
    expect(idle.state.books.tokyo.netSalesBn).toEqual([0, 0, 0, 0, 0, 0]);
    expect(idle.state.statements.filter((statement) => statement.from === 'tokyo')).toEqual([]);
    // Same seed, same other seats: only Tokyo's play differs, so the White House's score differs by it.
    expect(dump.state.scores.whiteHouse.total).not.toBe(idle.state.scores.whiteHouse.total);
  });
});

describe('audit figures', () => {
  it('splits variance between own policy, others and seed', () => {
    // Two policies 20 points apart on every game: all the variance is the policy's.
    const rows = [
      [record(0, 40), record(1, 40)],
      [record(0, 60), record(1, 60)],
    ];
    expect(varianceShares(rows, 'tokyo').ownPolicy).toBe(1);
    // The same policy's score set by the game alone: none of it is the policy's.
    const byGame = [
      [record(0, 30, 'a'), record(1, 70, 'b')],
      [record(0, 30, 'a'), record(1, 70, 'b')],
    ];
    expect(varianceShares(byGame, 'tokyo')).toMatchObject({ ownPolicy: 0, othersMix: 1 });
  });

  it('counts paired wins with ties as half, and the worst pinned component', () => {
    expect(pairedWinShare([record(0, 60), record(1, 50)], [record(0, 40), record(1, 50)], 'tokyo')).toBe(
      0.75,
    );
    const pinned = [
      record(0, 50, 'a', { tariff: 0, yen: 40 }),
      record(1, 50, 'a', { tariff: 100, yen: 40 }),
      record(2, 50, 'a', { tariff: 35, yen: 100 }),
      record(3, 50, 'a', { tariff: 35, yen: 60 }),
    ];
    expect(pinnedShareOf(pinned)).toBe(0.5);
  });
});

describe("Tokyo's dilemma", () => {
  it('counts a bot that buys every round as buying every round, and a backed threat against silence', () => {
    const game = (index: number, tokyo: number, sales: number[]) => ({
      ...record(index, tokyo),
      tokyoNetSalesBn: sales,
    });
    const rows = new Map([
      ['doNothing', [game(0, 35, [0, 0]), game(1, 45, [0, 0])]],
      ['dove:hard', [game(0, 60, [-30, -30]), game(1, 64, [-30, -30])]],
      ['threatBackedMeasured', [game(0, 20, [25, 25]), game(1, 30, [25, 25])]],
      ['dump', [game(0, 10, [150, 150]), game(1, 12, [150, 150])]],
    ]);
    const dilemma = tokyoDilemma(rows);
    expect(dilemma.buyingVsWhiteHouse.hawk.best).toEqual({
      name: 'dove:hard',
      mean: 62,
      boughtEveryRound: 1,
    });
    expect(dilemma.backedThreatVsSilence.hawk).toEqual({ games: 2, backedThreat: 25, silence: 40 });
    expect(dilemma.dump.tokyo).toBe(11);
    const buying = targetsOf({}, {}, dilemma).find((target) =>
      target.target.startsWith('buying every round'),
    )!;
    expect(buying.met).toBe(false);
  });
});

describe('runStrategyAudit', () => {
  it('measures doing nothing and a degenerate policy against the bots on paired games', () => {
    const audit = runStrategyAudit({ games: 2, seed: 7, roles: ['investors'], skipBalance: true });
    const investors = audit.roles.investors!;
    expect(investors.bots).toHaveLength(8);
    expect(investors.bots.map((bot) => bot.mean)).toContain(investors.bestBot.mean);
    const nothing = investors.policies.find((policy) => policy.name === 'doNothing')!;
    const levered = investors.policies.find((policy) => policy.name === 'usEquitiesMaxBullish')!;
    for (const policy of [nothing, levered]) {
      expect(policy.games).toBe(2);
      expect(policy.pinnedShare).toBeGreaterThanOrEqual(0);
      expect(policy.pinnedShare).toBeLessThanOrEqual(1);
      expect(policy.edgeOverBestBot).toBeCloseTo(policy.mean - investors.bestBot.mean, 2);
    }
    expect(nothing.edgeOverDoNothing).toBe(0);
    // A 200% equity book and a flat default one cannot score the same on the same games.
    expect(levered.mean).not.toBe(nothing.mean);
    expect(audit.targets.map((target) => target.item)).toContain('2');
  }, 120_000);
});

describe('npm run strategies -- --json', () => {
  it('prints one object: roles, each with its best bot and its policies', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'tools/strategies.ts',
        '--json',
        '--quiet',
        '--games',
        '1',
        '--role',
        'tokyo',
        '--skip-balance',
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const audit = JSON.parse(out);
    expect(Object.keys(audit.roles)).toEqual(['tokyo']);
    const tokyo = audit.roles.tokyo;
    expect(tokyo.bestBot).toEqual({ name: expect.any(String), mean: expect.any(Number) });
    expect(tokyo.policies[0]).toMatchObject({ name: 'doNothing', games: 1, pinnedShare: expect.any(Number) });
    expect(tokyo.policies.map((policy: { name: string }) => policy.name)).toContain('buyMaxAcceptAll');
    expect(audit.tokyoDilemma.dump.tokyo).toEqual(expect.any(Number));
  }, 120_000);
});
