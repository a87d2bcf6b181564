import type { PerRole, RoleId } from '../../roles.ts';
import type { SeatPlayer } from '../headless.ts';
import { INVESTORS_POLICIES } from './investors.ts';
import { type ScriptedPolicy, seatPlayerOf } from './policy.ts';
import { TOKYO_POLICIES } from './tokyo.ts';
import { US_BUSINESS_POLICIES } from './us-business.ts';
import { WHITE_HOUSE_POLICIES } from './white-house.ts';

export { type ScriptedPolicy, seatPlayerOf } from './policy.ts';

/** A scripted strategy ready to sit at a table: its name and the seat player that plays it. */
export interface NamedPolicy {
  name: string;
  player: SeatPlayer;
}

const seated = <R extends RoleId>(policies: readonly ScriptedPolicy<R>[]): NamedPolicy[] =>
  policies.map((policy) => ({ name: policy.name, player: seatPlayerOf(policy) }));

/** Every role's scripted strategies; the first of each is `doNothing`. */
export const SCRIPTED_POLICIES: PerRole<readonly NamedPolicy[]> = {
  tokyo: seated(TOKYO_POLICIES),
  whiteHouse: seated(WHITE_HOUSE_POLICIES),
  investors: seated(INVESTORS_POLICIES),
  usBusiness: seated(US_BUSINESS_POLICIES),
};

export function policyNamed(role: RoleId, name: string): NamedPolicy {
  const policy = SCRIPTED_POLICIES[role].find((candidate) => candidate.name === name);
  if (!policy) throw new Error(`no scripted policy "${name}" for ${role}`);
  return policy;
}
