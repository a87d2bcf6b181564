import type { RoleId } from '../roles.ts';
import type { RolePlaybook } from './context.ts';
import { investorsPlaybook } from './investors.ts';
import { tokyoPlaybook } from './tokyo.ts';
import { usBusinessPlaybook } from './us-business.ts';
import { whiteHousePlaybook } from './white-house.ts';

const PLAYBOOKS: { [R in RoleId]: RolePlaybook<R> } = {
  tokyo: tokyoPlaybook,
  whiteHouse: whiteHousePlaybook,
  investors: investorsPlaybook,
  usBusiness: usBusinessPlaybook,
};

export function playbookFor<R extends RoleId>(role: R): RolePlaybook<R> {
  return PLAYBOOKS[role];
}
