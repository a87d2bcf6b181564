import { describe, expect, it } from 'vitest';
import { myDealsInForce, tariffCapInForce } from '../../../shared/bots/reading.ts';
import { dealsInForce } from '../../../shared/game/deals.ts';
import { playerViewFor } from '../../../shared/game/player-view.ts';
import type { Deal } from '../../../shared/game/state.ts';
import { errorCode, expectOk, seat, standing, type TestGame, testGame, toNegotiate } from './helpers.ts';

const deal = (fromRound: number, untilRound: number, status: Deal['status'] = 'inForce'): Deal => ({
  id: 'd1',
  proposalId: 'p1',
  terms: [],
  signatories: ['tokyo', 'whiteHouse'],
  signedAt: 0,
  fromRound,
  untilRound,
  status,
});

/** Round 1: Tokyo offers "White House tariff ≤ 15% for 2 rounds" against no net sales; the White House signs. */
function signTwoRoundCap(game: TestGame): void {
  toNegotiate(game);
  const { proposalId } = expectOk(
    game.send(seat('tokyo'), {
      type: 'deal:propose',
      proposal: {
        terms: [
          { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: false },
          { kind: 'noNetSales', role: 'tokyo' },
        ],
        durationRounds: 2,
      },
    }),
  );
  expectOk(game.send(seat('whiteHouse'), { type: 'deal:accept', proposalId }));
}

/** From negotiate to the same round's decide, or from decide to the next round's decide. */
function toDecide(game: TestGame): void {
  do game.expire();
  while (game.engine.state.phase !== 'decide');
}

describe('deals in force: signed in round r for d rounds, they bind the sheets of rounds r … r + d − 1', () => {
  it('dealsInForce answers for its first round, its last, and not the round before or after', () => {
    const deals = [deal(2, 3)];
    expect([1, 2, 3, 4].map((round) => dealsInForce({ deals, round }).length)).toEqual([0, 1, 1, 0]);
    expect(dealsInForce({ deals: [deal(2, 3, 'breached')], round: 2 })).toEqual([]);
    expect(dealsInForce({ deals, round: 1 }, 3)).toHaveLength(1);
  });

  it('the binding-sheet check, the bots’ reading and the breach finder agree at its first, last and next round', () => {
    const game = testGame({ bindingDeals: true });
    signTwoRoundCap(game);
    const seen: unknown[] = [];
    for (const expected of [1, 2, 3]) {
      toDecide(game);
      const view = playerViewFor(game.engine.state, 'whiteHouse');
      expect(view.round).toBe(expected);
      const tariff24 = { ...standing(game, 'whiteHouse'), tariffPct: 24 };
      seen.push({
        round: view.round,
        inForce: dealsInForce(view).length,
        mine: myDealsInForce(view, 'whiteHouse').length,
        cap: tariffCapInForce(view),
        sheetAt24: errorCode(game.send(seat('whiteHouse'), { type: 'move:submit', move: tariff24 })),
      });
    }
    expect(seen).toEqual([
      { round: 1, inForce: 1, mine: 1, cap: 15, sheetAt24: 'BREAKS_DEAL' },
      { round: 2, inForce: 1, mine: 1, cap: 15, sheetAt24: 'BREAKS_DEAL' },
      { round: 3, inForce: 0, mine: 0, cap: null, sheetAt24: null },
    ]);
    expect(game.engine.state.deals[0]!.status).toBe('expired');
  });

  it('a non-binding deal is breached by a sheet of its last round, and not by one of the round after', () => {
    const game = testGame();
    signTwoRoundCap(game);
    toDecide(game);
    toDecide(game); // round 2, the deal's last
    const tariff24 = { ...standing(game, 'whiteHouse'), tariffPct: 24 };
    expectOk(game.send(seat('whiteHouse'), { type: 'move:submit', move: tariff24 }));
    toDecide(game); // round 2 resolves
    expect(game.engine.state.breaches.map((breach) => [breach.role, breach.round])).toEqual([
      ['whiteHouse', 2],
    ]);
    const dealAfter = game.engine.state.deals[0]!;
    expect(dealAfter.status).toBe('breached');

    const later = testGame();
    signTwoRoundCap(later);
    toDecide(later);
    toDecide(later);
    toDecide(later); // round 3: one round after its last
    expectOk(later.send(seat('whiteHouse'), { type: 'move:submit', move: tariff24 }));
    toDecide(later);
    expect(later.engine.state.breaches).toEqual([]);
  });
});
