import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHELF_CHARS } from '../../server/shelf.ts';
import { decode, encode } from '../../server/store/codec.ts';
import { storeFromEnvironment } from '../../server/store/from-env.ts';
import type {
  GameRecord,
  GameStore,
  LogEntry,
  StateDigest,
  StoredClassroom,
  StoredLobby,
} from '../../server/store/game-store.ts';
import { MemoryGameStore } from '../../server/store/memory-store.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../server/store/postgres-schema.ts';
import { PostgresGameStore } from '../../server/store/postgres-store.ts';
import { DATABASE_FILE, SqliteGameStore } from '../../server/store/sqlite-store.ts';
import { tokenDigest } from '../../server/tokens.ts';
import { createGameConfig } from '../../shared/game/engine.ts';
import type { GameEvent } from '../../shared/game/events.ts';
import { ScratchPostgres } from './postgres.ts';

const folders: string[] = [];
const stores: GameStore[] = [];
/** Plain connections a test opened to look into its database. */
const clients: pg.Client[] = [];
/** One scratch server for the file; each test gets a database of its own on it. */
let postgres: ScratchPostgres | null = null;
let postgresFailure: unknown = null;

beforeAll(async () => {
  // Started here, but a failure is reported by the PostgreSQL tests themselves (with how to install it),
  // so the SQLite and memory stores are still tested on a machine without PostgreSQL.
  postgres = await ScratchPostgres.start().catch((error: unknown) => {
    postgresFailure = error;
    return null;
  });
}, 60_000);

afterAll(async () => {
  await postgres?.stop();
});

function scratchPostgres(): ScratchPostgres {
  if (!postgres) throw postgresFailure;
  return postgres;
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const client of clients.splice(0)) await client.end();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'leverage-store-'));
  folders.push(folder);
  return folder;
}

const kinds = {
  memory: async () => new MemoryGameStore(),
  sqlite: async () => new SqliteGameStore({ dataDir: join(tempFolder(), 'nested', 'data') }),
  postgres: async () => new PostgresGameStore({ connectionString: await scratchPostgres().freshSchema() }),
};

async function open(kind: keyof typeof kinds): Promise<GameStore> {
  const store = await kinds[kind]();
  stores.push(store);
  return store;
}

const TOKEN = 'A'.repeat(32);

function record(id = 'g1'): GameRecord {
  return {
    id,
    // One code per game: a live game's code is its own in a store several nodes share (PostgreSQL).
    code: `ABC2${id}`,
    settings: { mode: 'multiplayer', role: 'tokyo', botLevel: 'easy', bindingDeals: false, botFill: true },
    seed: 42,
    createdAt: 1_743_670_800_000,
  };
}

function lobby(started = false): StoredLobby {
  return {
    people: [
      {
        id: 'person1',
        name: 'Ana',
        role: 'tokyo',
        isHost: true,
        tokenDigest: tokenDigest(TOKEN).toString('hex'),
      },
    ],
    bots: {
      tokyo: null,
      whiteHouse: null,
      investors: { personality: 'hawk', level: 'easy' },
      usBusiness: null,
    },
    started,
    nextPersonId: 2,
  };
}

const digest = (seq: number): StateDigest => ({
  seq,
  version: seq,
  phase: 'negotiate',
  round: 1,
  rngState: 12_345 + seq,
  yield10y: 4.25,
});

function entry(index: number, event: GameEvent = { type: 'market:tick', at: 1000 + index }): LogEntry {
  return { index, event, digest: digest(index) };
}

const entries = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, offset) => entry(from + offset));

