import { describe, expect, it } from 'vitest';
import { GameBroadcast, viewCache } from '../../../server/broadcast.ts';
import type { LeverageServer } from '../../../server/io-types.ts';
import { createGameEngine } from '../../../shared/game/engine.ts';
import { type PlayerView, playerViewFor } from '../../../shared/game/player-view.ts';
import type { GameState } from '../../../shared/game/state.ts';
import { applyPatch, patchOf } from '../../../shared/protocol/patch.ts';
import type { GameUpdateMessage } from '../../../shared/protocol/socket.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { startingScore } from '../../../shared/scoring/publication.ts';
import type { ScoreCard } from '../../../shared/scoring/types.ts';
import { expectOk, host, seat, standing, type TestGame, testGame, toNegotiate } from './helpers.ts';

const OTHERS: (RoleId | null)[] = ['whiteHouse', 'investors', 'usBusiness', null];

function runTo(game: TestGame, round: number, phase: string): void {
  for (let guard = 0; guard < 40; guard++) {
    const state = game.engine.state;
    if (state.round === round && state.phase === phase) return;
    game.expire();
  }
  throw new Error(`never reached round ${round} ${phase}`);
}

/** Round 1 played to its decide phase, Tokyo selling `amountBn` (0: holding). */
function tokyoSells(amountBn: number): TestGame {
  const game = testGame();
  toNegotiate(game);
  game.expire(); // decide 1
  const move = { ...standing(game, 'tokyo'), treasuryAction: amountBn > 0 ? 'sell' : 'hold' };
  expectOk(game.send(seat('tokyo'), { type: 'move:submit', move: { ...move, treasuryAmountBn: amountBn } }));
  return game;
}

/** What one tick of `game` sends each view room: its patch, and the scores the room holds once applied. */
interface TickSeen {
  patch: GameUpdateMessage['patch'];
  scores: PlayerView['seats'];
  ownScore: ScoreCard | null;
}

function tickMessages(game: TestGame): Record<string, TickSeen> {
  const seen: Record<string, TickSeen> = {};
  const state = game.engine.state;
  const before = viewCache(state);
  const io = {
    // One emit may reach several rooms (those whose message is the same).
    to: (rooms: string[]) => ({
      emit: (event: string, message: GameUpdateMessage) => {
        expect(event).toBe('game:update');
        for (const room of rooms) {
          const role = room.split(':')[1] === 'host' ? null : (room.split(':')[1] as RoleId);
          const view = applyPatch(before.viewFor(role), message.patch)!;
          seen[room] = { patch: message.patch, scores: view.seats, ownScore: view.you?.score ?? null };
        }
      },
    }),
  };
  const broadcast = new GameBroadcast(io as unknown as LeverageServer, state.config.gameId, state);
  game.advance(state.config.timers.tickSeconds * 1000);
  expect(game.engine.tick(game.now)).toBe(true);
  broadcast.publish(viewCache(game.engine.state), ROLE_IDS);
  return seen;
}

const tokyoSeenBy = (state: GameState, role: RoleId | null) => playerViewFor(state, role).seats.tokyo;

