import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { TICK_HOLD_SHARE } from '../../server/game-publication.ts';
import { playerViewFor } from '../../shared/game/player-view.ts';
import type { GameUpdateMessage } from '../../shared/protocol/socket.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { FakeClock } from './fake-clock.ts';
import { closeAfterEach, startServer, TestPlayer, wait } from './harness.ts';

let server: LeverageServerHandle | null = null;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

const say = (text: string) => ({ type: 'chat:statement', statement: { text, signal: 'none' } });
const updatesOf = (player: TestPlayer) =>
  player.received
    .filter((entry) => entry.event === 'game:update')
    .map((entry) => entry.payload as GameUpdateMessage);
/** Time for anything the server sent to arrive (the fake clock stands still meanwhile). */
const settle = () => wait(60);

const TICK_MS = 2_000;
const HOLD_MS = TICK_HOLD_SHARE * TICK_MS;

/** Ana (Tokyo, host) and Ben (White House) with bots in the other seats, in round 1's negotiation. */
async function negotiating(clock: FakeClock, options: { seed: number; negotiateSeconds?: number }) {
  server = await startServer({ clock, bots: () => [] });
  const ana = await TestPlayer.connect(server.url, 'Ana');
  const ben = await TestPlayer.connect(server.url, 'Ben');
  players = [ana, ben];
  const created = await ana.create({ mode: 'multiplayer', role: 'tokyo', botFill: false, ...options });
  await ben.join(created.code, 'whiteHouse');
  await ana.seatBots(ROLE_IDS.slice(2));
  await ana.commandOk({ type: 'host:start' });
  await ana.commandOk({ type: 'host:skip' });
  await ana.untilPhase('news', 1);
  await ana.commandOk({ type: 'host:skip' });
  await ben.untilPhase('negotiate', 1);
  const game = server.registry.get(created.gameId)!;
  await settle();
  return { ana, ben, game };
}

describe('a market tick held for the next update', () => {
  it('waits up to half a tick for a change to ride on, while a command’s update goes out at once', async () => {
    const clock = new FakeClock();
    const { ana, ben, game } = await negotiating(clock, { seed: 5 });
    expect(game.engine.state.config.timers.tickSeconds * 1000).toBe(TICK_MS);

    // A tick on a quiet table: applied at once, sent half a tick later, alone.
    let before = updatesOf(ben).length;
    const pathBefore = game.engine.state.marketPath.length;
    await clock.advance(TICK_MS);
    await game.settled();
    await settle();
    expect(game.engine.state.marketPath.length).toBe(pathBefore + 1);
    expect(updatesOf(ben).length).toBe(before);
    await clock.advance(HOLD_MS);
    await ben.until((player) => updatesOf(player).length === before + 1, 5000, 'the held tick');
    expect(updatesOf(ben).at(-1)!.newPoints).toHaveLength(1);
    expect(ben.lastSeq).toBe(game.engine.state.seq);

    // A tick followed by a statement within the hold: one update carries both, sent with the statement
    // (the clock does not move for it), and nothing more follows when the hold runs out.
    before = updatesOf(ben).length;
    await clock.advance(TICK_MS - HOLD_MS);
    await game.settled();
    await settle();
    expect(updatesOf(ben).length).toBe(before);
    // Meanwhile someone (re)loads the view: it is the one the held tick's update then patches.
    const sync = await ben.ask('game:sync', {});
    expect(sync.ok && (sync.data as { seq: number }).seq).toBe(ben.lastSeq);
    await ana.commandOk(say('We hold what we hold.'));
    await ben.until((player) => player.view!.statements.length === 1, 5000, 'the statement');
    const carried = updatesOf(ben).slice(before);
    expect(carried).toHaveLength(1);
    // The tick's point, then the statement's own (the market reads every public word).
    expect(carried[0]!.newPoints.map((point) => point.at)).toEqual([clock.now(), clock.now()]);
    expect(carried[0]!.seq - carried[0]!.prevSeq).toBe(2);
    await clock.advance(HOLD_MS);
    await game.settled();
    await settle();
    expect(updatesOf(ben).length).toBe(before + 1);
    expect(ben.gaps).toBe(0);
    expect(ben.view).toEqual(JSON.parse(JSON.stringify(playerViewFor(game.engine.state, 'whiteHouse'))));
  });

  it('sends a seat fewer updates for the same ticks and statements', async () => {
    const clock = new FakeClock();
    const { ana, ben, game } = await negotiating(clock, { seed: 6, negotiateSeconds: 600 });

    // Ten ticks, each followed by a statement before its hold runs out: twenty changes.
    const before = updatesOf(ben).length;
    const seqBefore = game.engine.state.seq;
    for (let index = 0; index < 10; index++) {
      await clock.advance(TICK_MS);
      await game.settled();
      await ana.commandOk(say(`Word ${index}.`));
    }
    await ben.until((player) => player.lastSeq === game.engine.state.seq, 5000, 'the last update');
    await clock.advance(HOLD_MS);
    await settle();
    expect(game.engine.state.seq - seqBefore).toBe(20);
    // Each statement carried the tick before it (two seqs, two points an update): ten updates, not
    // twenty, and the same view at the end.
    expect(updatesOf(ben).length - before).toBe(10);
    expect(
      updatesOf(ben)
        .slice(before)
        .map((update) => [update.seq - update.prevSeq, update.newPoints.length]),
    ).toEqual(Array.from({ length: 10 }, () => [2, 2]));
    expect(ben.gaps).toBe(0);
    expect(ben.view).toEqual(JSON.parse(JSON.stringify(playerViewFor(game.engine.state, 'whiteHouse'))));
  });
});
