import { describe, expect, it } from 'vitest';
import { checkProposal, EMPTY_PROPOSAL, TERM_KINDS } from '../../client/features/deals/proposal-draft.ts';
import { makesADeal, type Term } from '../../shared/protocol/deals.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { errorCode, seat, testGame, toNegotiate } from '../shared/game/helpers.ts';

describe('a deal needs two parties, stated once (makesADeal)', () => {
  it('the engine refuses and the client’s builder holds back exactly the same proposals', () => {
    const game = testGame();
    toNegotiate(game);
    const seen: string[] = [];
    for (const proposer of ROLE_IDS) {
      for (const { kind, role } of TERM_KINDS) {
        // One term at its draft default: binds `role`, so it is a deal unless the proposer binds only itself.
        const draft = { ...EMPTY_PROPOSAL, included: { ...EMPTY_PROPOSAL.included, [kind]: true } };
        const check = checkProposal(draft, proposer);
        if (!check.ok && check.problem !== 'oneParty') throw new Error(`${kind}: ${check.problem}`);
        const terms: Term[] = check.ok ? check.proposal.terms : [];
        const engine = check.ok
          ? errorCode(game.send(seat(proposer), { type: 'deal:propose', proposal: check.proposal }))
          : null;
        seen.push(`${proposer}/${kind}: client ${check.ok ? 'sends' : 'holds'}, engine ${engine ?? 'takes'}`);
        expect(check.ok).toBe(role !== proposer);
        if (check.ok) expect(makesADeal(terms, proposer)).toBe(true);
      }
    }
    expect(seen.filter((line) => line.includes('INVALID_COMMAND'))).toEqual([]);
    const ownOnly: Term[] = [{ kind: 'noNetSales', role: 'tokyo' }];
    expect(makesADeal(ownOnly, 'tokyo')).toBe(false);
    expect(
      errorCode(
        game.send(seat('tokyo'), { type: 'deal:propose', proposal: { terms: ownOnly, durationRounds: 1 } }),
      ),
    ).toBe('INVALID_COMMAND');
  });
});