describe("Tokyo's score does not give a secret sale away", () => {
  it('others see the same Tokyo score whether it held or sold $100bn, in views and ticks, until the report', () => {
    const held = tokyoSells(0);
    const sold = tokyoSells(100);
    const first = Math.round(startingScore('tokyo', held.engine.state.config.scenario));
    for (let round = 2; round <= 3; round++) {
      runTo(held, round, 'negotiate');
      runTo(sold, round, 'negotiate');
      // The sale is in Tokyo's true score ...
      expect(Math.round(sold.engine.state.scores.tokyo.total)).toBeLessThan(
        Math.round(held.engine.state.scores.tokyo.total) - 2,
      );
      expect(playerViewFor(sold.engine.state, 'tokyo').you?.score.total).toBe(
        sold.engine.state.scores.tokyo.total,
      );
      // ... and in nothing anyone else sees: the first day's score, the report's Tokyo score withheld. The
      // standings are the public record, the same in Tokyo's own view.
      for (const role of [...OTHERS, 'tokyo' as const]) {
        expect(tokyoSeenBy(sold.engine.state, role)).toEqual(tokyoSeenBy(held.engine.state, role));
        expect(tokyoSeenBy(sold.engine.state, role)).toMatchObject({
          score: first,
          scoreAsOfRound: 0,
          scoreHiddenUntil: null,
        });
        expect(playerViewFor(sold.engine.state, role).reports.map((report) => report.scores.tokyo)).toEqual(
          Array.from({ length: round - 1 }, () => null),
        );
      }
      const heldTicks = tickMessages(held);
      const soldTicks = tickMessages(sold);
      for (const room of ['g1:whiteHouse', 'g1:investors', 'g1:usBusiness', 'g1:host']) {
        expect(soldTicks[room]?.scores.tokyo.score).toBe(first);
        expect(soldTicks[room]?.scores.tokyo).toEqual(heldTicks[room]?.scores.tokyo);
        // Nor does what the tick sends about Tokyo's seat differ.
        const aboutTokyo = (seen: TickSeen | undefined) =>
          seen?.patch.filter((op) => op.path[0] === 'seats' && op.path[1] === 'tokyo');
        expect(aboutTokyo(soldTicks[room])).toEqual(aboutTokyo(heldTicks[room]));
      }
      expect(soldTicks['g1:tokyo']?.ownScore?.total).toBe(sold.engine.state.scores.tokyo.total);
      expect(soldTicks['g1:whiteHouse']?.ownScore?.total).toBe(sold.engine.state.scores.whiteHouse.total);
    }
    // Round 3's resolution publishes the report covering round 1: Tokyo's score as of round 1 goes public.
    runTo(sold, 4, 'news');
    runTo(held, 4, 'news');
    const state = sold.engine.state;
    expect(state.market.reportedAsOfRound).toBe(1);
    const roundOne = state.reports[0]!.scores.tokyo;
    expect(roundOne).toBeLessThan(held.engine.state.reports[0]!.scores.tokyo);
    for (const role of OTHERS) {
      expect(tokyoSeenBy(state, role)).toMatchObject({ score: roundOne, scoreAsOfRound: 1 });
      expect(playerViewFor(state, role).reports.map((report) => report.scores.tokyo)).toEqual([
        roundOne,
        null,
        null,
      ]);
    }
  });
});

