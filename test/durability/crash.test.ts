import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteGameStore } from '../../server/store/sqlite-store.ts';
import { actorKey } from '../../shared/game/events.ts';
import { playerViewFor } from '../../shared/game/player-view.ts';
import { createRng, seedToState } from '../../shared/rng.ts';
import { SHEETS, wait } from '../integration/harness.ts';
import { commandKeys, removeTempFolders, replayStored, tempDataDir } from './helpers.ts';
import { ResilientPlayer } from './resilient-player.ts';
import { freePort, ServerProcess } from './server-process.ts';

/**
 * The real server (`server/main.ts`) in a child process, killed with SIGKILL at seeded random moments
 * while three tables play, and started again on the same port and data folder each time. Afterwards the
 * database must hold every command a client was told was accepted, each game's stored log must replay
 * to the state the server had after every entry, and the clients, back in their own seats after every
 * restart, must have played every game to its end and hold exactly the views a replay gives.
 */

const KILLS = 6;
const TABLES = 3;
const ROUNDS = 4;
/** How long a table negotiates before its host moves on, and how often people act. */
const NEGOTIATE_MS = 2500;
const PACE_MS = 150;

interface Table {
  host: ResilientPlayer;
  guest: ResilientPlayer;
  gameId: string;
  /** This table's host lets the news run out: its phases end on the server's deadlines, across restarts too. */
  waitsForNews: boolean;
}

const players: ResilientPlayer[] = [];
let server: ServerProcess | null = null;

afterAll(async () => {
  for (const player of players) player.close();
  await server?.kill();
  removeTempFolders();
});

const statement = (text: string) => ({ type: 'chat:statement', statement: { text, signal: 'none' } });

/**
 * A table plays at a steady pace, whatever the server is doing: every command is sent until answered. It
 * gives up after `budgetMs` of the server being up: while it is down or starting (a child process that
 * compiles the server, seconds on a loaded machine) no table can move, so that time is not the game's.
 */
async function play(table: Table, upMs: () => number, budgetMs: number): Promise<void> {
  const people = [table.host, table.guest];
  let phaseKey = '';
  let phaseSeenAt = 0;
  let said = 0;
  while (!people.every((player) => player.view?.phase === 'ended')) {
    if (upMs() > budgetMs)
      throw new Error(
        `table ${table.gameId} did not finish in ${budgetMs} ms of the server being up: ${people
          .map((player) => `${player.name} in ${player.view?.phase} of round ${player.view?.round}`)
          .join(', ')}`,
      );
    const view = table.host.view;
    if (!view) {
      await wait(PACE_MS);
      continue;
    }
    const key = `${view.phase}:${view.round}`;
    if (key !== phaseKey) {
      phaseKey = key;
      phaseSeenAt = performance.now();
    }
    if (view.phase === 'briefing' || (view.phase === 'news' && !table.waitsForNews))
      await table.host.send({ type: 'host:skip' });
    if (view.phase === 'negotiate') {
      if (performance.now() - phaseSeenAt > NEGOTIATE_MS) await table.host.send({ type: 'host:skip' });
      else
        await Promise.all(
          people.map((player) =>
            player.send(statement(`${player.name} says ${++said} in round ${view.round}`)),
          ),
        );
    }
    if (view.phase === 'decide') {
      await Promise.all(
        people
          .filter((player) => player.view?.phase === 'decide' && !player.view.you?.submittedMove)
          .map((player) => player.send({ type: 'move:submit', move: SHEETS[player.seat!.role!] })),
      );
    }
    await wait(PACE_MS);
  }
}

