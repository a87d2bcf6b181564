import { afterEach, describe, expect, it } from 'vitest';
import { engineFromStore, FRESH_JOURNAL, GameJournal, SNAPSHOT_EVERY } from '../../server/game-journal.ts';
import type { Commit, GameStore } from '../../server/store/game-store.ts';
import { MemoryGameStore } from '../../server/store/memory-store.ts';
import { SqliteGameStore } from '../../server/store/sqlite-store.ts';
import { createGameEngine } from '../../shared/game/engine.ts';
import { replayGame } from '../../shared/game/replay.ts';
import { perRole } from '../../shared/roles.ts';
import { runHeadlessGame } from '../../shared/sim/headless.ts';
import { removeTempFolders, tempDataDir } from './helpers.ts';

afterEach(removeTempFolders);

/** A whole bot game at a live game's pace (a market tick every two seconds): about 600 log entries. */
const run = runHeadlessGame({ seed: 7, tickSeconds: 2 });

/** Writes the game into `store` the way a live game does: entry by entry through its journal. */
async function journalled(store: GameStore) {
  const { config } = run;
  await store.create(
    {
      id: config.gameId,
      code: 'ABC234',
      settings: { mode: 'solo', botLevel: 'easy', bindingDeals: false, botFill: true },
      seed: config.seed,
      createdAt: 0,
    },
    { people: [], bots: perRole(() => null), started: false, nextPersonId: 1 },
  );
  const engine = createGameEngine(config, 0);
  const journal = new GameJournal(store, config.gameId, FRESH_JOURNAL);
  for (const [index, event] of run.log.entries()) {
    engine.replay(event);
    journal.note(engine);
    await journal.commit(engine, index === 0 ? { config } : {});
  }
  engine.stop();
}

describe('a game restored from its snapshot and the log after it', () => {
  it('equals a replay of its whole log at every point of a six-round game', async () => {
    const store = new MemoryGameStore();
    const { config } = run;
    expect(run.log.length).toBeGreaterThan(500);
    await store.create(
      {
        id: config.gameId,
        code: 'ABC234',
        settings: { mode: 'solo', botLevel: 'easy', bindingDeals: false, botFill: true },
        seed: config.seed,
        createdAt: 0,
      },
      { people: [], bots: perRole(() => null), started: false, nextPersonId: 1 },
    );
    const engine = createGameEngine(config, 0);
    const journal = new GameJournal(store, config.gameId, FRESH_JOURNAL);
    const snapshotsSeen = new Set<number>();
    let slowestRestoreMs = 0;
    for (const [index, event] of run.log.entries()) {
      engine.replay(event);
      journal.note(engine);
      await journal.commit(engine, index === 0 ? { config } : {});
      // Every 23 entries (and at the end), a restart here must bring back exactly this state.
      if (index % 23 !== 0 && index !== run.log.length - 1) continue;
      const started = performance.now();
      const stored = (await store.load(config.gameId))!;
      const restored = engineFromStore(stored, (error) => {
        throw error;
      })!;
      slowestRestoreMs = Math.max(slowestRestoreMs, performance.now() - started);
      if (stored.snapshot) snapshotsSeen.add(stored.snapshot.logLength);
      expect(restored.engine.state).toEqual(engine.state);
      expect(restored.engine.state).toEqual(replayGame(config, 0, run.log.slice(0, index + 1)));
      expect(restored.position.committed).toBe(index + 1);
      restored.engine.stop();
    }
    engine.stop();
    // Snapshots were taken every SNAPSHOT_EVERY entries and at each round's resolution.
    expect(snapshotsSeen.size).toBeGreaterThanOrEqual(Math.floor(run.log.length / SNAPSHOT_EVERY));
    const stored = (await store.load(config.gameId))!;
    expect(stored.status).toBe('ended');
    expect(stored.snapshot!.logLength).toBe(run.log.length);
    console.info(`[restore] slowest restore from memory at any point: ${slowestRestoreMs.toFixed(1)} ms`);
  });

  it('keeps a -0 the game produced, which plain JSON would turn into 0', async () => {
    // The market model can round a small negative change to -0; here a bot's reason carries one.
    const store = new MemoryGameStore();
    const { config } = run;
    await store.create(
      {
        id: config.gameId,
        code: 'ABC234',
        settings: { mode: 'solo', botLevel: 'easy', bindingDeals: false, botFill: true },
        seed: config.seed,
        createdAt: 0,
      },
      { people: [], bots: perRole(() => null), started: false, nextPersonId: 1 },
    );
    const engine = createGameEngine(config, 0);
    const journal = new GameJournal(store, config.gameId, FRESH_JOURNAL);
    const steps = [
      () => engine.command({ kind: 'host' }, { type: 'host:start', commandId: 'start', version: 0 }, 1),
      () =>
        engine.command(
          { kind: 'host' },
          { type: 'host:skip', commandId: 'skip', version: engine.state.version },
          2,
        ),
      () =>
        engine.command(
          { kind: 'seat', role: 'tokyo' },
          {
            type: 'chat:statement',
            commandId: 'say',
            version: engine.state.version,
            statement: { text: 'Hm.', signal: 'none' },
          },
          3,
          { key: 'bot.reason.test', params: { changeBp: -0 } },
        ),
    ];
    for (const [index, step] of steps.entries()) {
      expect(step().ok).toBe(true);
      journal.note(engine);
      await journal.commit(engine, index === 0 ? { config } : {});
    }
    expect(hasNegativeZero(engine.state)).toBe(true);
    const restored = engineFromStore((await store.load(config.gameId))!, (error) => {
      throw error;
    })!;
    expect(restored.engine.state).toEqual(engine.state);
    expect(hasNegativeZero(restored.engine.state)).toBe(true);
    restored.engine.stop();
    engine.stop();
  });

  it('restores a whole six-round game from SQLite from its last snapshot, as a full replay of its log', async () => {
    const store = new SqliteGameStore({ dataDir: tempDataDir() });
    try {
      await journalled(store);
      const replayStarted = performance.now();
      const replayed = replayGame(run.config, 0, run.log);
      const fullReplayMs = performance.now() - replayStarted;

      const started = performance.now();
      const loaded = (await store.load(run.config.gameId))!;
      const restored = engineFromStore(loaded, (error) => {
        throw error;
      })!;
      const restoreMs = performance.now() - started;
      expect(restored.engine.state).toEqual(replayed);
      // The ended game's final snapshot: nothing left to replay (timings are the bench's, logged here only).
      expect(loaded.snapshot!.logLength).toBe(run.log.length);
      expect(loaded.entries).toEqual([]);
      restored.engine.stop();
      console.info(
        `[restore] ${run.log.length} entries from SQLite: load + restore ${restoreMs.toFixed(1)} ms; full replay ${fullReplayMs.toFixed(1)} ms`,
      );
    } finally {
      await store.close();
    }
  });
});

