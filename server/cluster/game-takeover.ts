import { gameRoom } from '../broadcast.ts';
import type { LeverageServer } from '../io-types.ts';
import type { LiveGame, LiveGameDeps } from '../live-game.ts';
import type { GameRegistry } from '../registry.ts';
import { liveGameFromStore } from '../restore.ts';
import type { PostgresLeases } from '../store/postgres-leases.ts';
import type { RemoteSockets } from './presence.ts';
import { withRetries } from './repeat.ts';

export interface GameTakeoverDeps {
  io: LeverageServer;
  registry: GameRegistry;
  leases: PostgresLeases;
  game: LiveGameDeps;
  remoteSockets: RemoteSockets;
  onError(error: unknown): void;
  logger: Pick<Console, 'info'>;
}

/**
 * Taking a game over at this node (its node died, or nobody ran it at start-up), as class-takeover.ts
 * takes a class session: its lease, the game as stored, then its people, wherever they are connected.
 */
export class GameTakeover {
  closed = false;

  constructor(private readonly deps: GameTakeoverDeps) {}

  /**
   * Takes the game's lease and, if it is being played, restores it here from the store (its snapshot
   * and the log after it, as at a restart). A game that ended or was let go for idleness comes back
   * only for a person's token (restore.ts: `reviveGame`), once this node holds its lease.
   */
  adopt(gameId: string): Promise<LiveGame | null> {
    const { registry, leases, game: gameDeps } = this.deps;
    return registry.load(gameId, async () => {
      if (this.closed || !(await leases.acquire(gameId))) return null;
      const stored = await gameDeps.store.load(gameId);
      if (stored?.status !== 'active') return null;
      let game: LiveGame;
      try {
        game = liveGameFromStore(stored, gameDeps);
      } catch (error) {
        // Left in the store, as a restart leaves a game it cannot restore; the lease lapses.
        await leases.release(gameId);
        throw error;
      }
      registry.add(game, { byCode: !registry.withCode(game.code) });
      game.wake();
      this.deps.logger.info(`[leverage] took over game ${gameId}`);
      void this.reconnectPeople(game);
      return game;
    });
  }

  /**
   * The people of a game taken over are still connected, to this node or others, with sockets in its
   * rooms: they count as connected again (so no bot takes their seat, and the game is not let go).
   */
  private reconnectPeople(game: LiveGame): Promise<void> {
    return withRetries(
      async () => {
        const sockets = await this.deps.io.in(gameRoom(game.id)).timeout(2000).fetchSockets();
        await game.enqueue(() => {
          for (const socket of sockets) {
            const person =
              socket.data.gameId === game.id ? game.lobby.person(socket.data.personId) : undefined;
            if (!person) continue;
            game.lobby.connect(person, socket.id);
            this.deps.remoteSockets.note(socket.id, socket.data.node);
          }
          game.noteConnections();
          game.publishRoster();
        });
      },
      { stopped: () => this.closed, onError: this.deps.onError },
    );
  }
}
