import type { LiveGame } from './live-game.ts';

/** What the registry needs of a game: its names, how long it has been idle, and how to let it go. */
export interface RegisteredGame {
  readonly id: string;
  readonly code: string;
  readonly idleSince: number | null;
  dispose(): void;
}

/** Codes are short, so a clash among live games is possible: draw again, a bounded number of times. */
const JOIN_CODE_ATTEMPTS = 50;

/**
 * The live games of one server instance, by id and by join code. Made per server (never a module-level
 * map), so two servers in one process, or two tests, never see each other's games.
 */
export class GameRegistry<Game extends RegisteredGame = LiveGame> {
  private readonly byId = new Map<string, Game>();
  private readonly byCode = new Map<string, Game>();

  get size(): number {
    return this.byId.size;
  }

  /** A join code no live game uses. */
  freeJoinCode(draw: () => string): string {
    for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
      const code = draw();
      if (!this.byCode.has(code)) return code;
    }
    throw new Error('Could not find a free join code');
  }

  add(game: Game): void {
    if (this.byId.has(game.id) || this.byCode.has(game.code))
      throw new Error(`Game ${game.id} or code ${game.code} is taken`);
    this.byId.set(game.id, game);
    this.byCode.set(game.code, game);
  }

  get(gameId: string): Game | undefined {
    return this.byId.get(gameId);
  }

  withCode(code: string): Game | undefined {
    return this.byCode.get(code);
  }

  games(): IterableIterator<Game> {
    return this.byId.values();
  }

  remove(gameId: string): void {
    const game = this.byId.get(gameId);
    if (!game) return;
    this.byId.delete(gameId);
    this.byCode.delete(game.code);
    game.dispose();
  }

  /** Games nobody has been connected to for `idleMs` are let go (their join codes become free again). */
  sweep(now: number, idleMs: number): number {
    let removed = 0;
    for (const game of [...this.byId.values()]) {
      if (game.idleSince !== null && now - game.idleSince >= idleMs) {
        this.remove(game.id);
        removed++;
      }
    }
    return removed;
  }

  dispose(): void {
    for (const id of [...this.byId.keys()]) this.remove(id);
  }
}