describe('scores that read secret positions', () => {
  /** A game in round 3 whose fund held `yen`% yen in rounds 1 and 2 (the rest in cash). */
  function investorsHold(yen: number): TestGame {
    const game = testGame();
    toNegotiate(game);
    for (let round = 1; round <= 2; round++) {
      runTo(game, round, 'decide');
      const allocation = { treasuries: 0, yen, usEquities: 0, japanEquities: 0, cash: 100 - yen };
      const move = { ...standing(game, 'investors'), allocation };
      expectOk(game.send(seat('investors'), { type: 'move:submit', move }));
    }
    runTo(game, 3, 'negotiate');
    return game;
  }

  it("others never see the fund's or businesses' live score before the end; then every score is true", () => {
    const yen = investorsHold(100);
    const cash = investorsHold(0);
    const live = (game: TestGame) => Math.round(game.engine.state.scores.investors.total);
    expect(live(yen)).not.toBe(live(cash));
    for (const role of ['tokyo', 'whiteHouse', 'usBusiness', null] as const) {
      const seen = playerViewFor(yen.engine.state, role).seats;
      expect(seen.investors).toEqual(playerViewFor(cash.engine.state, role).seats.investors);
      // Absent, not the first day's figure standing in for it: nothing reads like a live number.
      for (const hidden of ['investors', 'usBusiness'] as const) {
        expect(seen[hidden]).toMatchObject({ score: null, scoreAsOfRound: null, scoreHiddenUntil: 'end' });
      }
      expect(playerViewFor(yen.engine.state, role).reports.map((report) => report.scores.investors)).toEqual([
        null,
        null,
      ]);
    }
    // The White House's score reads public figures only: live for everyone.
    const whiteHouse = Math.round(yen.engine.state.scores.whiteHouse.total);
    expect(playerViewFor(yen.engine.state, 'investors').seats.whiteHouse).toEqual(
      expect.objectContaining({ score: whiteHouse, scoreAsOfRound: null, scoreHiddenUntil: null }),
    );

    expectOk(yen.send(host, { type: 'host:end' }));
    const ended = yen.engine.state;
    expect(ended.phase).toBe('ended');
    for (const role of OTHERS) {
      const view = playerViewFor(ended, role);
      for (const each of ROLE_IDS) {
        expect(view.seats[each]).toMatchObject({
          score: Math.round(ended.scores[each].total),
          scoreAsOfRound: null,
          scoreHiddenUntil: null,
        });
      }
      expect(view.reports[0]!.scores).toEqual(ended.reports[0]!.scores);
    }
  });

  it("sends the fund's and businesses' scores as absent in every tick, the White House's live", () => {
    const game = investorsHold(100);
    const ticks = tickMessages(game);
    const state = game.engine.state;
    for (const room of ['g1:tokyo', 'g1:whiteHouse', 'g1:usBusiness', 'g1:investors', 'g1:host']) {
      const scores = ticks[room]!.scores;
      expect(scores.investors).toMatchObject({ score: null, scoreAsOfRound: null, scoreHiddenUntil: 'end' });
      expect(scores.usBusiness).toMatchObject({ score: null, scoreAsOfRound: null, scoreHiddenUntil: 'end' });
      expect(scores.whiteHouse).toMatchObject({
        score: Math.round(state.scores.whiteHouse.total),
        scoreHiddenUntil: null,
      });
      // Tokyo's lagged score is a published figure: a number, as of the first day before any report.
      expect(scores.tokyo).toMatchObject({ scoreAsOfRound: 0, scoreHiddenUntil: null });
      expect(typeof scores.tokyo.score).toBe('number');
    }
    // The fund's own seat still gets its own live score card with every tick.
    expect(ticks['g1:investors']!.ownScore?.total).toBe(state.scores.investors.total);
  });

  it('an update patches a report only when a score in it goes public', () => {
    const game = tokyoSells(100);
    runTo(game, 3, 'news');
    const before = playerViewFor(game.engine.state, 'whiteHouse');
    const reportOps = (after: typeof before) =>
      patchOf(before, after).filter((op) => op.path[0] === 'reports');
    runTo(game, 3, 'negotiate');
    // Round 3's news phase ends: no report changed, none is resent.
    expect(reportOps(playerViewFor(game.engine.state, 'whiteHouse'))).toEqual([]);
    runTo(game, 4, 'news');
    // Round 3's resolution adds its report and publishes Tokyo's round-1 score: that score alone is set.
    const ops = reportOps(playerViewFor(game.engine.state, 'whiteHouse'));
    expect(ops).toContainEqual({
      op: 'set',
      path: ['reports', 0, 'scores', 'tokyo'],
      value: game.engine.state.reports[0]!.scores.tokyo,
    });
    const added = ops.find((op) => op.op === 'splice');
    expect(added).toMatchObject({ path: ['reports'], from: 2 });
    expect(
      added?.op === 'splice' &&
        added.items.map((report) => (report as (typeof before.reports)[number]).scores.tokyo),
    ).toEqual([null]);
  });

  it('restores the same public scores from a snapshot (nothing new is kept in the state)', () => {
    const game = tokyoSells(100);
    runTo(game, 2, 'negotiate');
    const state = game.engine.state;
    const again = createGameEngine(
      state.config,
      0,
      JSON.parse(JSON.stringify(game.engine.persistedSnapshot())),
    );
    expect(playerViewFor(again.state, 'whiteHouse').seats).toEqual(playerViewFor(state, 'whiteHouse').seats);
    again.stop();
  });
});
