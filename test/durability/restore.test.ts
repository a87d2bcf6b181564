import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeverageServerHandle, LeverageServerOptions } from '../../server/app.ts';
import { SNAPSHOT_EVERY, snapshotOffset } from '../../server/game-journal.ts';
import { TICK_HOLD_SHARE } from '../../server/game-publication.ts';
import { cryptoIds } from '../../server/ids.ts';
import type { Commit, GameStore } from '../../server/store/game-store.ts';
import { MemoryGameStore } from '../../server/store/memory-store.ts';
import { SqliteGameStore } from '../../server/store/sqlite-store.ts';
import { replayGame } from '../../shared/game/replay.ts';
import { FakeClock, flush } from '../integration/fake-clock.ts';
import { SHEETS, startServer, TestPlayer } from '../integration/harness.ts';
import { commandKeys, removeTempFolders, replayStored, tempDataDir } from './helpers.ts';

const BOT_DELAY_MS = 1000;

let servers: LeverageServerHandle[] = [];
let players: TestPlayer[] = [];
let stores: GameStore[] = [];
let errors: unknown[] = [];

afterEach(async () => {
  for (const player of players) player.close();
  players = [];
  for (const server of servers) await server.close();
  servers = [];
  for (const store of stores) await store.close();
  stores = [];
  removeTempFolders();
});

/** A game id whose first snapshot point is its 10th log entry: the restore below starts from a snapshot. */
const EARLY_SNAPSHOT_ID = Array.from({ length: 1000 }, (_, i) => `restored-game-${i}`).find(
  (id) => snapshotOffset(id) === SNAPSHOT_EVERY - 10,
)!;

/** A server on `store`; every error it logs is kept, and a test expects none unless it says so. */
async function serve(store: GameStore, clock: FakeClock, options: Partial<LeverageServerOptions> = {}) {
  const server = await startServer({
    clock,
    store,
    botDelayMs: BOT_DELAY_MS,
    logger: { info: () => {}, error: (...args: unknown[]) => errors.push(args) },
    ...options,
  });
  servers.push(server);
  return server;
}

async function stop(server: LeverageServerHandle): Promise<void> {
  for (const player of players) player.close();
  players = [];
  await server.close();
  servers = servers.filter((entry) => entry !== server);
}

async function connect(server: LeverageServerHandle, name: string): Promise<TestPlayer> {
  const player = await TestPlayer.connect(server.url, name);
  players.push(player);
  return player;
}

function sqliteStore(dataDir = tempDataDir()): SqliteGameStore {
  const store = new SqliteGameStore({ dataDir: join(dataDir, 'data') });
  stores.push(store);
  return store;
}

/** Host (Tokyo) and a guest (White House) in a started game, bots in the other seats, in round 1's negotiation. */
async function tableInNegotiation(server: LeverageServerHandle, rounds = 3) {
  const ana = await connect(server, 'Ana');
  const ben = await connect(server, 'Ben');
  const created = await ana.create({ mode: 'multiplayer', role: 'tokyo', rounds, seed: 5 });
  const joined = await ben.join(created.code, 'whiteHouse');
  await ana.commandOk({ type: 'host:start' });
  await ana.untilPhase('briefing');
  await ana.commandOk({ type: 'host:skip' });
  await ana.untilPhase('news', 1);
  await ana.commandOk({ type: 'host:skip' });
  await Promise.all([ana, ben].map((player) => player.untilPhase('negotiate', 1)));
  return { ana, ben, created, joined };
}

/** One round from its negotiation: skip to decide, let the bots hand in, hand in, and on to the next round. */
async function playRound(
  clock: FakeClock,
  host: TestPlayer,
  people: TestPlayer[],
  round: number,
  rounds: number,
) {
  await Promise.all(people.map((player) => player.untilPhase('negotiate', round)));
  await host.commandOk({ type: 'host:skip' });
  await Promise.all(people.map((player) => player.untilPhase('decide', round)));
  await clock.advance(BOT_DELAY_MS);
  await host.until(
    (player) => player.view!.seats.investors.submitted && player.view!.seats.usBusiness.submitted,
    5000,
    'the bots’ sheets',
  );
  await Promise.all(
    people.map((player) => player.commandOk({ type: 'move:submit', move: SHEETS[player.role!] })),
  );
  if (round < rounds) {
    await Promise.all(people.map((player) => player.untilPhase('news', round + 1)));
    await host.commandOk({ type: 'host:skip' });
  }
}

