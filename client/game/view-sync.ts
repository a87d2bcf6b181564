import type { GameSnapshotMessage } from '../../shared/protocol/socket.ts';
import { applyDelta, catchUp, type Delta, type HeldGame } from '../../shared/protocol/sync.ts';
import type { SendRequest } from './requests.ts';

/**
 * Keeps the held view in step with the server: a snapshot replaces it, an update is applied on top of it,
 * and an update that does not follow on from the held seq (a gap) asks for a snapshot (`game:sync`).
 * Updates that show a gap while that answer is on its way are kept and applied on top of it.
 */
export class ViewSync {
  private syncing = false;
  private resyncAfter = false;
  /** Deltas that showed a gap while a sync was on its way: applied on top of its answer (`catchUp`). */
  private keptWhileSyncing: Delta[] = [];

  constructor(
    private readonly deps: {
      request: SendRequest;
      currentGameId(): string | null;
      held(): HeldGame | null;
      /** The game to hold now, from `snapshot` caught up with the deltas kept meanwhile. */
      holdSnapshot(game: HeldGame, snapshot: GameSnapshotMessage): void;
      holdUpdated(game: HeldGame): void;
    },
  ) {}

  receiveSnapshot(message: GameSnapshotMessage, keptWhileSyncing: readonly Delta[] = []): void {
    if (message.view.gameId !== this.deps.currentGameId()) return;
    const held = this.deps.held();
    // A snapshot older than what is held (a slow sync answer overtaken by updates) changes nothing.
    if (held && message.seq < held.seq) return;
    const { game, gap } = catchUp(message, keptWhileSyncing);
    if (gap) this.resyncAfter = true;
    this.deps.holdSnapshot(game, message);
  }

  receiveDelta(delta: Delta): void {
    if (!this.deps.currentGameId()) return;
    const outcome = applyDelta(this.deps.held(), delta);
    if (outcome.kind === 'applied') this.deps.holdUpdated(outcome.game);
    else if (outcome.kind === 'gap' && this.syncing) this.keptWhileSyncing.push(delta);
    else if (outcome.kind === 'gap') void this.sync();
  }

  /** Asks for a full snapshot; called after joining and whenever a delta shows a gap. */
  async sync(): Promise<void> {
    if (!this.deps.currentGameId()) return;
    if (this.syncing) {
      this.resyncAfter = true;
      return;
    }
    this.syncing = true;
    try {
      const ack = await this.deps.request('game:sync', {});
      const kept = this.keptWhileSyncing.splice(0);
      if (ack.ok) this.receiveSnapshot(ack.data, kept);
      // An answer that never came (a loaded server, a lost packet) leaves the view behind, and in a quiet
      // phase no later delta would show the gap: ask again. Offline, the next connection resyncs anyway.
      else if (ack.error.code === 'TIMEOUT') this.resyncAfter = true;
    } finally {
      this.syncing = false;
    }
    if (this.resyncAfter) {
      this.resyncAfter = false;
      await this.sync();
    }
  }
}