describe.each(Object.keys(kinds) as (keyof typeof kinds)[])('the %s game store', (kind) => {
  it('keeps a new game in its lobby, with token digests and never a token', async () => {
    const store = await open(kind);
    await store.create(record(), lobby());
    const loaded = await store.load('g1');
    expect(loaded).toEqual({
      record: record(),
      status: 'active',
      lobby: lobby(),
      config: null,
      snapshot: null,
      entries: [],
    });
    expect(loaded!.lobby.people[0]!.tokenDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(loaded)).not.toContain(TOKEN);
    expect(await store.activeGameIds()).toEqual(['g1']);
    expect(await store.load('nobody')).toBeNull();
    await expect(store.create(record(), lobby())).rejects.toThrow();
  });

  it('saves lobby changes over the last ones', async () => {
    const store = await open(kind);
    await store.create(record(), lobby());
    const moved = lobby();
    moved.people[0]!.role = 'whiteHouse';
    moved.people.push({
      id: 'person2',
      name: 'Ben',
      role: 'tokyo',
      isHost: false,
      tokenDigest: 'ab'.repeat(32),
    });
    moved.nextPersonId = 3;
    await store.saveLobby('g1', moved);
    expect((await store.load('g1'))!.lobby).toEqual(moved);
    await expect(store.saveLobby('nobody', moved)).rejects.toThrow();
  });

  it('appends the log in order, with the start config, and refuses holes and repeats', async () => {
    const store = await open(kind);
    await store.create(record(), lobby());
    const config = createGameConfig({ gameId: 'g1', seed: 42, seats: { tokyo: 'human' } });
    await store.commit('g1', { entries: entries(0, 1), config, lobby: lobby(true) });
    await store.commit('g1', { entries: entries(1, 4) });
    await store.commit('g1', { entries: [] });
    await expect(store.commit('g1', { entries: [entry(5)] })).rejects.toThrow(/does not continue/);
    await expect(store.commit('g1', { entries: [entry(3)] })).rejects.toThrow(/does not continue/);
    // A refused commit writes nothing of itself, not even its other parts.
    await expect(
      store.commit('g1', { entries: [entry(4), entry(6)], lobby: lobby(false) }),
    ).rejects.toThrow();
    const loaded = (await store.load('g1'))!;
    expect(loaded.config).toEqual(config);
    expect(loaded.lobby).toEqual(lobby(true));
    expect(loaded.entries).toEqual(entries(0, 4));
    expect(await store.readLog('g1')).toEqual(entries(0, 4));
    expect(await store.readLog('g1', 2)).toEqual(entries(2, 4));
    await expect(store.commit('nobody', { entries: [entry(0)] })).rejects.toThrow();
  });

  it('keeps the latest snapshot and loads only the log after it', async () => {
    const store = await open(kind);
    await store.create(record(), lobby());
    await store.commit('g1', { entries: entries(0, 3), snapshot: { logLength: 3, state: { round: 1 } } });
    await store.commit('g1', { entries: entries(3, 5) });
    await store.commit('g1', { entries: entries(5, 6), snapshot: { logLength: 6, state: { round: 2 } } });
    await store.commit('g1', { entries: entries(6, 8) });
    const loaded = (await store.load('g1'))!;
    expect(loaded.snapshot).toEqual({ logLength: 6, state: { round: 2 } });
    expect(loaded.entries).toEqual(entries(6, 8));
    expect(await store.readLog('g1')).toEqual(entries(0, 8));
  });

  it('gives back the numbers it was given, -0, NaN and Infinity included', async () => {
    const store = await open(kind);
    await store.create(record(), lobby());
    const event: GameEvent = {
      type: 'chat:statement',
      command: {
        type: 'chat:statement',
        commandId: 'c1',
        version: 3,
        statement: { text: 'Hi', signal: 'none' },
      },
      actor: { kind: 'seat', role: 'tokyo' },
      at: 1,
      reason: { key: 'bot.test', params: { changeBp: -0 } },
    };
    const state = {
      negativeZero: -0,
      nan: Number.NaN,
      up: Number.POSITIVE_INFINITY,
      down: -Infinity,
      n: 1.5,
    };
    await store.commit('g1', { entries: [entry(0, event)], snapshot: { logLength: 1, state } });
    const loaded = (await store.load('g1'))!;
    expect(Object.is((loaded.snapshot!.state as typeof state).negativeZero, -0)).toBe(true);
    expect(loaded.snapshot!.state).toStrictEqual(state);
    const [stored] = await store.readLog('g1');
    expect(stored!.event).toStrictEqual(event);
  });

  it('gives back objects with their keys in the order given (a replay compares encoded digests)', async () => {
    const store = await open(kind);
    await store.create(record(), lobby());
    const config = createGameConfig({ gameId: 'g1', seed: 42, seats: { tokyo: 'human' } });
    const state = { zeta: 1, alpha: { whiteHouse: 2, tokyo: 3 }, mid: [{ b: 1, a: 2 }] };
    await store.commit('g1', { entries: entries(0, 2), config, snapshot: { logLength: 1, state } });
    const loaded = (await store.load('g1'))!;
    expect(encode(loaded.snapshot!.state)).toBe(encode(state));
    expect(encode(loaded.config)).toBe(encode(config));
    expect(encode(loaded.record)).toBe(encode(record()));
    expect((await store.readLog('g1')).map((kept) => encode(kept.digest))).toEqual(
      entries(0, 2).map((given) => encode(given.digest)),
    );
  });

  it('knows which games to restore: not ended ones, not idle ones', async () => {
    const store = await open(kind);
    for (const id of ['a', 'b', 'c']) await store.create(record(id), lobby());
    await store.commit('b', { entries: entries(0, 1), ended: true });
    await store.setIdle('c', true);
    expect(await store.activeGameIds()).toEqual(['a']);
    expect((await store.load('b'))!.status).toBe('ended');
    expect((await store.load('c'))!.status).toBe('idle');
    // An ended game stays ended; an idle one comes back.
    await store.setIdle('b', false);
    await store.setIdle('c', false);
    expect((await store.activeGameIds()).sort()).toEqual(['a', 'c']);
    expect((await store.load('b'))!.status).toBe('ended');
    expect((await store.readLog('b')).length).toBe(1);
  });

  it('deletes a game with its log and snapshot', async () => {
    const store = await open(kind);
    await store.create(record(), lobby());
    await store.commit('g1', { entries: entries(0, 2), snapshot: { logLength: 2, state: {} } });
    await store.delete('g1');
    expect(await store.load('g1')).toBeNull();
    expect(await store.readLog('g1')).toEqual([]);
    await store.create(record(), lobby());
    expect((await store.load('g1'))!.entries).toEqual([]);
  });

  it('hands out copies: changing what was given or got back changes nothing stored', async () => {
    const store = await open(kind);
    const given = lobby();
    await store.create(record(), given);
    given.people[0]!.name = 'Changed';
    const loaded = (await store.load('g1'))!;
    loaded.lobby.people[0]!.name = 'Changed too';
    expect((await store.load('g1'))!.lobby.people[0]!.name).toBe('Ana');
  });

  it('keeps class sessions whole, with digests only, and brings back those not ended in the order saved', async () => {
    const store = await open(kind);
    await store.saveClassroom(classroom('c1'));
    await store.saveClassroom(classroom('c2'));
    const seated = classroom('c1');
    seated.members[0]!.seat = { tableId: 'g1', role: 'tokyo' };
    seated.tables = ['g1'];
    await store.saveClassroom(seated);
    const active = await store.activeClassrooms();
    expect(active.map((kept) => kept.id)).toEqual(['c1', 'c2']);
    expect(active[0]).toEqual(seated);
    expect(JSON.stringify(active)).not.toContain(TOKEN);
    await store.saveClassroom({ ...classroom('c2'), ended: true });
    expect((await store.activeClassrooms()).map((kept) => kept.id)).toEqual(['c1']);
    // One session by its id, ended or not: an ended session's export is still asked for.
    expect(await store.loadClassroom('c2')).toEqual({ ...classroom('c2'), ended: true });
    expect(await store.loadClassroom('c1')).toEqual(seated);
    expect(await store.loadClassroom('c3')).toBeNull();
  });
});

