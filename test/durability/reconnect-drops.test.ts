import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import type { Clock, TimerHandle } from '../../server/clock.ts';
import { SqliteGameStore } from '../../server/store/sqlite-store.ts';
import { playerViewFor } from '../../shared/game/player-view.ts';
import { createRng, seedToState } from '../../shared/rng.ts';
import { startServer, wait } from '../integration/harness.ts';
import { removeTempFolders, tempDataDir } from './helpers.ts';
import { ResilientPlayer } from './resilient-player.ts';

/** Game time runs twice as fast as the wall clock: the market's two-second ticks come every real second. */
class FastClock implements Clock {
  private readonly origin = Date.now();

  constructor(private readonly speed: number) {}

  now(): number {
    return Math.round(this.origin + (Date.now() - this.origin) * this.speed);
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const handle = setTimeout(fn, ms / this.speed);
    handle.unref();
    return handle;
  }

  clearTimeout(handle: TimerHandle): void {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  }
}

const DROP_KINDS = ['transport', 'longTransport', 'reload', 'lostMessage'] as const;
type DropKind = (typeof DROP_KINDS)[number];
const DROPS_PER_KIND = 3;

let server: LeverageServerHandle | null = null;
let store: SqliteGameStore | null = null;
const players: ResilientPlayer[] = [];

afterEach(async () => {
  for (const player of players.splice(0)) player.close();
  await server?.close();
  server = null;
  await store?.close();
  store = null;
  removeTempFolders();
});

/** Drops `player` the way `kind` says; resolves once the drop has happened (not once it is over). */
async function drop(player: ResilientPlayer, kind: DropKind): Promise<void> {
  const manager = player.socket.io;
  if (kind === 'lostMessage') {
    player.loseNextMessage();
    return;
  }
  if (kind === 'reload') {
    // The tab goes away for a second and is reloaded: a new connection that must resume with its token.
    player.socket.disconnect();
    setTimeout(() => player.reload(), 1000);
    return;
  }
  // A network blip: the transport dies, Socket.IO reconnects by itself and recovers the session.
  const delay = kind === 'longTransport' ? 1500 : 50;
  manager.reconnectionDelay(delay).reconnectionDelayMax(delay);
  manager.engine.close();
  await player.until(() => !player.socket.connected, 2000, 'the drop');
  player.socket.once('connect', () => manager.reconnectionDelay(50).reconnectionDelayMax(250));
}

