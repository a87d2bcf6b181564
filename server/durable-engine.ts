import type { GameEngine } from '../shared/game/engine.ts';
import { type Ack, refuse } from '../shared/protocol/errors.ts';
import { engineFromStore, FRESH_JOURNAL, GameJournal, type JournalPosition } from './game-journal.ts';
import { type Commit, type GameStore, NotOwnerError } from './store/game-store.ts';

export interface DurableEngineDeps {
  store: GameStore;
  gameId: string;
  onError(error: unknown): void;
  /** The engine a game still in its lobby has (what a reload gives when the store holds no start). */
  lobbyEngine(): GameEngine;
  /** The engine was brought back to what the store holds: everyone hears of that state again. */
  onReloaded(): void;
  /** The store could not be read back either: the game's timers and bots must stop. */
  onBroken(): void;
  /** Another node runs the game now (its lease moved): this process must let the game go. */
  onNotOwner?(): void;
}

/**
 * A game's engine kept in step with the store: apply an input, commit it, or — if the store refuses —
 * roll back to what the store holds. If even that fails the game is broken and takes no more input until
 * a restart, so nothing is ever published that the store does not hold.
 */
export class DurableEngine {
  private current: GameEngine;
  private readonly journal: GameJournal;
  /** The game was let go; any task still queued for it is refused. */
  private closed = false;
  /** The store refused a write and the game could not be brought back from it: it takes no more input. */
  private broken = false;

  constructor(
    private readonly deps: DurableEngineDeps,
    engine: GameEngine,
    position: JournalPosition,
  ) {
    this.current = engine;
    this.journal = new GameJournal(deps.store, deps.gameId, position);
  }

  get engine(): GameEngine {
    return this.current;
  }

  /** False once the game was let go or broken: nothing may wake its timers or bots again. */
  get running(): boolean {
    return !this.closed && !this.broken;
  }

  /** Why the game takes no input now, or null while it does. */
  closedRefusal(): Ack<never> | null {
    if (this.closed) return refuse('NOT_FOUND', 'That game is no longer running.');
    if (this.broken) return refuse('INTERNAL', 'This game could not be saved; it waits for a restart.');
    return null;
  }

  /** Runs one engine step and notes the entry it logged, to be committed with the next `commit`. */
  apply<T>(step: (engine: GameEngine) => T): T {
    const result = step(this.current);
    this.journal.note(this.current);
    return result;
  }

  /**
   * Commits what was noted. If the store refuses, the input was applied here but is not durable: the
   * engine is brought back to what the store holds (the state everyone last heard of) and the error goes
   * to the caller, whose answer is INTERNAL. False when there was nothing to commit.
   */
  async commit(): Promise<boolean> {
    try {
      return await this.journal.commit(this.current);
    } catch (error) {
      // Reloading would run a second actor beside the new owner's: this one stops for good instead.
      if (error instanceof NotOwnerError) {
        this.close();
        this.deps.onNotOwner?.();
      } else await this.reload();
      throw error;
    }
  }

  /**
   * The start: `engine` (with the fixed seats, the start already applied) replaces the lobby's once the
   * store holds it with `extra` (its config and seats). If the store refuses, nothing changed here and
   * the error goes to the caller.
   */
  async startWith(engine: GameEngine, extra: Pick<Commit, 'config' | 'lobby'>): Promise<void> {
    this.journal.note(engine);
    try {
      await this.journal.commit(engine, extra);
    } catch (error) {
      // The lobby's engine stays, and the store has no start.
      engine.stop();
      this.journal.reset(FRESH_JOURNAL);
      throw error;
    }
    this.current.stop();
    this.current = engine;
  }

  /** The game is let go: its engine stops and later input is refused. */
  close(): void {
    this.closed = true;
    this.current.stop();
  }

  private async reload(): Promise<void> {
    try {
      const stored = await this.deps.store.load(this.deps.gameId);
      if (!stored) throw new Error(`Game ${this.deps.gameId} is no longer in the store`);
      const restored = engineFromStore(stored, this.deps.onError);
      this.current.stop();
      this.current = restored?.engine ?? this.deps.lobbyEngine();
      this.journal.reset(restored?.position ?? FRESH_JOURNAL);
      this.deps.onReloaded();
    } catch (error) {
      this.broken = true;
      this.deps.onBroken();
      this.deps.onError(error);
    }
  }
}
