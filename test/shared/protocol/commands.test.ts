import { describe, expect, it } from 'vitest';
import { CommandSchema, PlayerCommandSchema } from '../../../shared/protocol/commands.ts';
import { ProposalTermsSchema } from '../../../shared/protocol/deals.ts';
import { MoveSheetSchema } from '../../../shared/protocol/moves.ts';
import { channelId, signalAllowed } from '../../../shared/protocol/statements.ts';

const tokyoSheet = {
  role: 'tokyo',
  treasuryAction: 'sell',
  treasuryAmountBn: 100,
  retaliatoryTariffPct: 0,
  yenIntervention: 'none',
  investmentPledgeBn: 0,
  farmPurchasesBn: 0,
};
const submit = (move: unknown) => ({ type: 'move:submit', commandId: 'c-1', version: 3, move });
const issuePaths = (input: unknown) => {
  const result = CommandSchema.safeParse(input);
  return result.success ? null : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('move sheets', () => {
  it('accepts a sheet inside every bound', () => {
    expect(MoveSheetSchema.parse(tokyoSheet)).toEqual(tokyoSheet);
    expect(CommandSchema.safeParse(submit(tokyoSheet)).success).toBe(true);
  });

  it.each([
    ['1e308', 1e308],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a negative amount', -5],
    ['a fraction', 12.5],
    ['negative zero', -0],
    ['a number as text', '100'],
    ['above the 150bn ceiling', 151],
  ])('refuses %s as a Treasury amount', (_label, amount) => {
    expect(issuePaths(submit({ ...tokyoSheet, treasuryAmountBn: amount }))).toContainEqual(
      expect.stringContaining('treasuryAmountBn'),
    );
  });

  it('refuses unknown fields and __proto__ keys', () => {
    expect(MoveSheetSchema.safeParse({ ...tokyoSheet, secretBonus: 1 }).success).toBe(false);
    const polluted = JSON.parse(
      `{"role":"tokyo","__proto__":{"admin":true},"treasuryAction":"hold","treasuryAmountBn":0,"retaliatoryTariffPct":0,"yenIntervention":"none","investmentPledgeBn":0,"farmPurchasesBn":0}`,
    );
    expect(MoveSheetSchema.safeParse(polluted).success).toBe(false);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('bounds each role by its own limits', () => {
    const whiteHouse = {
      role: 'whiteHouse',
      tariffPct: 50,
      autoTariffPct: 0,
      pause: false,
      stance: 'neutral',
    };
    expect(MoveSheetSchema.safeParse(whiteHouse).success).toBe(true);
    expect(MoveSheetSchema.safeParse({ ...whiteHouse, tariffPct: 51 }).success).toBe(false);
    expect(MoveSheetSchema.safeParse({ ...tokyoSheet, retaliatoryTariffPct: 26 }).success).toBe(false);
  });

  it('caps investor leverage at 2x and requires the fund fully invested', () => {
    const investors = (allocation: Record<string, number>) => ({
      role: 'investors',
      allocation: { treasuries: 0, yen: 0, usEquities: 0, japanEquities: 0, cash: 0, ...allocation },
      treasuryDuration: 'long',
      researchNote: 'none',
    });
    expect(MoveSheetSchema.safeParse(investors({ treasuries: 150, usEquities: 50 })).success).toBe(true);
    expect(MoveSheetSchema.safeParse(investors({ treasuries: 150, usEquities: 51 })).success).toBe(false);
    expect(MoveSheetSchema.safeParse(investors({ cash: 90 })).success).toBe(false);
  });
});

describe('commands', () => {
  it('requires a commandId of safe characters and a whole version', () => {
    const statement = { type: 'chat:statement', version: 0, statement: { text: 'We hold.', signal: 'none' } };
    expect(CommandSchema.safeParse({ ...statement, commandId: 'ok_1-2' }).success).toBe(true);
    expect(issuePaths({ ...statement, commandId: '<script>' })).toEqual(['commandId']);
    expect(issuePaths({ ...statement, commandId: 'a'.repeat(65) })).toEqual(['commandId']);
    expect(issuePaths({ ...statement, commandId: 'x', version: -1 })).toEqual(['version']);
    expect(issuePaths({ ...statement, commandId: 'x', version: 1.5 })).toEqual(['version']);
  });

  it('refuses a 100 KB statement and an empty one', () => {
    const base = { type: 'chat:statement', commandId: 'x', version: 0 };
    expect(issuePaths({ ...base, statement: { text: 'x'.repeat(100_000), signal: 'none' } })).toEqual([
      'statement.text',
    ]);
    expect(issuePaths({ ...base, statement: { text: '   ', signal: 'none' } })).toEqual(['statement.text']);
  });

  it('refuses unknown command types and unknown signals', () => {
    expect(CommandSchema.safeParse({ type: 'game:cheat', commandId: 'x', version: 0 }).success).toBe(false);
    expect(
      PlayerCommandSchema.safeParse({
        type: 'chat:statement',
        commandId: 'x',
        version: 0,
        statement: { text: 'hi', signal: 'nuclearOption' },
      }).success,
    ).toBe(false);
  });

  it('refuses private messages to nobody, to a role twice, or to an unknown role', () => {
    const message = (to: unknown) => ({
      type: 'chat:private',
      commandId: 'x',
      version: 0,
      message: { to, text: 'psst' },
    });
    expect(CommandSchema.safeParse(message(['tokyo'])).success).toBe(true);
    expect(CommandSchema.safeParse(message([])).success).toBe(false);
    expect(CommandSchema.safeParse(message(['tokyo', 'tokyo'])).success).toBe(false);
    expect(CommandSchema.safeParse(message(['china'])).success).toBe(false);
  });

  it('bounds host extensions', () => {
    const extend = (seconds: unknown) => ({ type: 'host:extend', commandId: 'x', version: 0, seconds });
    expect(CommandSchema.safeParse(extend(60)).success).toBe(true);
    expect(CommandSchema.safeParse(extend(0)).success).toBe(false);
    expect(CommandSchema.safeParse(extend(1e308)).success).toBe(false);
  });
});

describe('deal terms', () => {
  it('accepts structured terms per signatory with a duration', () => {
    const proposal = {
      terms: [
        { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
        { kind: 'noNetSales', role: 'tokyo' },
        { kind: 'investmentPledge', role: 'tokyo', amountBn: 550 },
      ],
      durationRounds: 3,
    };
    expect(ProposalTermsSchema.parse(proposal)).toEqual(proposal);
  });

  it('refuses a term bound to the wrong role, a repeated kind, or too long a deal', () => {
    const cap = { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true };
    expect(
      ProposalTermsSchema.safeParse({ terms: [{ ...cap, role: 'tokyo' }], durationRounds: 1 }).success,
    ).toBe(false);
    expect(ProposalTermsSchema.safeParse({ terms: [cap, cap], durationRounds: 1 }).success).toBe(false);
    expect(ProposalTermsSchema.safeParse({ terms: [cap], durationRounds: 13 }).success).toBe(false);
    expect(ProposalTermsSchema.safeParse({ terms: [], durationRounds: 2 }).success).toBe(false);
  });
});

describe('signals and channels', () => {
  it('lets each role send only its own signals', () => {
    expect(signalAllowed('tokyo', 'threat')).toBe(true);
    expect(signalAllowed('whiteHouse', 'threat')).toBe(false);
    expect(signalAllowed('whiteHouse', 'callBluff')).toBe(true);
    expect(signalAllowed('investors', 'warnLayoffs')).toBe(false);
  });

  it('names a channel by its members in role order, whoever writes first', () => {
    expect(channelId(['usBusiness', 'tokyo'])).toBe('tokyo+usBusiness');
    expect(channelId(['tokyo', 'usBusiness'])).toBe('tokyo+usBusiness');
  });
});
