import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import type { Commit } from '../../server/store/game-store.ts';
import { MemoryGameStore } from '../../server/store/memory-store.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import type { GameSnapshotMessage, GameUpdateMessage } from '../../shared/protocol/socket.ts';
import { FakeClock } from './fake-clock.ts';
import { closeAfterEach, startServer, TestPlayer, wait } from './harness.ts';

/** A store whose commits wait at a gate while it is shut, so commands pile up in the game's queue. */
class GatedStore extends MemoryGameStore {
  private gate: Promise<void> | null = null;
  private open: (() => void) | null = null;
  waiting = 0;

  shut(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve;
    });
  }

  release(): void {
    this.open?.();
    this.gate = null;
  }

  override async commit(gameId: string, commit: Commit): Promise<void> {
    if (this.gate) {
      this.waiting++;
      await this.gate;
    }
    return super.commit(gameId, commit);
  }
}

let server: LeverageServerHandle | null = null;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

const statement = (commandId: string, version: number, text: string) => ({
  type: 'chat:statement' as const,
  commandId,
  version,
  statement: { text, signal: 'none' as const },
});

describe('the answer to game:sync', () => {
  it('reaches the seat before any update made after its snapshot, so the next update follows it', async () => {
    const store = new GatedStore();
    server = await startServer({ clock: new FakeClock(), store, botDelayMs: 60_000 });
    const solo = await TestPlayer.connect(server.url, 'Sol');
    players = [solo];
    await solo.create({ mode: 'solo', role: 'tokyo', seed: 4 });
    await solo.untilPhase('briefing');
    await solo.commandOk({ type: 'host:skip' });
    await solo.untilPhase('news', 1);
    await solo.commandOk({ type: 'host:skip' });
    await solo.untilPhase('negotiate', 1);

    // What the socket receives, in order: updates by their prevSeq, and the sync's answer by its seq.
    const order: string[] = [];
    solo.socket.on('game:update', (message: GameUpdateMessage) =>
      order.push(`update after ${message.prevSeq}`),
    );

    // A statement held at the store's gate keeps the queue busy while the sync and a second statement
    // queue up behind it; once the gate opens they run one after the other.
    const version = solo.view!.version;
    store.shut();
    const first = solo.socket.emitWithAck('game:command', statement('first', version, 'We hold.'));
    for (let tries = 0; store.waiting === 0 && tries < 200; tries++) await wait(10);
    expect(store.waiting).toBe(1);
    // The callback runs as the answer is read, in the order the socket received it.
    const synced = new Promise<Ack<GameSnapshotMessage>>((done) =>
      solo.socket.emit('game:sync', {}, (answer: Ack<GameSnapshotMessage>) => {
        if (answer.ok) order.push(`snapshot at ${answer.data.seq}`);
        done(answer);
      }),
    );
    const second = solo.socket.emitWithAck('game:command', statement('second', version, 'We still hold.'));
    await wait(200);
    store.release();
    expect((await first).ok).toBe(true);
    expect((await second).ok).toBe(true);
    const answer = await synced;
    if (!answer.ok) throw new Error(answer.error.message);
    await solo.until(() => order.length === 3, 5000, 'both updates and the snapshot');

    const seq = answer.data.seq;
    // The first statement's update came before the snapshot was made; the second's follows it.
    expect(order).toEqual([`update after ${seq - 1}`, `snapshot at ${seq}`, `update after ${seq}`]);
  });
});