/** A session whose code is its own (PostgreSQL refuses two live sessions with one code, migration 4). */
function classroom(id: string): StoredClassroom {
  return {
    id,
    code: `ABC${id.toUpperCase()}`,
    settings: {
      preset: 'class45',
      bindingDeals: false,
      botLevel: 'easy',
      language: 'ja',
    },
    seed: 7,
    createdAt: 1_743_670_800_000,
    facilitatorDigest: tokenDigest(TOKEN).toString('hex'),
    members: [
      { id: 'student1', name: 'Aiko', tokenDigest: tokenDigest('B'.repeat(32)).toString('hex'), seat: null },
    ],
    tables: [],
    nextMemberId: 2,
    ended: false,
  };
}

/** A statement of about `chars` characters, as a seat's command is logged. */
function statement(index: number, chars: number): LogEntry {
  const event: GameEvent = {
    type: 'chat:statement',
    command: {
      type: 'chat:statement',
      commandId: `c${index}`,
      version: index,
      statement: { text: 'x'.repeat(chars), signal: 'none' },
    },
    actor: { kind: 'seat', role: 'tokyo' },
    at: 1000 + index,
  };
  return entry(index, event);
}

describe('the memory store', () => {
  it("lets a deleted game's log go, though its entries were joined on the shelf with another game's", async () => {
    const store = new MemoryGameStore();
    stores.push(store);
    await store.create(record('gone'), lobby());
    await store.create(record('kept'), lobby());
    // The two games commit in turn, so every joined string holds both; the deleted one's entries are three
    // quarters of it.
    let logChars = 0;
    for (let index = 0; logChars < 4 * SHELF_CHARS; index++) {
      await store.commit('gone', { entries: [statement(index, 3000)] });
      await store.commit('kept', { entries: [statement(index, 1000)] });
      logChars += 4000;
    }
    const keptChars = async () =>
      (await store.readLog('kept')).reduce((sum, kept) => sum + encode(kept).length, 0);
    expect(store.heldLogChars()).toBeGreaterThan(3 * SHELF_CHARS);

    await store.delete('gone');
    // What the other game's log holds is about its own entries (a joined string at most twice them).
    expect(store.heldLogChars()).toBeLessThanOrEqual(2 * (await keptChars()));
    // More entries fill the shelf again: none of the deleted game's are joined with them.
    const before = (await store.readLog('kept')).length;
    for (let index = before; index < before + 300; index++)
      await store.commit('kept', { entries: [statement(index, 1000)] });
    expect(store.heldLogChars()).toBeLessThanOrEqual(2 * (await keptChars()));
    expect((await store.readLog('kept')).map((kept) => kept.index)).toEqual(
      Array.from({ length: before + 300 }, (_, index) => index),
    );
  });
});

