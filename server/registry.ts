import type { LiveGame } from './live-game.ts';

/** What the registry needs of a game: its names, how long it has been idle, and how to let it go. */
export interface RegisteredGame {
  readonly id: string;
  readonly code: string;
  readonly idleSince: number | null;
  /** Not started yet: nobody has put anything into it, so an empty one is let go sooner. */
  readonly inLobby?: boolean;
  /** The address key of whoever created it, when known. */
  readonly creatorAddress?: string | null;
  /** `handedOver`: another node runs the game now, so sockets stay in its rooms for that node's messages. */
  dispose(handedOver?: boolean): void;
  /** Let go for idleness (not for a shutdown): a durable game is then not restored at the next start. */
  shelve?(): void;
  /**
   * Someone outside the game still needs it, though nobody is connected to it: a class session's table
   * while its facilitator or members are in the session (formed tables wait for the start).
   */
  readonly neededElsewhere?: () => boolean;
}

/** How long games are kept with nobody connected: an empty lobby briefly, a game under way for a while. */
export interface IdleLimits {
  /** A game under way (or ended) with nobody connected. */
  idleMs: number;
  /** A lobby with nobody connected: it holds nothing yet, and empty lobbies are what a flood leaves. */
  emptyLobbyMs: number;
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
  private readonly loading = new Map<string, Promise<Game | null>>();

  /** `removed` hears of every game let go (with several nodes, its lease is released). */
  constructor(private readonly removed?: (gameId: string) => void) {}

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

  /**
   * `byCode: false` adds a game that is reachable by id only: one brought back from the store whose join
   * code another live game has taken since.
   */
  add(game: Game, options: { byCode?: boolean } = {}): void {
    const byCode = options.byCode ?? true;
    if (this.byId.has(game.id) || (byCode && this.byCode.has(game.code)))
      throw new Error(`Game ${game.id} or code ${game.code} is taken`);
    this.byId.set(game.id, game);
    if (byCode) this.byCode.set(game.code, game);
  }

  /**
   * The live game with this id, or the one `make` brings back (and adds). Callers asking for the same id
   * while it is being made wait for the same one, so a game is never brought back twice.
   */
  async load(gameId: string, make: () => Promise<Game | null>): Promise<Game | null> {
    const live = this.byId.get(gameId);
    if (live) return live;
    let loading = this.loading.get(gameId);
    if (!loading) {
      loading = make().finally(() => this.loading.delete(gameId));
      this.loading.set(gameId, loading);
    }
    return loading;
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

  /** `handedOver`: the game goes on at another node (its lease moved, or this node shuts down). */
  remove(gameId: string, handedOver = false): void {
    const game = this.byId.get(gameId);
    if (!game) return;
    this.byId.delete(gameId);
    if (this.byCode.get(game.code) === game) this.byCode.delete(game.code);
    game.dispose(handedOver);
    this.removed?.(gameId);
  }

  /** Games created from `address` (an address key) held now, and how many of them still wait in the lobby. */
  gamesFrom(address: string): { games: number; lobbies: number } {
    let games = 0;
    let lobbies = 0;
    for (const game of this.byId.values()) {
      if (game.creatorAddress !== address) continue;
      games++;
      if (game.inLobby) lobbies++;
    }
    return { games, lobbies };
  }

  /** Games nobody has been connected to for their limit are let go (their join codes become free again). */
  sweep(now: number, limits: IdleLimits): number {
    let removed = 0;
    for (const game of [...this.byId.values()]) {
      const limit = game.inLobby ? limits.emptyLobbyMs : limits.idleMs;
      if (game.idleSince !== null && now - game.idleSince >= limit && !game.neededElsewhere?.()) {
        game.shelve?.();
        this.remove(game.id);
        removed++;
      }
    }
    return removed;
  }

  dispose(handedOver = false): void {
    for (const id of [...this.byId.keys()]) this.remove(id, handedOver);
  }
}
