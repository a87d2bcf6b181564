import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GameRecord, LogEntry, StoredLobby } from '../../server/store/game-store.ts';
import { ClassroomCodeTakenError, NotOwnerError } from '../../server/store/game-store.ts';
import { PostgresGameStore } from '../../server/store/postgres-store.ts';
import { ScratchPostgres } from '../durability/postgres.ts';
import { storedClassroom } from '../fixtures/stored-classroom.ts';

/**
 * The lease on each game when several nodes share PostgreSQL (server/store/postgres-leases.ts): one node
 * runs a game at a time, another takes it only once the lease lapsed (or was let go), and a node that
 * lost it can append nothing more, even before it hears that it lost it. Class sessions' leases
 * (migration 4) work the same way, and a class code names one live session across nodes.
 */

let postgres: ScratchPostgres;
const stores: PostgresGameStore[] = [];

beforeAll(async () => {
  postgres = await ScratchPostgres.start();
});

afterAll(async () => {
  for (const store of stores) await store.close();
  await postgres?.stop();
});

const LEASE_MS = 600;

function nodeStore(url: string, id: string): PostgresGameStore {
  const store = new PostgresGameStore({ connectionString: url, node: { id, leaseMs: LEASE_MS } });
  stores.push(store);
  return store;
}

const record = (id: string): GameRecord => ({
  id,
  code: 'LEASE2',
  settings: { mode: 'multiplayer', role: 'tokyo', botLevel: 'easy', bindingDeals: false, botFill: true },
  seed: 1,
  createdAt: 1_743_670_800_000,
});

const lobby = (): StoredLobby => ({
  people: [],
  bots: { tokyo: null, whiteHouse: null, investors: null, usBusiness: null },
  started: false,
  nextPersonId: 1,
});