describe('the SQLite store on disk', () => {
  it('creates its folder on first start, uses WAL, and keeps everything across a reopen', async () => {
    const dataDir = join(tempFolder(), 'fresh', 'data');
    expect(existsSync(dataDir)).toBe(false);
    const first = new SqliteGameStore({ dataDir });
    await first.create(record(), lobby());
    await first.commit('g1', { entries: entries(0, 3), snapshot: { logLength: 2, state: { x: -0 } } });
    await first.saveClassroom(classroom('c1'));
    await first.close();
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);

    const second = new SqliteGameStore({ dataDir });
    stores.push(second);
    const loaded = (await second.load('g1'))!;
    expect(loaded.snapshot).toStrictEqual({ logLength: 2, state: { x: -0 } });
    expect(loaded.entries).toEqual(entries(2, 3));
    expect(await second.activeClassrooms()).toEqual([classroom('c1')]);
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      // The log is readable with any SQLite tool: the event's type has a column of its own.
      const rows = db.prepare('SELECT idx, type FROM game_log ORDER BY idx').all();
      expect(rows).toEqual([0, 1, 2].map((idx) => ({ idx, type: 'market:tick' })));
      const people = db.prepare('SELECT lobby FROM games').pluck().get() as string;
      expect(people).not.toContain(TOKEN);
    } finally {
      db.close();
    }
  });

  it('is chosen by LEVERAGE_STORE and LEVERAGE_DATA_DIR, relative to the project', async () => {
    const root = tempFolder();
    const sqlite = storeFromEnvironment({ LEVERAGE_DATA_DIR: 'games' }, root);
    stores.push(sqlite);
    expect(sqlite).toBeInstanceOf(SqliteGameStore);
    expect((sqlite as SqliteGameStore).path).toBe(join(root, 'games', DATABASE_FILE));
    const byDefault = storeFromEnvironment({}, root);
    stores.push(byDefault);
    expect((byDefault as SqliteGameStore).path).toBe(join(root, 'data', DATABASE_FILE));
    expect(storeFromEnvironment({ LEVERAGE_STORE: 'memory' }, root)).toBeInstanceOf(MemoryGameStore);
    expect(() => storeFromEnvironment({ LEVERAGE_STORE: 'redis' }, root)).toThrow(/LEVERAGE_STORE/);
  });

  it('gives way to PostgreSQL when LEVERAGE_DATABASE_URL is set, and refuses a muddle', async () => {
    const root = tempFolder();
    const url = 'postgres://leverage@127.0.0.1:1/leverage';
    const chosen = storeFromEnvironment({ LEVERAGE_DATABASE_URL: url, LEVERAGE_DATA_DIR: 'games' }, root);
    stores.push(chosen);
    expect(chosen).toBeInstanceOf(PostgresGameStore);
    // Nothing is connected until the first call, and nothing was written to the data folder.
    expect(existsSync(join(root, 'games'))).toBe(false);
    expect(() =>
      storeFromEnvironment({ LEVERAGE_DATABASE_URL: url, LEVERAGE_STORE: 'memory' }, root),
    ).toThrow(/not both/);
    expect(() => storeFromEnvironment({ LEVERAGE_DATABASE_URL: 'mysql://x/y' }, root)).toThrow(
      /postgres:\/\//,
    );
    // An empty variable is as good as none: `npm start` unchanged.
    expect(
      storeFromEnvironment({ LEVERAGE_DATABASE_URL: '', LEVERAGE_STORE: 'memory' }, root),
    ).toBeInstanceOf(MemoryGameStore);
  });
});