describe('the snapshots of tables that play in step', () => {
  it("fall at each game's own entries, at most SNAPSHOT_EVERY apart, not all at once", async () => {
    // A class's tables start together and tick together: here 40 games log the same entries in step.
    const taken = new Map<string, number[]>();
    const store = new (class extends MemoryGameStore {
      override async commit(gameId: string, commit: Commit): Promise<void> {
        if (commit.snapshot) taken.set(gameId, [...(taken.get(gameId) ?? []), commit.snapshot.logLength]);
        return super.commit(gameId, commit);
      }
    })();
    const { config } = run;
    const ids = Array.from({ length: 40 }, (_, table) => `class-table-${table + 1}`);
    const journals = [];
    for (const id of ids) {
      await store.create(
        {
          id,
          code: 'ABC234',
          settings: { mode: 'solo', botLevel: 'easy', bindingDeals: false, botFill: true },
          seed: config.seed,
          createdAt: 0,
        },
        { people: [], bots: perRole(() => null), started: false, nextPersonId: 1 },
      );
      journals.push(new GameJournal(store, id, FRESH_JOURNAL));
    }
    const engine = createGameEngine(config, 0);
    for (const [index, event] of run.log.entries()) {
      engine.replay(event);
      for (const journal of journals) {
        journal.note(engine);
        await journal.commit(engine, index === 0 ? { config } : {});
      }
    }
    engine.stop();

    const end = run.log.length;
    const atOnce = new Map<number, number>();
    for (const id of ids) {
      const points = taken.get(id) ?? [];
      // A restore replays at most SNAPSHOT_EVERY entries, and an ended game is kept with its final state.
      [0, ...points].forEach((point, i) => {
        const next = points[i] ?? end;
        expect(next - point).toBeLessThanOrEqual(SNAPSHOT_EVERY);
      });
      expect(points.at(-1)).toBe(end);
      for (const point of points) if (point !== end) atOnce.set(point, (atOnce.get(point) ?? 0) + 1);
    }
    // Before each game had its own offset, all 40 snapshotted at every round's resolution at once.
    expect(Math.max(...atOnce.values())).toBeLessThanOrEqual(4);
    expect(atOnce.size).toBeGreaterThan(40);
  });
});

function hasNegativeZero(value: unknown): boolean {
  if (Object.is(value, -0)) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasNegativeZero);
}