describe('reconnection while the market ticks every second', () => {
  it('keeps every client in step through blips, lost messages and reloads, each back within 5 s', async () => {
    store = new SqliteGameStore({ dataDir: join(tempDataDir(), 'data') });
    server = await startServer({ clock: new FastClock(2), store, botDelayMs: 400 });
    const [ana, ben, cai] = ['ana', 'ben', 'cai'].map((name) => new ResilientPlayer(server!.url, name)) as [
      ResilientPlayer,
      ResilientPlayer,
      ResilientPlayer,
    ];
    players.push(ana, ben, cai);
    await Promise.all(players.map((player) => player.connected()));
    const created = await ana.create({
      mode: 'multiplayer',
      role: 'tokyo',
      rounds: 2,
      seed: 77,
      negotiateSeconds: 1800,
    });
    await ben.join(created.code, 'whiteHouse');
    await cai.join(created.code, 'investors');
    expect((await ana.send({ type: 'host:start' })).ok).toBe(true);
    await ana.until(() => ana.view?.phase === 'briefing', 5000, 'the briefing');
    expect((await ana.send({ type: 'host:skip' })).ok).toBe(true);
    await ana.until(() => ana.view?.phase === 'news', 5000, 'the news');
    expect((await ana.send({ type: 'host:skip' })).ok).toBe(true);
    for (const player of players)
      await player.until(() => player.view?.phase === 'negotiate', 5000, 'the negotiation');
    const game = server.registry.get(created.gameId)!;
    const serverSeq = () => game.engine.state.seq;

    // Everyone keeps talking through it all; a command that loses its answer is sent again, same id.
    let talking = true;
    const talk = Promise.all(
      players.map(async (player) => {
        for (let said = 1; talking; said++) {
          await player.send({
            type: 'chat:statement',
            statement: { text: `${player.name} ${said}`, signal: 'none' },
          });
          await wait(300);
        }
      }),
    );

    const rng = createRng(seedToState('leverage reconnect drops'));
    const schedule = DROP_KINDS.flatMap((kind) => Array.from({ length: DROPS_PER_KIND }, () => kind));
    for (let index = schedule.length - 1; index > 0; index--) {
      const other = rng.int(0, index);
      [schedule[index], schedule[other]] = [schedule[other]!, schedule[index]!];
    }
    const backInStepMs: Record<DropKind, number[]> = {
      transport: [],
      longTransport: [],
      reload: [],
      lostMessage: [],
    };
    const lost = new Map<ResilientPlayer, number>();
    const ticksBefore = game.engine.state.marketPath.length;
    for (const kind of schedule) {
      const player = rng.pick(players);
      const gapsBefore = player.gaps;
      const droppedAt = performance.now();
      await drop(player, kind);
      if (kind === 'lostMessage') {
        lost.set(player, (lost.get(player) ?? 0) + 1);
        await player.until(() => player.gaps > gapsBefore, 5000, 'the gap after a lost message');
      }
      // Back in step: connected, seated, and holding the server's latest seq.
      await player.until(
        () => player.seated && player.socket.connected && (player.held?.seq ?? -1) >= serverSeq(),
        5000,
        `back in step after a ${kind} drop`,
      );
      backInStepMs[kind].push(performance.now() - droppedAt);
      await wait(200 + rng.next() * 400);
    }
    talking = false;
    await talk;
    // The market ticked all along (about one a second), and the clients missed some of it while away.
    expect(game.engine.state.marketPath.length - ticksBefore).toBeGreaterThanOrEqual(8);

    // The host pauses: no more ticks, so everyone can be compared with the server at rest.
    expect((await ana.send({ type: 'host:pause' })).ok).toBe(true);
    for (const player of players)
      await player.until(
        () => player.view?.paused === true && player.held?.seq === serverSeq(),
        5000,
        'the pause',
      );
    const state = game.engine.state;
    for (const player of players) {
      const role = player.seat!.role!;
      expect(player.view, player.name).toEqual(JSON.parse(JSON.stringify(playerViewFor(state, role))));
      // Nothing lost, nothing doubled: each statement the player was told was accepted is there once.
      const texts = state.statements.filter((entry) => entry.from === role).map((entry) => entry.text);
      const accepted = player.accepted
        .filter(({ payload }) => payload.type === 'chat:statement')
        .map(({ payload }) => (payload.statement as { text: string }).text);
      expect(texts).toEqual([...new Set(accepted)]);
      // Only the lost messages made gaps (blips are recovered with what they missed), and each was synced.
      expect(player.gaps, player.name).toBe(lost.get(player) ?? 0);
      expect(player.syncs).toBeGreaterThanOrEqual(player.gaps > 0 ? 1 : 0);
    }
    const recoveries = players.reduce((sum, player) => sum + player.recoveries, 0);
    const resumes = players.reduce((sum, player) => sum + player.resumes.length, 0);
    // A reload always resumes with its token; a blip recovers its session (or, if the server had not yet
    // noticed the old transport close, resumes like a reload: either way it is back, in step).
    expect(recoveries + resumes).toBe(3 * DROPS_PER_KIND);
    expect(resumes).toBeGreaterThanOrEqual(DROPS_PER_KIND);
    expect(recoveries).toBeGreaterThanOrEqual(DROPS_PER_KIND);
    const slowest = Math.max(...Object.values(backInStepMs).flat());
    expect(slowest).toBeLessThan(5000);
    console.info(
      `[reconnect test] back in step (ms): ${Object.entries(backInStepMs)
        .map(([kind, times]) => `${kind} ${times.map((ms) => ms.toFixed(0)).join('/')}`)
        .join('; ')}`,
    );
  }, 60_000);
});
