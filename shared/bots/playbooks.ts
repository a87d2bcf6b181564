import type { RoleId } from '../roles.ts';
import type { RolePlaybook } from './context.ts';
import { investorsPlaybook } from './investors.ts';
import { tokyoPlaybook } from './tokyo.ts';
import { usBusinessPlaybook } from './us-business.ts';
import { whiteHousePlaybook } from './white-house.ts';

/**
 * Read at call time, not when this module loads: a playbook may weigh its own words by the sheet it would
 * hand in (tokyo.ts imports sheet.ts, which imports this), and a table built at load could hold a playbook
 * whose module has not finished loading yet.
 */
export function playbookFor<R extends RoleId>(role: R): RolePlaybook<R> {
  const playbooks: { [Role in RoleId]: RolePlaybook<Role> } = {
    tokyo: tokyoPlaybook,
    whiteHouse: whiteHousePlaybook,
    investors: investorsPlaybook,
    usBusiness: usBusinessPlaybook,
  };
  return playbooks[role];
}