const entry = (index: number): LogEntry => ({
  index,
  event: { type: 'market:tick', at: 1000 + index },
  digest: { seq: index, version: 0, phase: 'negotiate', round: 1, rngState: index, yield10y: 4.2 },
});

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('game leases in PostgreSQL', () => {
  it('lets one node run a game; another takes it once the lease lapses, and the first can no longer write', async () => {
    const url = await postgres.freshSchema();
    const a = nodeStore(url, 'node-a');
    const b = nodeStore(url, 'node-b');
    await a.create(record('g1'), lobby());
    const leasesA = a.leases!;
    const leasesB = b.leases!;
    expect(leasesA.holds('g1')).toBe(true);
    expect(await leasesB.ownerOf('g1')).toBe('node-a');
    // A live lease is not taken, and renewing keeps it live past its first term.
    expect(await leasesB.acquire('g1')).toBe(false);
    await wait(LEASE_MS / 2);
    expect(await leasesA.renew()).toEqual([]);
    await wait(LEASE_MS / 2 + 100);
    expect(await leasesB.acquire('g1')).toBe(false);
    await a.commit('g1', { entries: [entry(0)] });

    // Node A stops renewing (killed, or stalled): the game is an orphan, and B takes it.
    await wait(LEASE_MS + 100);
    expect(await leasesB.orphans()).toEqual(['g1']);
    expect(await leasesB.acquire('g1')).toBe(true);
    expect(await leasesB.ownerOf('g1')).toBe('node-b');
    expect(await leasesB.orphans()).toEqual([]);

    // A does not know yet: its next writes are refused by the fence and leave the log as B sees it.
    await expect(a.commit('g1', { entries: [entry(1)] })).rejects.toThrow(
      'Game g1: another node runs it now',
    );
    await expect(a.saveLobby('g1', lobby())).rejects.toBeInstanceOf(NotOwnerError);
    expect(leasesA.holds('g1')).toBe(false);
    await b.commit('g1', { entries: [entry(1)] });
    expect((await b.readLog('g1')).map((logged) => logged.index)).toEqual([0, 1]);
    // A's renewal says the game is gone from it.
    expect(await leasesA.renew()).toEqual([]);
    expect(await leasesA.acquire('g1')).toBe(false);
  });

  it('hands a game over at once when its node lets it go, with a fence that never comes back', async () => {
    const url = await postgres.freshSchema();
    const a = nodeStore(url, 'node-a');
    const b = nodeStore(url, 'node-b');
    await a.create(record('g2'), lobby());
    const stale = nodeStore(url, 'node-a');
    // A second process calling itself node-a (a restart with a fixed LEVERAGE_NODE_ID) holds no fence.
    await expect(stale.commit('g2', { entries: [entry(0)] })).rejects.toBeInstanceOf(NotOwnerError);
    await a.leases!.release('g2');
    expect(await b.leases!.ownerOf('g2')).toBeNull();
    expect(await b.leases!.acquire('g2')).toBe(true);
    await b.commit('g2', { entries: [entry(0)] });
    await b.leases!.releaseAll();
    expect(await a.leases!.acquire('g2')).toBe(true);
    await a.commit('g2', { entries: [entry(1)] });
    // Node A holds it again with a higher fence; the impostor's never-held fence is still refused.
    await expect(stale.commit('g2', { entries: [entry(2)] })).rejects.toBeInstanceOf(NotOwnerError);
    expect((await a.readLog('g2')).map((logged) => logged.index)).toEqual([0, 1]);
  });

  it('gives a restarted process with the same node name a higher fence, and shuts out the process before it', async () => {
    const url = await postgres.freshSchema();
    const before = nodeStore(url, 'node-a');
    await before.create(record('g4'), lobby());
    expect(before.leases!.fenceOf('g4')).toBe(1);
    // The same LEVERAGE_NODE_ID in a new process, within the old lease's time: it takes the game over.
    const after = nodeStore(url, 'node-a');
    expect(await after.leases!.acquire('g4')).toBe(true);
    // A class console counts its seq from the fence, so the same fence would count again from the same base.
    expect(after.leases!.fenceOf('g4')).toBe(2);
    await after.commit('g4', { entries: [entry(0)] });
    await expect(before.commit('g4', { entries: [entry(1)] })).rejects.toBeInstanceOf(NotOwnerError);
    // The process that holds it renews and re-takes it without moving the fence.
    expect(await after.leases!.acquire('g4')).toBe(true);
    expect(after.leases!.fenceOf('g4')).toBe(2);
    expect((await after.readLog('g4')).map((logged) => logged.index)).toEqual([0]);
  });

  it('finds a game by its join code for a node that does not run it', async () => {
    const url = await postgres.freshSchema();
    const a = nodeStore(url, 'node-a');
    await a.create(record('g3'), lobby());
    expect(await a.leases!.withCode('LEASE2')).toBe('g3');
    expect(await a.leases!.withCode('NOPE22')).toBeNull();
  });

  it('runs a class session at one node: its code is one live session’s, its lease moves only once lapsed, a stale node writes nothing', async () => {
    const url = await postgres.freshSchema();
    const a = nodeStore(url, 'node-a');
    const b = nodeStore(url, 'node-b');
    const session = storedClassroom;
    await a.saveClassroom(session('c1', 'CLASS'));
    expect(a.classroomLeases!.holds('c1')).toBe(true);
    expect(await b.classroomLeases!.ownerOf('c1')).toBe('node-a');
    expect(await b.classroomLeases!.withCode('CLASS')).toBe('c1');
    // Another node's new session with the same live code is refused (it draws again).
    await expect(b.saveClassroom(session('c2', 'CLASS'))).rejects.toBeInstanceOf(ClassroomCodeTakenError);
    // Nor may a node that does not hold the session write it.
    await expect(b.saveClassroom(session('c1', 'CLASS'))).rejects.toBeInstanceOf(NotOwnerError);
    await expect(b.saveClassroom(session('c1', 'CLASS'))).rejects.toThrow(
      'Class session c1: another node runs it now',
    );
    expect(await b.classroomLeases!.acquire('c1')).toBe(false);

    // Node A stops renewing: the session is an orphan, B takes it, and A's next write is refused.
    await wait(LEASE_MS + 100);
    expect(await b.classroomLeases!.orphans()).toEqual(['c1']);
    expect(await b.classroomLeases!.acquire('c1')).toBe(true);
    expect(b.classroomLeases!.fenceOf('c1')).toBe(2);
    await expect(a.saveClassroom({ ...session('c1', 'CLASS'), nextMemberId: 9 })).rejects.toThrow(
      'Class session c1: another node runs it now',
    );
    await b.saveClassroom({ ...session('c1', 'CLASS'), nextMemberId: 2 });
    expect((await a.loadClassroom('c1'))?.nextMemberId).toBe(2);

    // An ended session's code is free again, and an ended session is nobody's orphan.
    await b.saveClassroom(session('c1', 'CLASS', true));
    await a.saveClassroom(session('c3', 'CLASS'));
    expect(await b.classroomLeases!.orphans()).toEqual([]);
    expect(await b.classroomLeases!.withCode('CLASS')).toBe('c3');

    // A table of c3 is no orphan of the games (it goes with its session) but, once let go, one of c3's.
    await a.create({ ...record('t1'), classroomId: 'c3' }, lobby());
    expect(await a.classroomLeases!.orphanTables(['c3'])).toEqual([]);
    await a.leases!.release('t1');
    expect(await b.leases!.orphans()).toEqual([]);
    expect(await b.classroomLeases!.orphanTables(['c3'])).toEqual([{ tableId: 't1', classroomId: 'c3' }]);
  });
});
