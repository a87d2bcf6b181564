import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { Server } from 'socket.io';
import { botActions } from '../shared/bots/index.ts';
import { createApiHandler } from './api.ts';
import {
  DEFAULT_EMPTY_LOBBY_MS,
  DEFAULT_IDLE_GAME_MS,
  DEFAULT_MAX_GAMES,
  type LeverageServerHandle,
  type LeverageServerOptions,
} from './app-options.ts';
import { botDelayFrom } from './bot-runner.ts';
import { CONSOLE_FEED_MS, ConsoleFeeds } from './classroom/console-feed.ts';
import type { ClassroomDeps } from './classroom/deps.ts';
import { ClassroomRegistry } from './classroom/registry.ts';
import { restoreClassrooms } from './classroom/sessions.ts';
import { systemClock, type TimerHandle } from './clock.ts';
import { ClusterClassrooms } from './cluster/class-node.ts';
import { redisAdapter } from './cluster/link.ts';
import { ClusterNode } from './cluster/node.ts';
import {
  createGameHandlers,
  DEFAULT_ADDRESS_RATE,
  DEFAULT_COMMAND_RATE,
  DEFAULT_CREATE_RATE,
  DEFAULT_MAX_GAMES_PER_ADDRESS,
  DEFAULT_MAX_OPEN_LOBBIES_PER_ADDRESS,
  DEFAULT_SEAT_COMMAND_RATE,
  DEFAULT_SESSION_RATE,
} from './handlers.ts';
import { createHttpHandler } from './http.ts';
import { cryptoIds } from './ids.ts';
import type { LeverageServer } from './io-types.ts';
import { createJoinGuard, DEFAULT_JOIN_LIMITS } from './join-guard.ts';
import type { LiveGameDeps } from './live-game.ts';
import { type OriginPolicy, socketAllowed } from './origin-check.ts';
import { publicUrlFor } from './public-url.ts';
import { createSeatPace } from './rate-limit.ts';
import { GameRegistry } from './registry.ts';
import { restoreGames } from './restore.ts';
import { localRequesters } from './seat-requests.ts';
import { securityHeaders } from './security-headers.ts';
import { rememberedServedHostnames, servedHostnames } from './served-hosts.ts';
import { MemoryGameStore } from './store/memory-store.ts';
import { TRANSPORT_OPTIONS } from './transport.ts';

export type { LeverageServerHandle, LeverageServerOptions } from './app-options.ts';

const SWEEP_EVERY_MS = 60_000;

