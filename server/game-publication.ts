import type { GameState } from '../shared/game/state.ts';
import type { GameSnapshotMessage } from '../shared/protocol/socket.ts';
import { ROLE_IDS } from '../shared/roles.ts';
import { GameBroadcast, gameRoom, type ViewCache, viewCache, viewRoom } from './broadcast.ts';
import type { Clock, TimerHandle } from './clock.ts';
import type { LiveGame } from './live-game.ts';
import type { Person } from './lobby.ts';
import { declineWaitingAtEnd, type Requesters } from './seat-requests.ts';
import { publishTimeRequests } from './time-requests.ts';

/**
 * How long a market tick's update may wait for the game's next change, as a share of the tick interval.
 * A tick moves only the market, the scores and Tokyo's holdings; at a table where people talk, a command
 * follows within a second, and its update carries the tick too (every patch is made from the view last
 * sent), so each seat gets one larger update instead of two: a socket write, one system call per socket,
 * is the server's largest cost. Half an interval keeps a quiet table's chart moving at the ticks' own
 * pace, and a held tick always goes out before the next one is due. Only ticks wait: a command's update
 * goes out as soon as the store holds it.
 */
export const TICK_HOLD_SHARE = 0.5;

/** What led to a change: a market tick's publication may be held (`TICK_HOLD_SHARE`), nothing else's. */
export type ChangeCause = 'tick' | 'input';

/**
 * What a live game tells others after each change it has committed: each view room the patch of its view
 * (broadcast.ts), the host its time desk, requesters still waiting at the end their answer, and whoever
 * watches the table from outside (a class session's console) that it changed. Call from inside the game's
 * queue, so that what is told follows the order of the changes.
 */
export class GamePublication {
  private readonly broadcast: GameBroadcast;
  private readonly watchers = new Set<() => void>();
  /** The timer that sends a held tick's update if no other change has carried it by then. */
  private heldTick: TimerHandle | null = null;

  constructor(
    private readonly game: LiveGame,
    private readonly deps: {
      clock: Clock;
      /** False once the game was let go or broken: a held tick is then never sent. */
      running(): boolean;
      requesters(): Requesters;
      onError(error: unknown): void;
    },
    /** The state the game is at when it is made or restored here, the one its rooms are taken to hold. */
    startingState: GameState,
  ) {
    this.broadcast = new GameBroadcast(game.io, game.id, startingState);
  }

  /**
   * A committed change: every room that someone may be listening to gets its message, at once, or for a
   * market tick when the game next changes, at most `TICK_HOLD_SHARE` of a tick interval later.
   */
  changed(views: ViewCache, cause: ChangeCause = 'input'): void {
    if (cause === 'tick') {
      this.heldTick ??= this.deps.clock.setTimeout(
        () => void this.game.enqueue(() => this.sendHeldTick()).catch(this.deps.onError),
        TICK_HOLD_SHARE * views.state.config.timers.tickSeconds * 1000,
      );
      return;
    }
    this.stop();
    this.publish(views);
  }

  /** A held tick goes out with nothing else (from the game's queue, where the state is the one committed). */
  private sendHeldTick(): void {
    if (this.heldTick === null) return;
    this.heldTick = null;
    if (this.deps.running()) this.publish(viewCache(this.game.engine.state, this.broadcast.lastViews));
  }

  /** A held tick is dropped (the game stops, or a change that carries it goes out now). */
  stop(): void {
    if (this.heldTick !== null) this.deps.clock.clearTimeout(this.heldTick);
    this.heldTick = null;
  }

  private publish(views: ViewCache): void {
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

  /**
   * A full view for the person's seat; its seq is the next update's prevSeq. While a tick is held it is
   * the view last sent, which the held tick's update then patches, as it does everyone else's.
   */
  snapshotFor(person: Person): GameSnapshotMessage {
    const { lastViews } = this.broadcast;
    const views = this.heldTick === null ? viewCache(this.game.engine.state, lastViews) : lastViews;
    return this.broadcast.snapshot(views, person.role, this.game.roster);
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