async function playToEnd(clock: FakeClock, host: TestPlayer, people: TestPlayer[], rounds: number) {
  for (let round = host.view!.round; round <= rounds; round++)
    await playRound(clock, host, people, round, rounds);
  await Promise.all(people.map((player) => player.untilPhase('ended')));
}

describe('a game brought back by a new server on the same store', () => {
  it('restores the state, seats its people by their tokens, answers a retried command once, and plays on to the end', async () => {
    errors = [];
    const clock = new FakeClock();
    const dataDir = tempDataDir();
    const first = await serve(sqliteStore(dataDir), clock, {
      ids: { ...cryptoIds, gameId: () => EARLY_SNAPSHOT_ID },
    });
    const { ana, ben, created, joined } = await tableInNegotiation(first);
    // Round 1 resolves (past the game's first snapshot), and the game goes down in round 2's negotiation.
    await playRound(clock, ana, [ana, ben], 1, 3);
    await Promise.all([ana, ben].map((player) => player.untilPhase('negotiate', 2)));
    const said = await ana.command(
      { type: 'chat:statement', statement: { text: 'We are patient holders.', signal: 'hint' } },
      'ana-said-once',
    );
    expect(said.ok).toBe(true);
    await ben.commandOk({
      type: 'deal:propose',
      proposal: { terms: [{ kind: 'noNetSales', role: 'tokyo' }], durationRounds: 2 },
    });
    // The market ticks and the bots talk; the server goes down in the middle of it all.
    await clock.advance(5000);
    await ana.until((player) => player.view!.statements.length >= 2, 5000, 'the bots speaking');
    const before = structuredClone(first.registry.get(created.gameId)!.engine.state);
    expect(before.phase).toBe('negotiate');
    await stop(first);

    const kept = (await first.store.load(created.gameId))!;
    expect(kept.snapshot?.logLength).toBeGreaterThan(0);
    expect(kept.entries.length).toBeGreaterThan(0);
    const second = await serve(sqliteStore(dataDir), clock);
    expect(second.restored).toMatchObject({ games: 1, failed: 0 });
    expect(second.restored.ms).toBeLessThan(1000);
    const game = second.registry.get(created.gameId)!;
    expect(game.engine.state).toEqual(before);
    // The join code is registered again: a latecomer can still come in by code.
    expect(second.registry.withCode(created.code)).toBe(game);

    const ana2 = await connect(second, 'Ana again');
    const ben2 = await connect(second, 'Ben again');
    expect(await ana2.resume(created.gameId, created.token)).toEqual({ ...created });
    expect(await ben2.resume(joined.gameId, joined.token)).toEqual({ ...joined });
    expect(ana2.view!.you!.role).toBe('tokyo');
    expect(ben2.view!.you!.role).toBe('whiteHouse');
    expect(ana2.lastSeq).toBe(before.seq);
    expect(ana2.view!.version).toBe(before.version);
    expect(ana2.view!.statements.map((statement) => statement.text)).toContain('We are patient holders.');

    // The client did not hear the first answer and sends the command again, after the restart.
    const retried = await ana2.command(
      { type: 'chat:statement', statement: { text: 'We are patient holders.', signal: 'hint' } },
      'ana-said-once',
    );
    expect(retried).toEqual(said);
    expect(game.engine.state.statements).toHaveLength(before.statements.length);

    await playToEnd(clock, ana2, [ana2, ben2], 3);
    const stored = second.store;
    const replay = await replayStored(stored, created.gameId);
    expect(replay.outOfOrder).toEqual([]);
    expect(replay.mismatches).toEqual([]);
    expect(replay.state).toEqual(game.engine.state);
    const log = (await stored.readLog(created.gameId)).map((entry) => entry.event);
    expect(replayGame(replay.state.config, game.createdAt, log)).toEqual(game.engine.state);
    const keys = commandKeys(log);
    expect(keys.filter((key) => key === 'tokyo:ana-said-once')).toHaveLength(1);
    expect(new Set(keys).size).toBe(keys.length);
    // The bots played on after the restart: a sheet from each bot seat in every round.
    for (const role of ['investors', 'usBusiness']) {
      const sheets = log.filter(
        (event) => event.type === 'move:submit' && event.actor.kind === 'seat' && event.actor.role === role,
      );
      expect(sheets, role).toHaveLength(3);
    }
    expect((await stored.load(created.gameId))!.status).toBe('ended');
    expect(errors).toEqual([]);
  });

  it('fires a deadline that passed while the server was down at once, then runs the next phase on its clock', async () => {
    errors = [];
    const clock = new FakeClock();
    const store = new MemoryGameStore();
    const first = await serve(store, clock);
    const { created } = await tableInNegotiation(first);
    const deadline = first.registry.get(created.gameId)!.engine.state.deadline!;
    await stop(first);

    // Down for ten minutes: the negotiation's deadline passed meanwhile.
    await clock.advance(deadline - clock.now() + 10 * 60_000);
    const second = await serve(store, clock);
    const game = second.registry.get(created.gameId)!;
    expect(game.engine.state.phase).toBe('negotiate');
    await clock.advance(1);
    await game.settled();
    expect(game.engine.state.phase).toBe('decide');
    const log = await store.readLog(created.gameId);
    const timeout = log.findLast((entry) => entry.event.type === 'clock:timeout')!;
    expect(timeout.event.at).toBeGreaterThan(deadline + 10 * 60_000 - 1);
    expect(game.engine.state.deadline).toBe(timeout.event.at + 60_000);
    expect(errors).toEqual([]);
  });

  it('keeps a lobby: its people, their seats and the bot seats, and starts it later', async () => {
    errors = [];
    const clock = new FakeClock();
    const store = new MemoryGameStore();
    const first = await serve(store, clock);
    const ana = await connect(first, 'Ana');
    const ben = await connect(first, 'Ben');
    const created = await ana.create({ mode: 'multiplayer', role: 'tokyo', rounds: 1, botFill: false });
    const joined = await ben.join(created.code, 'investors');
    expect((await ben.ask('lobby:chooseRole', { role: 'whiteHouse' })).ok).toBe(true);
    const bot = { personality: 'dove', level: 'hard' };
    expect((await ana.ask('lobby:setBot', { role: 'usBusiness', bot })).ok).toBe(true);
    const roster = ana.roster;
    await stop(first);

    const second = await serve(store, clock);
    const ana2 = await connect(second, 'Ana');
    const ben2 = await connect(second, 'Ben');
    await ana2.resume(created.gameId, created.token);
    expect(await ben2.resume(joined.gameId, joined.token)).toMatchObject({ role: 'whiteHouse' });
    await ana2.until((player) => player.roster?.seats[1]?.connected === true, 5000, 'Ben back');
    expect(ana2.roster).toEqual(roster);
    await ana2.commandOk({ type: 'host:start' });
    await ben2.untilPhase('briefing');
    // Ben moved from investors to the White House before the restart; with no bot fill that seat stays open.
    expect(ben2.roster!.seats.map((seat) => seat.kind)).toEqual(['human', 'human', 'open', 'bot']);
    expect(ben2.roster!.seats[3]!.bot).toEqual(bot);
    // A newcomer still gets a fresh person id: nobody's seat is taken over.
    const cai = await connect(second, 'Cai');
    const caiJoined = await cai.join(created.code, 'investors');
    expect(caiJoined.role).toBe('investors');
    const lobby = (await store.load(created.gameId))!.lobby;
    expect(new Set(lobby.people.map((person) => person.id)).size).toBe(3);
    expect(JSON.stringify(lobby)).not.toContain(created.token);
    expect(errors).toEqual([]);
  });
});