/** One server: HTTP (client files, /healthz) and Socket.IO on the same port, its own registry of games. */
export async function createLeverageServer(options: LeverageServerOptions): Promise<LeverageServerHandle> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? console;
  const onError = (error: unknown) => logger.error('[leverage]', error);
  const cluster = options.cluster ?? null;
  // With several nodes, a game let go here is free at once for another node to take.
  const registry = new GameRegistry(
    cluster ? (gameId) => void cluster.leases.release(gameId).catch(onError) : undefined,
  );
  const startedAt = clock.now();
  const originPolicy: OriginPolicy = {
    allowedOrigins: [...(options.allowedOrigins ?? []), ...(options.publicUrl ? [options.publicUrl] : [])],
    servedHostnames: rememberedServedHostnames(() => servedHostnames(options.host ?? '0.0.0.0')),
  };
  // Known once the port is open (port 0 picks one).
  let publicUrl: string | null = null;

  // The HTTP listener is registered before Socket.IO, which answers /socket.io/ itself and passes on the rest.
  let io: LeverageServer | null = null;
  const store = options.store ?? new MemoryGameStore();
  // Made before the HTTP handler, which serves each session's export to its facilitator.
  const classrooms = new ClassroomRegistry();
  const httpServer = createServer(
    createHttpHandler({
      staticDir: options.staticDir ?? null,
      onError,
      api: createApiHandler({
        store,
        classrooms,
        ...(options.exportKeyholders ? { keyholdersOf: options.exportKeyholders } : {}),
      }),
      health: () => ({
        status: 'ok',
        games: registry.size,
        connections: io?.of('/').sockets.size ?? 0,
        uptimeSeconds: Math.round((clock.now() - startedAt) / 1000),
        publicUrl,
      }),
    }),
  );
  const server: LeverageServer = new Server(httpServer, {
    ...TRANSPORT_OPTIONS,
    // A page from another site, or from another name pointed at this machine, must not drive a player's
    // socket (checked on each new connection).
    allowRequest: (request, callback) =>
      callback(null, socketAllowed(request.headers.origin, request.headers.host, originPolicy)),
    ...(cluster ? { adapter: redisAdapter(cluster.redis) } : {}),
  });
  io = server;
  // First in line for every request, Socket.IO's own included (its error answers too): the headers are
  // set before anyone writes, and a later writeHead merges them in.
  httpServer.prependListener('request', (request, response) => {
    for (const [name, value] of Object.entries(securityHeaders(request.headers.host)))
      response.setHeader(name, value);
  });

  const gameDeps: LiveGameDeps = {
    io: server,
    clock,
    brain: options.bots ?? botActions,
    botDelay: botDelayFrom(options.botDelayMs),
    // One pace per seat for its people's sockets and its bot alike.
    seatPace: createSeatPace(options.seatCommandRate ?? DEFAULT_SEAT_COMMAND_RATE, () => clock.now()),
    store,
    onError,
    // Another node took the game's lease: it goes on there.
    lostGame: (gameId) => registry.remove(gameId, true),
    // Made below, before any game is created or restored.
    requesters: () => node?.requesters ?? localRequesters(server),
  };
  const node = cluster
    ? new ClusterNode({ io: server, registry, ...cluster, game: gameDeps, onError, logger })
    : null;
  // Before the port opens: a player coming back finds the game already there. With several nodes, a
  // node brings back the games nobody runs (all of them when it is the first) and keeps looking.
  const restored = node
    ? await (async () => {
        const started = performance.now();
        const games = await node.start();
        return { games, failed: 0, ms: performance.now() - started };
      })()
    : await restoreGames(registry, gameDeps);
  if (restored.games + restored.failed > 0)
    logger.info(
      `[leverage] restored ${restored.games} games in ${restored.ms.toFixed(0)} ms` +
        (restored.failed > 0 ? ` (${restored.failed} could not be restored)` : ''),
    );

  const feeds = new ConsoleFeeds({
    io: server,
    clock,
    games: registry,
    paceMs: options.consoleFeedMs ?? CONSOLE_FEED_MS,
  });
  const classroomDeps: ClassroomDeps = {
    games: registry,
    classrooms,
    ids: options.ids ?? cryptoIds,
    clock,
    game: gameDeps,
    feeds,
    publicUrl: () => publicUrl,
  };
  // With several nodes, a session runs at the node holding its lease, with its tables.
  const classNode =
    cluster && node
      ? new ClusterClassrooms({
          io: server,
          relay: cluster.relay,
          leases: cluster.classroomLeases,
          games: node,
          classroom: classroomDeps,
          onError,
          logger,
        })
      : null;
  // After the games: a session's tables are games, live again before its console asks for them. With
  // several nodes, a node takes over the sessions nobody runs, their tables with them.
  const restoredClassrooms = classNode
    ? await classNode.start()
    : await restoreClassrooms(classroomDeps, onError);

  server.on(
    'connection',
    createGameHandlers({
      registry,
      clock,
      ids: options.ids ?? cryptoIds,
      commandRate: options.commandRate ?? DEFAULT_COMMAND_RATE,
      sessionRate: options.sessionRate ?? DEFAULT_SESSION_RATE,
      createRate: options.createRate ?? DEFAULT_CREATE_RATE,
      addressRate: options.addressRate ?? DEFAULT_ADDRESS_RATE,
      maxOpenLobbiesPerAddress: options.maxOpenLobbiesPerAddress ?? DEFAULT_MAX_OPEN_LOBBIES_PER_ADDRESS,
      maxGamesPerAddress: options.maxGamesPerAddress ?? DEFAULT_MAX_GAMES_PER_ADDRESS,
      joinGuard: createJoinGuard(options.joinLimits ?? DEFAULT_JOIN_LIMITS, () => clock.now()),
      maxGames: options.maxGames ?? DEFAULT_MAX_GAMES,
      classroom: classroomDeps,
      onError,
      game: gameDeps,
      ...(node ? { cluster: node } : {}),
      ...(classNode ? { classCluster: classNode } : {}),
    }),
  );

  const idleLimits = {
    idleMs: options.idleGameMs ?? DEFAULT_IDLE_GAME_MS,
    emptyLobbyMs: options.emptyLobbyMs ?? DEFAULT_EMPTY_LOBBY_MS,
  };
  let sweeper: TimerHandle | null = null;
  const sweep = () => {
    registry.sweep(clock.now(), idleLimits);
    sweeper = clock.setTimeout(sweep, SWEEP_EVERY_MS);
  };
  sweeper = clock.setTimeout(sweep, SWEEP_EVERY_MS);

  await new Promise<void>((ready, fail) => {
    httpServer.once('error', fail);
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => {
      httpServer.off('error', fail);
      ready();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host ?? '0.0.0.0';
  const shownHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  publicUrl = publicUrlFor({
    configured: options.publicUrl ?? null,
    host,
    port,
    interfaces: (options.networkInterfaces ?? networkInterfaces)(),
  });

  return {
    url: `http://${shownHost}:${port}`,
    publicUrl,
    port,
    io: server,
    httpServer,
    registry,
    classrooms,
    store,
    remoteSockets: node?.remoteSockets ?? null,
    restored: { ...restored, classrooms: restoredClassrooms },
    async close() {
      if (sweeper !== null) clock.clearTimeout(sweeper);
      feeds.dispose();
      const games = [...registry.games()];
      // With several nodes, other nodes take the games over: their sockets stay in the games' rooms.
      registry.dispose(node !== null);
      // A task already in a game's queue finishes (and finds the game closed) before the store may close.
      await Promise.all(games.map((game) => game.settled()));
      // This node's sockets only: with the Redis adapter, `disconnectSockets` would reach every node's.
      server.local.disconnectSockets(true);
      httpServer.closeAllConnections();
      await server.close();
      await classNode?.close();
      await node?.close();
    },
  };
}
