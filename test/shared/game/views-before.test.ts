import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createGameEngine } from '../../../shared/game/engine.ts';
import { type CommonView, commonViewOf, type OwnView, ownViewOf } from '../../../shared/game/player-view.ts';
import type { GameState } from '../../../shared/game/state.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { runHeadlessGame } from '../../../shared/sim/headless.ts';

const RECIPIENTS: (RoleId | null)[] = [null, ...ROLE_IDS];

/** Every state of a bot game, in order. Seed 11 has Tokyo break a no-sales deal in round 4, out of sight. */
function statesOf(seed: number): GameState[] {
  const run = runHeadlessGame({ seed, rounds: 4 });
  const engine = createGameEngine(run.config, 0);
  const states = [engine.state];
  for (const event of run.log) {
    engine.replay(event);
    states.push(engine.state);
  }
  engine.stop();
  return states;
}

/** What `after`'s views are when built from `before`'s: checked against views built afresh. */
function viewsAfter(before: GameState, after: GameState) {
  const common = commonViewOf(after, { game: before, view: commonViewOf(before) });
  const owns = new Map<RoleId | null, OwnView>(
    RECIPIENTS.map((role) => [role, ownViewOf(after, role, { game: before, view: ownViewOf(before, role) })]),
  );
  return { common, owns };
}

function expectAsIfAfresh(before: GameState, after: GameState, what: string) {
  const { common, owns } = viewsAfter(before, after);
  const fresh: CommonView = commonViewOf(after);
  if (!isDeepStrictEqual(common, fresh)) expect(common, `public record ${what}`).toEqual(fresh);
  for (const role of RECIPIENTS) {
    const own = ownViewOf(after, role);
    if (!isDeepStrictEqual(owns.get(role), own)) expect(owns.get(role), `${role} ${what}`).toEqual(own);
  }
}

describe('views built from the views of the state before', () => {
  const states = statesOf(11);

  it('the game has what the cases below need: a breach still out of sight, proposals, an end', () => {
    const last = states.at(-1)!;
    expect(last.phase).toBe('ended');
    expect(last.breaches.some((breach) => breach.round > states.at(-2)!.market.reportedAsOfRound)).toBe(true);
    expect(Object.keys(last.proposals).length).toBeGreaterThan(0);
  });

  it('say exactly what views built afresh say, at every change of a whole game', () => {
    for (let index = 1; index < states.length; index++)
      expectAsIfAfresh(states[index - 1]!, states[index]!, `at change ${index}`);
  });

  it('follow what a list is read with, not the list alone: the end, and a report that reveals a breach', () => {
    for (const [index, state] of states.entries()) {
      // Every proposal and every reason is shown once the game has ended, with the lists unchanged.
      expectAsIfAfresh(state, { ...state, phase: 'ended' }, `ended after change ${index}`);
      // A hidden breach becomes everyone's once a holdings report covers its round (before the end,
      // which shows every breach: the breach of seed 11 comes at the last resolution).
      const open: GameState = { ...state, phase: state.phase === 'ended' ? 'decide' : state.phase };
      const reported = { ...open.market, reportedAsOfRound: open.market.reportedAsOfRound + 4 };
      expectAsIfAfresh(open, { ...open, market: reported }, `reported after change ${index}`);
    }
  });

  it('keep the parts a change left alone: the very same records and lists', () => {
    const kept = { market: 0, policy: 0, seats: 0, you: 0, channels: 0 };
    for (let index = 1; index < states.length; index++) {
      const before = states[index - 1]!;
      const after = states[index]!;
      const held = commonViewOf(before);
      const common = commonViewOf(after, { game: before, view: held });
      if (after.market === before.market) {
        expect(common.market).toBe(held.market);
        kept.market++;
      }
      if (after.standingMoves === before.standingMoves) {
        expect(common.publicPolicy).toBe(held.publicPolicy);
        kept.policy++;
      }
      if (isDeepStrictEqual(commonViewOf(after).seats, held.seats)) {
        expect(common.seats).toBe(held.seats);
        kept.seats++;
      }
      for (const role of ROLE_IDS) {
        const heldOwn = ownViewOf(before, role);
        const own = ownViewOf(after, role, { game: before, view: heldOwn });
        if (after.channels === before.channels) {
          expect(own.channels).toBe(heldOwn.channels);
          kept.channels++;
        }
        if (isDeepStrictEqual(ownViewOf(after, role).you, heldOwn.you)) {
          expect(own.you).toBe(heldOwn.you);
          kept.you++;
        }
      }
    }
    for (const [part, count] of Object.entries(kept)) expect(count, part).toBeGreaterThan(0);
  });
});
