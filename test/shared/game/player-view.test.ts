import { describe, expect, it } from 'vitest';
import { commonViewOf, ownViewOf, playerViewFor } from '../../../shared/game/player-view.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { expectOk, host, seat, testGame, toNegotiate } from './helpers.ts';

describe('playerViewFor', () => {
  function playedGame() {
    const game = testGame();
    toNegotiate(game);
    expectOk(
      game.send(seat('tokyo'), {
        type: 'chat:private',
        message: { to: ['whiteHouse'], text: 'Quietly: we could buy soybeans.' },
      }),
    );
    expectOk(
      game.send(seat('tokyo'), {
        type: 'deal:propose',
        proposal: {
          terms: [
            { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
            { kind: 'farmPurchases', role: 'tokyo', amountBn: 8 },
          ],
          durationRounds: 2,
        },
      }),
    );
    return game;
  }

  it('gives a seat its own brief, book and score, and nobody else’s', () => {
    const game = playedGame();
    for (const role of ROLE_IDS) {
      const view = playerViewFor(game.engine.state, role);
      expect(view.you?.role).toBe(role);
      expect(view.you?.book).toEqual(game.engine.state.books[role]);
      const text = JSON.stringify(view);
      for (const other of ROLE_IDS.filter((candidate) => candidate !== role)) {
        for (const objective of game.engine.state.config.scenario.briefs[other].confidentialObjectives) {
          expect(text).not.toContain(objective.en);
          if (objective.ja) expect(text).not.toContain(objective.ja);
        }
      }
    }
  });

  it('shows Tokyo its actual holdings and everyone else only the official report', () => {
    const game = playedGame();
    const tokyo = playerViewFor(game.engine.state, 'tokyo');
    expect(tokyo.you?.holdings?.actualBn).toBe(game.engine.state.market.tokyoHoldingsBn);
    for (const role of ['whiteHouse', 'investors', 'usBusiness', null] as const) {
      const view = playerViewFor(game.engine.state, role);
      const text = JSON.stringify(view);
      expect(text).not.toContain('tokyoHoldingsBn');
      expect(text).not.toContain('holdingsValueBn');
      expect(text).not.toContain('internals');
      expect(view.market.reportedHoldingsBn).toBe(game.engine.state.market.reportedHoldingsBn);
    }
  });

  it('shows private channels and proposals only to their members', () => {
    const game = playedGame();
    const members = { tokyo: true, whiteHouse: true, investors: false, usBusiness: false } as const;
    for (const role of ROLE_IDS) {
      const view = playerViewFor(game.engine.state, role);
      expect(view.channels.length > 0).toBe(members[role]);
      expect(view.proposals.length > 0).toBe(members[role]);
      expect(JSON.stringify(view).includes('soybeans')).toBe(members[role]);
    }
    const hostView = playerViewFor(game.engine.state, null);
    expect(hostView.you).toBeNull();
    expect(hostView.channels).toEqual([]);
  });

  it('shows every proposal to everyone once the game has ended, for the debrief', () => {
    const game = playedGame();
    expect(playerViewFor(game.engine.state, 'investors').proposals).toEqual([]);
    expectOk(game.send(host, { type: 'host:end' }));
    for (const role of [...ROLE_IDS, null]) {
      const view = playerViewFor(game.engine.state, role);
      expect(view.proposals.map((proposal) => proposal.proposer)).toEqual(['tokyo']);
      expect(JSON.stringify(view).includes('soybeans')).toBe(role === 'tokyo' || role === 'whiteHouse');
    }
  });

  it('tells everyone who has handed in a sheet, but not what is in it', () => {
    const game = testGame();
    toNegotiate(game);
    game.expire();
    const move = { ...game.engine.state.standingMoves.tokyo, treasuryAction: 'sell', treasuryAmountBn: 77 };
    expectOk(game.send(seat('tokyo'), { type: 'move:submit', move }));
    const whiteHouse = playerViewFor(game.engine.state, 'whiteHouse');
    expect(whiteHouse.seats.tokyo.submitted).toBe(true);
    expect(whiteHouse.seats.whiteHouse.submitted).toBe(false);
    expect(JSON.stringify(whiteHouse)).not.toContain('"treasuryAmountBn":77');
    expect(playerViewFor(game.engine.state, 'tokyo').you?.submittedMove).toEqual(move);
  });

  it('is the public record then the seat’s own part, key for key and in that order', () => {
    const state = playedGame().engine.state;
    for (const role of [...ROLE_IDS, null]) {
      const view = playerViewFor(state, role);
      const parts = { ...commonViewOf(state), ...ownViewOf(state, role) };
      // The order of keys is what a snapshot's JSON and a patch's paths are made of.
      expect(Object.keys(view)).toEqual(Object.keys(parts));
      expect(JSON.stringify(view)).toBe(JSON.stringify(parts));
    }
  });
});
