import { Server } from 'socket.io';
import type { BroadcastOptions } from 'socket.io-adapter';
import { describe, expect, it, vi } from 'vitest';
import { RecoveryAdapter } from '../../server/recovery-adapter.ts';
import { CONNECTION_STATE_RECOVERY, TRANSPORT_OPTIONS } from '../../server/transport.ts';

/** A server attached to nothing: its adapter's only timer (the kept packets' expiry) does not hold the process. */
function adapter(): RecoveryAdapter {
  return new Server(TRANSPORT_OPTIONS).of('/').adapter as RecoveryAdapter;
}

/** Broadcasts event `name` as Socket.IO does, and gives back the recovery offset the adapter gave it. */
function broadcast(to: RecoveryAdapter, name: string, rooms: string[], except: string[] = []): string {
  const data: unknown[] = [name, { name }];
  const opts: BroadcastOptions = { rooms: new Set(rooms), except: new Set(except), flags: {} };
  to.broadcast({ type: 2, data }, opts);
  return data[2] as string;
}

async function missed(from: RecoveryAdapter, rooms: string[], offset: string): Promise<string[]> {
  const pid = `pid-${rooms.join('+')}`;
  from.persistSession({ sid: 'sid', pid, rooms, data: {} });
  const session = await from.restoreSession(pid, offset);
  return (session?.missedPackets ?? []).map((data) => (data as string[])[0]!);
}

describe("the single node's recovery adapter", () => {
  it('is the adapter every single-node server (and the load baseline) gets', () => {
    expect(adapter()).toBeInstanceOf(RecoveryAdapter);
  });

  it('replays to a recovered session exactly the broadcasts its rooms were sent, none it was left out of', async () => {
    const kept = adapter();
    const start = broadcast(kept, 'before', ['g1:tokyo']);
    broadcast(kept, 'tokyo', ['g1:tokyo']);
    broadcast(kept, 'white-house', ['g1:whiteHouse']);
    broadcast(kept, 'both', ['g1:tokyo', 'g1:whiteHouse']);
    broadcast(kept, 'everyone', []);
    broadcast(kept, 'all-but-one', ['g1'], ['g1:host']);
    broadcast(kept, 'tokyo-again', ['g1:tokyo']);
    expect(await missed(kept, ['g1', 'g1:tokyo'], start)).toEqual([
      'tokyo',
      'both',
      'everyone',
      'all-but-one',
      'tokyo-again',
    ]);
    expect(await missed(kept, ['g1', 'g1:host'], start)).toEqual(['everyone']);
    expect(await missed(kept, ['g1:whiteHouse'], start)).toEqual(['white-house', 'both', 'everyone']);
  });

  it("replays a packet's data as it was sent, offset last, whatever its arguments", async () => {
    const kept = adapter();
    const start = broadcast(kept, 'before', ['g1:tokyo']);
    const one: unknown[] = ['game:update', { seq: 4 }];
    const two: unknown[] = ['lobby:roster', { a: 1 }, { b: 2 }];
    const none: unknown[] = ['ping'];
    for (const data of [one, two, none])
      kept.broadcast({ type: 2, data }, { rooms: new Set(['g1:tokyo']), except: new Set(), flags: {} });
    kept.persistSession({ sid: 'sid', pid: 'p', rooms: ['g1:tokyo'], data: {} });
    const session = await kept.restoreSession('p', start);
    expect(session.missedPackets).toEqual([one, two, none]);
    expect(new Set([one, two, none].map((data) => data.at(-1))).size).toBe(3);
  });

  it('keeps one set of rooms for every broadcast to the same rooms, and one empty set for none left out', () => {
    const kept = adapter();
    for (const [name, rooms] of [
      ['a', ['g1:tokyo']],
      ['b', ['g1:tokyo']],
      ['c', ['g1:tokyo', 'g1:host']],
      ['d', ['g1:tokyo', 'g1:host']],
      ['e', ['g2:tokyo']],
    ] as const)
      broadcast(kept, name, [...rooms]);
    // The adapter's columns (private): a diagnostic of what it is for.
    const columns = (kept as unknown as { kept: { rooms: Set<string>[]; except: Set<string>[] } }).kept;
    const [a, b, c, d, e] = columns.rooms;
    expect(b).toBe(a);
    expect(d).toBe(c);
    expect(e).not.toBe(a);
    expect([...e!]).toEqual(['g2:tokyo']);
    expect(new Set(columns.except).size).toBe(1);
    expect(kept.keptBroadcasts).toBe(5);
  });

  it('lets go of broadcasts and sessions past the recovery window, once a minute', async () => {
    vi.useFakeTimers();
    try {
      const kept = adapter();
      const old = broadcast(kept, 'old', ['g1:tokyo']);
      kept.persistSession({ sid: 'sid', pid: 'gone', rooms: ['g1:tokyo'], data: {} });
      vi.advanceTimersByTime(CONNECTION_STATE_RECOVERY.maxDisconnectionDuration - 30_000);
      const recent = broadcast(kept, 'recent', ['g1:tokyo']);
      broadcast(kept, 'latest', ['g1:tokyo']);
      expect(kept.keptBroadcasts).toBe(3);
      // The expiry at 3 minutes: the first broadcast and the session are older than the window then.
      vi.advanceTimersByTime(90_000);
      expect(kept.keptBroadcasts).toBe(2);
      expect(await kept.restoreSession('gone', recent)).toBeNull();
      expect(await missed(kept, ['g1:tokyo'], old)).toEqual([]);
      expect(await missed(kept, ['g1:tokyo'], recent)).toEqual(['latest']);
    } finally {
      vi.useRealTimers();
    }
  });
});