describe('games that are not being played', () => {
  it('keeps a finished game: not restored at start, but a player resuming with its token gets the end screen', async () => {
    errors = [];
    const clock = new FakeClock();
    const store = new MemoryGameStore();
    const first = await serve(store, clock);
    const sol = await connect(first, 'Sol');
    const created = await sol.create({ mode: 'solo', role: 'investors', rounds: 2, seed: 8 });
    await sol.untilPhase('briefing');
    await sol.commandOk({ type: 'host:end' });
    await sol.untilPhase('ended');
    const ended = sol.view!;
    await stop(first);

    const second = await serve(store, clock);
    expect(second.restored.games).toBe(0);
    expect(second.registry.size).toBe(0);
    const stranger = await connect(second, 'Mallory');
    const wrong = await stranger.ask('seat:resume', { gameId: created.gameId, token: 'B'.repeat(32) });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(second.registry.size).toBe(0);

    const back = await connect(second, 'Sol again');
    expect(await back.resume(created.gameId, created.token)).toEqual(created);
    expect(back.view!.phase).toBe('ended');
    expect(back.view).toEqual(ended);
    expect(second.registry.size).toBe(1);
    expect(errors).toEqual([]);
  });

  it('does not restore a game let go for idleness, and brings it back for a token', async () => {
    errors = [];
    const clock = new FakeClock();
    const store = new MemoryGameStore();
    const first = await serve(store, clock, { idleGameMs: 60_000 });
    const { ana, ben, created } = await tableInNegotiation(first);
    ana.close();
    ben.close();
    // Nobody for two sweeps: the game is let go, and the store no longer lists it for a restart.
    await clock.advance(120_000);
    expect(first.registry.get(created.gameId)).toBeUndefined();
    await flush();
    expect(await store.activeGameIds()).toEqual([]);
    expect((await store.load(created.gameId))!.status).toBe('idle');
    const before = (await store.readLog(created.gameId)).at(-1)!.digest;
    await stop(first);
    await clock.advance(10 * 60_000);

    const second = await serve(store, clock);
    expect(second.registry.size).toBe(0);
    const back = await connect(second, 'Ana');
    await back.resume(created.gameId, created.token);
    expect(back.view!).toMatchObject({ phase: 'negotiate', round: before.round, seq: before.seq });
    expect(await store.activeGameIds()).toEqual([created.gameId]);
    // Its deadline passed long ago: the negotiation times out as soon as it is back.
    await clock.advance(1);
    await back.untilPhase('decide', before.round);
    expect(errors).toEqual([]);
  });
});

