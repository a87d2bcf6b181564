import { z } from 'zod';

/** The four fixed seats of every Leverage game, in the order they are listed everywhere. */
export const ROLE_IDS = ['tokyo', 'whiteHouse', 'investors', 'usBusiness'] as const;

export const RoleIdSchema = z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof RoleIdSchema>;

/** A value for each role, e.g. scores or credibility. */
export type PerRole<T> = Record<RoleId, T>;

export function perRole<T>(make: (role: RoleId) => T): PerRole<T> {
  return {
    tokyo: make('tokyo'),
    whiteHouse: make('whiteHouse'),
    investors: make('investors'),
    usBusiness: make('usBusiness'),
  };
}

/** Who sits in a seat: a person (or a team of people) or a bot. */
export const SeatKindSchema = z.enum(['human', 'bot']);
export type SeatKind = z.infer<typeof SeatKindSchema>;
