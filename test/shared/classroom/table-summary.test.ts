import { describe, expect, it } from 'vitest';
import { tableSummaryOf } from '../../../shared/classroom/table-summary.ts';
import { playerViewFor } from '../../../shared/game/player-view.ts';
import type { Roster } from '../../../shared/protocol/socket.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { expectOk, seat, standing, testGame, toNegotiate } from '../game/helpers.ts';

const roster: Roster = {
  gameId: 'g1',
  code: 'ABC234',
  seats: ROLE_IDS.map((role) => ({
    role,
    kind: role === 'usBusiness' ? 'bot' : 'human',
    people:
      role === 'usBusiness'
        ? []
        : [{ id: `p-${role}`, name: `Name ${role}`, connected: role !== 'investors', isHost: false }],
    connected: role !== 'investors',
    bot: role === 'usBusiness' ? { personality: 'hawk', level: 'easy' } : null,
    captainId: role === 'usBusiness' ? null : `p-${role}`,
    signerId: role === 'usBusiness' ? null : `p-${role}`,
  })),
};

describe("a table's console summary", () => {
  it('shows who handed in, not what: a sealed sheet stays sealed on the console', () => {
    const game = testGame();
    toNegotiate(game);
    game.expire(); // negotiate → decide
    const sheet = { ...standing(game, 'tokyo'), treasuryAction: 'sell', treasuryAmountBn: 137 };
    expectOk(game.send(seat('tokyo'), { type: 'move:submit', move: sheet }));
    const summary = tableSummaryOf(
      playerViewFor(game.engine.state, null),
      roster,
      3,
      game.engine.state.timeRequests,
    );

    expect(summary).toMatchObject({
      tableId: 'g1',
      tableNumber: 3,
      phase: 'decide',
      round: 1,
      paused: false,
    });
    expect(summary.seats.map((entry) => [entry.role, entry.handedIn])).toEqual([
      ['tokyo', true],
      ['whiteHouse', false],
      ['investors', false],
      ['usBusiness', false],
    ]);
    expect(summary.seats[2]).toMatchObject({
      kind: 'human',
      connected: false,
      people: [{ name: 'Name investors', connected: false }],
    });
    expect(summary.seats[3]).toMatchObject({ kind: 'bot', people: [] });
    expect(summary.market.yield10y).toBe(game.engine.state.market.yield10y);
    expect(JSON.stringify(summary)).not.toContain('137');
    expect(JSON.stringify(summary)).not.toContain('sell');
    expect(summary.seats.map((entry) => entry.control)).toEqual([null, null, null, null]);
  });

  it('shows the facilitator a seat whose people are away: warned, then played by a bot', () => {
    const game = testGame();
    toNegotiate(game);
    game.expire(); // negotiate → decide, where the investors' sheet is awaited
    const at = game.engine.state.lastTickAt;
    const summaryOf = () =>
      tableSummaryOf(playerViewFor(game.engine.state, null), roster, 3, game.engine.state.timeRequests)
        .seats[2];
    expect(
      game.engine.seatControl({ type: 'seat:warn', role: 'investors', at, takeoverAt: at + 30_000 }),
    ).toBe(true);
    expect(summaryOf()?.control).toEqual({ status: 'warned', since: at, takeoverAt: at + 30_000 });
    expect(
      game.engine.seatControl({ type: 'seat:takeover', role: 'investors', at: at + 30_000, level: 'hard' }),
    ).toBe(true);
    expect(summaryOf()).toMatchObject({
      role: 'investors',
      kind: 'human',
      control: { status: 'bot', since: at + 30_000, level: 'hard' },
    });
  });
});