describe('the server killed at random moments', () => {
  it(`loses no acknowledged command, replays every game exactly, and the players finish in their seats (${KILLS} kills)`, async () => {
    const began = performance.now();
    const port = await freePort();
    const dataDir = join(tempDataDir(), 'data');
    const env = { PORT: String(port), LEVERAGE_DATA_DIR: dataDir, LEVERAGE_BOT_DELAY_MS: '100' };
    const url = `http://127.0.0.1:${port}`;
    const serverErrors: string[] = [];
    server = await ServerProcess.start(env);

    const tables: Table[] = [];
    for (let index = 0; index < TABLES; index++) {
      const host = new ResilientPlayer(url, `host${index}`);
      const guest = new ResilientPlayer(url, `guest${index}`);
      players.push(host, guest);
      await Promise.all([host.connected(), guest.connected()]);
      const created = await host.create({
        mode: 'multiplayer',
        role: 'tokyo',
        rounds: ROUNDS,
        seed: 1000 + index,
        briefingSeconds: 5,
        newsSeconds: 3,
        // The tables end these phases themselves (a skip, their sheets). A server that is down past a
        // phase's deadline (a restart compiles it: many seconds on a loaded machine) ends it at its return,
        // and the one table that counts its timeouts must see only its news phases' own.
        negotiateSeconds: 60,
        decideSeconds: 60,
      });
      await guest.join(created.code, 'whiteHouse');
      expect((await host.send({ type: 'host:start' })).ok).toBe(true);
      tables.push({ host, guest, gameId: created.gameId, waitsForNews: index === TABLES - 1 });
    }
    // Time the server was down or starting, counted from each kill to its successor listening.
    let downMs = 0;
    const playFrom = performance.now();
    const upMs = () => performance.now() - playFrom - downMs;
    const playing = Promise.all(tables.map((table) => play(table, upMs, 55_000)));
    playing.catch(() => {});

    const rng = createRng(seedToState('leverage crash test'));
    const unfinishedAtKill: number[] = [];
    const resumeMs: number[] = [];
    const startMs: number[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      await wait(1000 + rng.next() * 1200);
      unfinishedAtKill.push(tables.filter((table) => table.host.view?.phase !== 'ended').length);
      const killedAt = performance.now();
      await server.kill();
      serverErrors.push(...server.errors());
      // Down for a moment: clients retry, timers keep running on the wall clock.
      await wait(rng.next() * 400);
      server = await ServerProcess.start(env);
      const upAt = performance.now();
      downMs += upAt - killedAt;
      startMs.push(upAt - killedAt);
      await Promise.all(players.map((player) => player.until(() => player.seated, 10_000, 'its seat back')));
      resumeMs.push(performance.now() - upAt);
      // Every player sends its last accepted command again: the restarted server answers it as before.
      for (const player of players) {
        const last = player.accepted.at(-1);
        if (last)
          expect(await player.sendAgain(last.payload), `${player.name} ${last.commandId}`).toEqual(
            last.answer,
          );
      }
    }
    await playing;
    expect(await server.stop()).toBe(0);
    serverErrors.push(...server.errors());
    server = null;

    expect(unfinishedAtKill.filter((unfinished) => unfinished > 0).length).toBeGreaterThanOrEqual(5);
    expect(serverErrors).toEqual([]);
    expect(Math.max(...resumeMs)).toBeLessThan(5000);

    const store = new SqliteGameStore({ dataDir });
    try {
      for (const table of tables) {
        const stored = (await store.load(table.gameId))!;
        expect(stored.status).toBe('ended');
        const replay = await replayStored(store, table.gameId);
        expect(replay.outOfOrder).toEqual([]);
        expect(replay.mismatches).toEqual([]);
        expect(replay.state.phase).toBe('ended');
        expect(replay.state.reports).toHaveLength(ROUNDS);

        const log = (await store.readLog(table.gameId)).map((entry) => entry.event);
        if (table.waitsForNews)
          expect(log.filter((event) => event.type === 'clock:timeout')).toHaveLength(ROUNDS);
        const keys = commandKeys(log);
        // Applied once each, retries across restarts included.
        expect(new Set(keys).size).toBe(keys.length);
        for (const player of [table.host, table.guest]) {
          const role = player.seat!.role!;
          const accepted = new Set(
            player.accepted.map(({ payload, commandId }) => {
              const asHost = String(payload.type).startsWith('host:');
              return `${actorKey(asHost ? { kind: 'host' } : { kind: 'seat', role })}:${commandId}`;
            }),
          );
          expect(accepted.size).toBeGreaterThan(10);
          const missing = [...accepted].filter((key) => !keys.includes(key));
          expect(missing, `${player.name}'s acknowledged commands`).toEqual([]);
          // Back in the same seat after every restart.
          expect(player.resumes.length).toBeGreaterThanOrEqual(KILLS - 1);
          for (const resumed of player.resumes)
            expect(resumed).toMatchObject({ ok: true, data: { role, isHost: player.seat!.isHost } });
          // What the client holds is what a replay of the stored log shows its seat.
          expect(player.view).toEqual(JSON.parse(JSON.stringify(playerViewFor(replay.state, role))));
        }
      }
    } finally {
      await store.close();
    }
    const seconds = (performance.now() - began) / 1000;
    const upSeconds = upMs() / 1000;
    console.info(
      `[crash test] ${KILLS} kills in ${seconds.toFixed(1)} s (${upSeconds.toFixed(1)} s of it up); restarts listening after ${startMs
        .map((ms) => ms.toFixed(0))
        .join(', ')} ms; seats back after each restart in ${resumeMs
        .map((ms) => ms.toFixed(0))
        .join(', ')} ms`,
    );
    // The tables' pace is the server's: a loaded machine's slow process starts are not counted.
    expect(upSeconds).toBeLessThan(60);
  }, 180_000);
});
