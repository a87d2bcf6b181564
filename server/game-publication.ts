import type { GameSnapshotMessage } from '../shared/protocol/socket.ts';
import { ROLE_IDS } from '../shared/roles.ts';
import { GameBroadcast, gameRoom, type ViewCache, viewCache, viewRoom } from './broadcast.ts';
import type { LiveGame } from './live-game.ts';
import type { Person } from './lobby.ts';
import { declineWaitingAtEnd, type Requesters } from './seat-requests.ts';
import { publishTimeRequests } from './time-requests.ts';

/**
 * What a live game tells others after each change it has committed: each view room the patch of its view
 * (broadcast.ts), the host its time desk, requesters still waiting at the end their answer, and whoever
 * watches the table from outside (a class session's console) that it changed. Call from inside the game's
 * queue, so that what is told follows the order of the changes.
 */
export class GamePublication {
  private readonly broadcast: GameBroadcast;
  private readonly watchers = new Set<() => void>();

  constructor(
    private readonly game: LiveGame,
    private readonly deps: { requesters(): Requesters; onError(error: unknown): void },
  ) {
    this.broadcast = new GameBroadcast(game.io, game.id, game.engine.state);
  }

  /** A committed change: every room that someone may be listening to gets its message. */
  changed(views: ViewCache): void {
    const { lobby } = this.game;
    this.broadcast.publish(
      views,
      ROLE_IDS.filter((role) => lobby.peopleAt(role).length > 0),
      lobby.hasSeatlessPerson(),
    );
    publishTimeRequests(this.game, views.state);
    if (views.state.phase === 'ended')
      declineWaitingAtEnd(this.game, this.deps.requesters(), this.deps.onError);
    this.notifyWatchers();
  }

  /** Everyone in the game learns who sits where and who is connected. */
  roster(): void {
    this.broadcast.roster(this.game.roster);
    this.notifyWatchers();
  }

  /** A full view for the person's seat; its seq is the next update's prevSeq. */
  snapshotFor(person: Person): GameSnapshotMessage {
    return this.broadcast.snapshot(viewCache(this.game.engine.state), person.role, this.game.roster);
  }

  /** Someone watching the table from outside it hears of every change and roster. Returns how to stop. */
  watch(listener: () => void): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  /** Every socket leaves the game's rooms: nothing more is sent to them. */
  leaveRooms(): void {
    const { id, io } = this.game;
    const rooms = [gameRoom(id), viewRoom(id, null), ...ROLE_IDS.map((role) => viewRoom(id, role))];
    io.in(gameRoom(id)).socketsLeave(rooms);
  }

  private notifyWatchers(): void {
    for (const listener of this.watchers) listener();
  }
}