/** A store that refuses the next commit, as a full disk would. */
class RefusingStore extends MemoryGameStore {
  refuseNext = false;

  override async commit(gameId: string, commit: Commit): Promise<void> {
    if (this.refuseNext) {
      this.refuseNext = false;
      throw new Error('disk full');
    }
    return super.commit(gameId, commit);
  }
}

describe('a store that refuses a write', () => {
  it('answers INTERNAL, tells nobody of a change the store does not hold, and the game goes on', async () => {
    errors = [];
    const clock = new FakeClock();
    const store = new RefusingStore();
    const server = await serve(store, clock, { bots: () => [] });
    const { ana, ben, created } = await tableInNegotiation(server);
    const game = server.registry.get(created.gameId)!;
    const before = structuredClone(game.engine.state);
    const updatesBefore = ben.received.length;

    store.refuseNext = true;
    const refused = await ana.command({
      type: 'chat:statement',
      statement: { text: 'Lost to a full disk.', signal: 'none' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(errors).toHaveLength(1);
    expect(game.engine.state).toEqual(before);
    await ana.commandOk({ type: 'chat:statement', statement: { text: 'Said and kept.', signal: 'none' } });
    await ben.until((player) => player.view!.statements.length === 1, 5000, 'the kept statement');
    const heard = ben.received.slice(updatesBefore).map((entry) => JSON.stringify(entry.payload));
    expect(heard.some((payload) => payload.includes('Lost to a full disk.'))).toBe(false);
    expect(ben.gaps).toBe(0);

    // The timers were re-armed from the state the store holds: a tick still comes (its update held for
    // the next change, or until the hold runs out: game-publication.ts).
    await clock.advance(2000 * (1 + TICK_HOLD_SHARE));
    await ben.until((player) => player.lastSeq > game.engine.state.seq - 1, 5000, 'a tick');
    const replay = await replayStored(store, created.gameId);
    expect(replay.mismatches).toEqual([]);
    expect(replay.state).toEqual(game.engine.state);
    expect(replay.state.statements.map((statement) => statement.text)).toEqual(['Said and kept.']);
  });
});
