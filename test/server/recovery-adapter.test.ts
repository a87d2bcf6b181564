import { Server } from 'socket.io';
import type { BroadcastOptions } from 'socket.io-adapter';
import { describe, expect, it } from 'vitest';
import { RecoveryAdapter } from '../../server/recovery-adapter.ts';
import { TRANSPORT_OPTIONS } from '../../server/transport.ts';

/** A server attached to nothing: its adapter's only timer (the kept packets' expiry) does not hold the process. */
function adapter(): RecoveryAdapter {
  return new Server(TRANSPORT_OPTIONS).of('/').adapter as RecoveryAdapter;
}

/** Broadcasts event `name` as Socket.IO does, and gives back the recovery offset the adapter gave it. */
function broadcast(to: RecoveryAdapter, name: string, rooms: string[], except: string[] = []): string {
  const data: unknown[] = [name, { name }];
  const opts: BroadcastOptions = { rooms: new Set(rooms), except: new Set(except), flags: {} };
  to.broadcast({ type: 2, nsp: '/', data }, opts);
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

  it('keeps one set of rooms for every broadcast to the same rooms, and one empty set for none left out', () => {
    const kept = adapter();
    broadcast(kept, 'a', ['g1:tokyo']);
    broadcast(kept, 'b', ['g1:tokyo']);
    broadcast(kept, 'c', ['g1:tokyo', 'g1:host']);
    broadcast(kept, 'd', ['g1:tokyo', 'g1:host']);
    broadcast(kept, 'e', ['g2:tokyo']);
    // Socket.IO's own list of what it keeps (private): a diagnostic of what this adapter is for.
    const packets = (kept as unknown as { packets: { opts: Required<BroadcastOptions> }[] }).packets;
    const [a, b, c, d, e] = packets.map(({ opts }) => opts);
    expect(b!.rooms).toBe(a!.rooms);
    expect(d!.rooms).toBe(c!.rooms);
    expect(e!.rooms).not.toBe(a!.rooms);
    expect([...e!.rooms]).toEqual(['g2:tokyo']);
    expect(new Set(packets.map(({ opts }) => opts.except)).size).toBe(1);
  });
});
