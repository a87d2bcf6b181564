import type { GameEngine } from '../shared/game/engine.ts';
import type { CreateGame } from '../shared/protocol/socket.ts';
import type { BotBrain, BotDelay } from './bot-runner.ts';
import type { Clock } from './clock.ts';
import type { JournalPosition } from './game-journal.ts';
import type { LeverageServer } from './io-types.ts';
import type { Lobby } from './lobby.ts';
import type { SeatPace } from './rate-limit.ts';
import type { Requesters } from './seat-requests.ts';
import type { GameStore } from './store/game-store.ts';

/** What a live game is made of: what it depends on, how it was set up, and what a restore brings back. */
export interface LiveGameDeps {
  io: LeverageServer;
  clock: Clock;
  brain: BotBrain;
  botDelay: BotDelay;
  /** Each seat's pace, spent by every command made for it: its people's and its bot's. */
  seatPace: SeatPace;
  /** Where every accepted input is committed before anyone hears of it. */
  store: GameStore;
  onError(error: unknown): void;
  /**
   * With several nodes: the store refused a write because another node took the game's lease. The game
   * is let go here (server/cluster/); its players are served by the new owner.
   */
  lostGame?(gameId: string): void;
  /**
   * The sockets that asked for a seat, wherever they are connected (server/seat-requests.ts): this
   * server's own unless several nodes share the games. Asked when a request is answered, so a cluster
   * node made after these deps can supply it.
   */
  requesters?(): Requesters;
}

export interface LiveGameSetup {
  id: string;
  code: string;
  settings: CreateGame;
  seed: number;
  /** A game brought back from the store keeps its creation time; a new one is created now. */
  createdAt?: number;
  /** Who created it (an address key), to cap the lobbies one address keeps open; unknown after a restore. */
  creatorAddress?: string;
  /** The class session this game is a table of: joined only through the session, never with its code. */
  classroomId?: string;
}

/** What a game brought back from the store starts from (an engine only once it has started). */
export interface RestoredParts {
  lobby: Lobby;
  engine?: GameEngine;
  position?: JournalPosition;
}