describe('the PostgreSQL store in its database', () => {
  async function database(): Promise<{ url: string; sql: pg.Client }> {
    const url = await scratchPostgres().freshSchema();
    const sql = new pg.Client({ connectionString: url });
    await sql.connect();
    clients.push(sql);
    return { url, sql };
  }

  function openAt(url: string): PostgresGameStore {
    const store = new PostgresGameStore({ connectionString: url });
    stores.push(store);
    return store;
  }

  it('creates its schema on first connect, once even when two nodes start together, and keeps everything', async () => {
    const { url, sql } = await database();
    const first = openAt(url);
    await Promise.all([first.ready(), openAt(url).ready()]);
    const versions = await sql.query('SELECT version FROM leverage_schema ORDER BY version');
    expect(versions.rows).toEqual(MIGRATIONS.map(({ version }) => ({ version })));
    await first.create(record(), lobby());
    await first.commit('g1', { entries: entries(0, 3), snapshot: { logLength: 2, state: { x: -0 } } });
    await first.saveClassroom(classroom('c1'));
    await first.close();

    const second = openAt(url);
    const loaded = (await second.load('g1'))!;
    expect(loaded.snapshot).toStrictEqual({ logLength: 2, state: { x: -0 } });
    expect(loaded.entries).toEqual(entries(2, 3));
    expect(await second.activeClassrooms()).toEqual([classroom('c1')]);
    // Readable with psql: the event's type has a column, values are JSON with their operators.
    const rows = await sql.query(`SELECT idx, type, event->>'at' AS at FROM game_log ORDER BY idx`);
    expect(rows.rows).toEqual([0, 1, 2].map((idx) => ({ idx, type: 'market:tick', at: String(1000 + idx) })));
    const code = await sql.query(`SELECT record->>'code' AS code, lobby::text AS lobby FROM games`);
    expect(code.rows[0].code).toBe(record().code);
    expect(code.rows[0].lobby).not.toContain(TOKEN);
  });

  it('refuses a database written by a newer build and changes nothing in it', async () => {
    const { url, sql } = await database();
    await openAt(url).ready();
    await sql.query('INSERT INTO leverage_schema (version) VALUES ($1)', [SCHEMA_VERSION + 1]);
    const newer = openAt(url);
    await expect(newer.activeGameIds()).rejects.toThrow(
      `written by a newer Leverage (schema ${SCHEMA_VERSION + 1}, this build knows ${SCHEMA_VERSION})`,
    );
    const versions = await sql.query('SELECT version FROM leverage_schema ORDER BY version');
    expect(versions.rows.map((row) => row.version)).toEqual([
      ...MIGRATIONS.map(({ version }) => version),
      SCHEMA_VERSION + 1,
    ]);
  });

  it('keeps one log when two nodes write the same game: each sees the other at once, an overlap is refused', async () => {
    const { url } = await database();
    const [one, two] = [openAt(url), openAt(url)];
    await one.create(record(), lobby());
    await one.commit('g1', { entries: entries(0, 2) });
    // No copy in the process: the second node reads what the first just wrote.
    expect((await two.load('g1'))!.entries).toEqual(entries(0, 2));
    const results = await Promise.allSettled([
      one.commit('g1', { entries: entries(2, 5) }),
      two.commit('g1', { entries: entries(2, 4), lobby: lobby(true) }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(/does not continue a log of [45] entries/);
    const log = await two.readLog('g1');
    expect(log.map((kept) => kept.index)).toEqual(log.map((_, position) => position));
    expect([4, 5]).toContain(log.length);
    // The refused commit's lobby was not written either.
    if (log.length === 5) expect((await one.load('g1'))!.lobby).toEqual(lobby());
  });
});

describe('the codec', () => {
  it('is plain JSON except for numbers JSON cannot hold', () => {
    expect(encode({ a: 1, b: 'x', c: [true, null] })).toBe('{"a":1,"b":"x","c":[true,null]}');
    expect(encode([-0, Number.NaN])).toBe('[{"$number":"-0"},{"$number":"NaN"}]');
    expect(decode(encode([-0, Number.NaN, Infinity, -Infinity, 0]))).toStrictEqual([
      -0,
      Number.NaN,
      Infinity,
      -Infinity,
      0,
    ]);
    // However deep an odd number lies, and whatever surrounds it, it is written tagged and read back.
    const deep = { round: 2, moves: [{ bp: 3, why: { params: { changeBp: -0 } } }], skipped: undefined };
    expect(encode(deep)).toBe(
      '{"round":2,"moves":[{"bp":3,"why":{"params":{"changeBp":{"$number":"-0"}}}}]}',
    );
    expect(Object.is(decode<typeof deep>(encode(deep)).moves[0]!.why.params.changeBp, -0)).toBe(true);
    expect(encode({ nested: [[1, [2, -Infinity]]], plain: 0 })).toBe(
      '{"nested":[[1,[2,{"$number":"-Infinity"}]]],"plain":0}',
    );
    // A stored object that merely has a $number key among others is left alone.
    expect(decode('{"$number":"1","other":2}')).toEqual({ $number: '1', other: 2 });
  });
});
