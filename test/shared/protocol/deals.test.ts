import { describe, expect, it } from 'vitest';
import { signatoriesOf, type Term } from '../../../shared/protocol/deals.ts';
import { channelId } from '../../../shared/protocol/statements.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';

describe('role order, stated once (ROLE_IDS)', () => {
  it('signatories and channel ids follow it whatever order the roles are named in', () => {
    const reversed: RoleId[] = [...ROLE_IDS].reverse();
    const terms: Term[] = [
      { kind: 'treasuryFloor', role: 'investors', minPct: 10 },
      { kind: 'noNetSales', role: 'tokyo' },
    ];
    expect(signatoriesOf(terms, 'usBusiness')).toEqual(['tokyo', 'investors', 'usBusiness']);
    expect(channelId(reversed)).toBe(ROLE_IDS.join('+'));
  });
});
