import { z } from 'zod';
import type { RoleId } from '../roles.ts';
import { wholeNumber } from './numbers.ts';
import { sheetWith } from './sheet-copies.ts';

/**
 * Sealed move sheets, one per role per round. Bounds follow DESIGN.md's role table; they are
 * enforced by these schemas, so a sheet that parses is a legal sheet.
 */

export const TREASURY_ACTIONS = ['hold', 'buy', 'skipAuctions', 'sell'] as const;
export const YEN_INTERVENTIONS = ['none', 'buyYen', 'sellYen'] as const;
export const STANCES = ['hawkish', 'neutral', 'conciliatory'] as const;
export type Stance = (typeof STANCES)[number];

/** A stance on the hawk–dove line the model and the bots read: hawkish 1, neutral 0, conciliatory −1. */
export function stanceScore(stance: Stance): number {
  return stance === 'hawkish' ? 1 : stance === 'conciliatory' ? -1 : 0;
}
export const RESEARCH_NOTES = ['none', 'bullish', 'bearish'] as const;
export const DURATIONS = ['short', 'medium', 'long'] as const;

/** The largest Treasury trade Tokyo may make in a round ($bn): the audit's "maximum" policies read it. */
export const MAX_TREASURY_TRADE_BN = 150;
/** The most a US business may spend lobbying in a round ($m). */
export const MAX_LOBBYING_SPEND_M = 500;

export const TokyoMoveSchema = z.strictObject({
  role: z.literal('tokyo'),
  /** What the finance ministry does with its Treasury portfolio this round. */
  treasuryAction: z.enum(TREASURY_ACTIONS),
  /** $bn bought or sold; only read for 'buy' and 'sell'. */
  treasuryAmountBn: wholeNumber(0, MAX_TREASURY_TRADE_BN),
  retaliatoryTariffPct: wholeNumber(0, 25),
  yenIntervention: z.enum(YEN_INTERVENTIONS),
  /** Cumulative pledge of Japanese investment in the US, $bn. */
  investmentPledgeBn: wholeNumber(0, 1000),
  /** Purchases of US farm goods, $bn per year. */
  farmPurchasesBn: wholeNumber(0, 20),
});

export const WhiteHouseMoveSchema = z.strictObject({
  role: z.literal('whiteHouse'),
  tariffPct: wholeNumber(0, 50),
  autoTariffPct: wholeNumber(0, 50),
  /** A 90-day pause: the headline rate falls to the scenario's `pauseTariffPct` while it lasts; autos keep theirs (9 April 2025: 10%, cars stayed at 25%). */
  pause: z.boolean(),
  stance: z.enum(STANCES),
});

/** The most a fund may hold, percent of its capital: 2× leverage, in one market or spread. */
export const MAX_FUND_WEIGHT_PCT = 200;

export const AllocationSchema = z
  .strictObject({
    treasuries: wholeNumber(0, MAX_FUND_WEIGHT_PCT),
    yen: wholeNumber(0, MAX_FUND_WEIGHT_PCT),
    usEquities: wholeNumber(0, MAX_FUND_WEIGHT_PCT),
    japanEquities: wholeNumber(0, MAX_FUND_WEIGHT_PCT),
    cash: wholeNumber(0, 100),
  })
  .refine(
    (weights) => {
      const total =
        weights.treasuries + weights.yen + weights.usEquities + weights.japanEquities + weights.cash;
      return total >= 100 && total <= MAX_FUND_WEIGHT_PCT;
    },
    { message: 'weights must add up to between 100% and 200% (at most 2x leverage)' },
  );

export const InvestorsMoveSchema = z.strictObject({
  role: z.literal('investors'),
  /** Percent of the fund's capital; a total above 100 is borrowed at the cash rate. */
  allocation: AllocationSchema,
  treasuryDuration: z.enum(DURATIONS),
  researchNote: z.enum(RESEARCH_NOTES),
});

export const UsBusinessMoveSchema = z.strictObject({
  role: z.literal('usBusiness'),
  /** $m spent lobbying this round; the direction says against tariffs or for them. */
  lobbyingSpendM: wholeNumber(0, MAX_LOBBYING_SPEND_M),
  lobbyingDirection: z.enum(['againstTariffs', 'forTariffs']),
  /** Share of the tariff cost passed on to customers. */
  passThroughPct: wholeNumber(0, 100),
  /** Share of borrowing hedged against higher rates. */
  rateHedgePct: wholeNumber(0, 100),
  /** Start moving supply chains away from tariffed imports: costly now, pays off rounds later. */
  supplyChainShift: z.boolean(),
});

