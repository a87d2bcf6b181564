import type { Server as HttpServer } from 'node:http';
import type { NetworkInterfaceInfo } from 'node:os';
import type { ApiOptions } from './api.ts';
import type { BotBrain, BotDelay } from './bot-runner.ts';
import type { ClassroomRegistry } from './classroom/registry.ts';
import type { Clock } from './clock.ts';
import type { ClusterLink } from './cluster/link.ts';
import type { RemoteSockets } from './cluster/presence.ts';
import type { Ids } from './ids.ts';
import type { LeverageServer } from './io-types.ts';
import type { JoinGuardLimits } from './join-guard.ts';
import type { RateLimit } from './rate-limit.ts';
import type { GameRegistry } from './registry.ts';
import type { GameStore } from './store/game-store.ts';

/**
 * What one server is asked for (`createLeverageServer`, app.ts); below, what it hands back and the defaults
 * of what it may be asked.
 */
export interface LeverageServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  clock?: Clock;
  ids?: Ids;
  /** The built client; omitted or null serves only /healthz and the socket. */
  staticDir?: string | null;
  /** How long bots think before acting: one number, or a range. */
  botDelayMs?: number | BotDelay;
  /** The bots' decision function; the shared bots by default. */
  bots?: BotBrain;
  commandRate?: RateLimit;
  sessionRate?: RateLimit;
  createRate?: RateLimit;
  seatCommandRate?: RateLimit;
  addressRate?: RateLimit;
  maxOpenLobbiesPerAddress?: number;
  maxGamesPerAddress?: number;
  /** Wrong join codes and tokens, and creations, per socket and per address; timed by `clock`. */
  joinLimits?: JoinGuardLimits;
  /** Page origins besides the server's own that may open sockets (LEVERAGE_ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /**
   * The address players use (LEVERAGE_PUBLIC_URL, read by `publicUrlFrom`); its pages may open sockets,
   * and join links and QR codes are built from it. Omitted: the first network address when listening on
   * every interface, else none (each page's own address is used).
   */
  publicUrl?: string | null;
  maxGames?: number;
  /** A game nobody has been connected to for this long is let go. */
  idleGameMs?: number;
  /** A lobby nobody has been connected to for this long is let go. */
  emptyLobbyMs?: number;
  /** How often at most a class session's console is sent (CONSOLE_FEED_MS by default). */
  consoleFeedMs?: number;
  /** The machine's network interfaces (os.networkInterfaces() by default; tests pass their own). */
  networkInterfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
  logger?: Pick<Console, 'error' | 'info'>;
  /**
   * Where games are kept: every unfinished game in it is restored at start-up. An in-memory store when
   * omitted. The caller owns the store and closes it after `close()`.
   */
  store?: GameStore;
  /** Tokens besides the host's that open a game's export (the session layer's facilitator). */
  exportKeyholders?: ApiOptions['keyholdersOf'];
  /**
   * One of several nodes (LEVERAGE_REDIS_URL; see docs/deploy.md): Socket.IO's Redis Streams adapter,
   * a lease per game in the store's PostgreSQL, and forwarding to each game's node. The caller owns the
   * Redis connection and closes it after `close()`.
   */
  cluster?: ClusterLink;
}

export interface LeverageServerHandle {
  url: string;
  /** Where people's devices reach this server (served in /healthz), or null if only the page knows. */
  publicUrl: string | null;
  port: number;
  io: LeverageServer;
  httpServer: HttpServer;
  registry: GameRegistry;
  /** Class sessions; `classrooms.facilitatorOf(id, token)` authorises a facilitator's request. */
  classrooms: ClassroomRegistry;
  store: GameStore;
  /** With several nodes, the sockets of other nodes this one keeps track of (their node may die); else null. */
  remoteSockets: Pick<RemoteSockets, 'has'> | null;
  /** Games (and class sessions) brought back from the store at start-up, and how long it took. */
  restored: { games: number; failed: number; ms: number; classrooms: number };
  close(): Promise<void>;
}

/** A game under way with nobody connected is let go after this long (players come back from a break). */
export const DEFAULT_IDLE_GAME_MS = 30 * 60_000;
/** An empty lobby holds nothing anyone would miss: let go after this long. */
export const DEFAULT_EMPTY_LOBBY_MS = 5 * 60_000;
/** Games one server holds at once. */
export const DEFAULT_MAX_GAMES = 2000;