/**
 * Where each role's amounts sit in its sheet (dotted paths): a form holds them as the text typed, and they
 * are the only fields turned back into numbers. Every other field is a choice or a switch.
 */
export const SHEET_AMOUNT_FIELDS: Record<RoleId, readonly string[]> = {
  tokyo: ['treasuryAmountBn', 'retaliatoryTariffPct', 'investmentPledgeBn', 'farmPurchasesBn'],
  whiteHouse: ['tariffPct', 'autoTariffPct'],
  investors: [
    'allocation.treasuries',
    'allocation.yen',
    'allocation.usEquities',
    'allocation.japanEquities',
    'allocation.cash',
  ],
  usBusiness: ['lobbyingSpendM', 'passThroughPct', 'rateHedgePct'],
};

export const MoveSheetSchema = z.discriminatedUnion('role', [
  TokyoMoveSchema,
  WhiteHouseMoveSchema,
  InvestorsMoveSchema,
  UsBusinessMoveSchema,
]);

export type TokyoMove = z.infer<typeof TokyoMoveSchema>;
export type WhiteHouseMove = z.infer<typeof WhiteHouseMoveSchema>;
export type InvestorsMove = z.infer<typeof InvestorsMoveSchema>;
export type UsBusinessMove = z.infer<typeof UsBusinessMoveSchema>;
export type MoveSheet = z.infer<typeof MoveSheetSchema>;
export type Allocation = InvestorsMove['allocation'];

/** The Treasury actions whose amount the rules read (net-sales.ts): holding and skipping auctions have none. */
export const TRADES_WITH_AN_AMOUNT: readonly TokyoMove['treasuryAction'][] = ['buy', 'sell'];

/**
 * The fields of a sheet that its other choices leave unread: Tokyo's amount unless it buys or sells. A form
 * keeps what was typed there (switching back to Sell brings it back), but a sheet handed in carries 0 and a
 * record shows none, so "Hold" never reads as "Hold 25".
 */
export function unreadFields(sheet: MoveSheet): string[] {
  return sheet.role === 'tokyo' && !TRADES_WITH_AN_AMOUNT.includes(sheet.treasuryAction)
    ? ['treasuryAmountBn']
    : [];
}

/** The sheet with its unread fields at 0: what a seat hands in. */
export function withoutUnreadFields(sheet: MoveSheet): MoveSheet {
  return unreadFields(sheet).length === 0 ? sheet : ({ ...sheet, treasuryAmountBn: 0 } as MoveSheet);
}

/** A move sheet for a given role, typed by that role. */
export type MoveFor<R extends RoleId> = Extract<MoveSheet, { role: R }>;
export type MoveSet = { [R in RoleId]: MoveFor<R> };

/**
 * One-off moves: what a sheet does in its own round only, with the value each returns to for the next
 * round. Everything else on a sheet is standing policy (tariffs, stance, retaliation, pass-through,
 * hedges, allocation, the cumulative investment pledge) and carries over when no sheet is handed in.
 * A forgotten sheet must never sell, intervene, buy farm goods, lobby, publish a note or start moving
 * supply chains a second time. The engine's carry-over and the move sheet's notes both read this list.
 */
export const ONE_OFF_MOVES = {
  tokyo: { treasuryAction: 'hold', treasuryAmountBn: 0, yenIntervention: 'none', farmPurchasesBn: 0 },
  whiteHouse: {},
  investors: { researchNote: 'none' },
  usBusiness: { lobbyingSpendM: 0, supplyChainShift: false },
} as const satisfies { [R in RoleId]: Partial<Omit<MoveFor<R>, 'role'>> };

/** The fields of a role's sheet that reset after each round (see ONE_OFF_MOVES). */
export function oneOffFields(role: RoleId): string[] {
  return Object.keys(ONE_OFF_MOVES[role]);
}

/** A round's sheet as the next round's standing policy: the one-off moves back to none. */
export function carriedOver<S extends MoveSheet>(sheet: S): S {
  return sheetWith(sheet, ONE_OFF_MOVES[sheet.role] as Partial<S>);
}
