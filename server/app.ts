import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { botActions } from '../shared/bots/index.ts';
import { type BotBrain, type BotDelay, botDelayFrom } from './bot-runner.ts';
import { type Clock, systemClock, type TimerHandle } from './clock.ts';
import { createGameHandlers, DEFAULT_COMMAND_RATE, DEFAULT_SESSION_RATE } from './handlers.ts';
import { createHttpHandler } from './http.ts';
import { cryptoIds, type Ids } from './ids.ts';
import type { LeverageServer } from './io-types.ts';
import type { RateLimit } from './rate-limit.ts';
import { GameRegistry } from './registry.ts';
import { securityHeaders } from './security-headers.ts';

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
  maxGames?: number;
  /** A game nobody has been connected to for this long is let go. */
  idleGameMs?: number;
  logger?: Pick<Console, 'error' | 'info'>;
}

export interface LeverageServerHandle {
  url: string;
  port: number;
  io: LeverageServer;
  httpServer: HttpServer;
  registry: GameRegistry;
  close(): Promise<void>;
}

const SWEEP_EVERY_MS = 60_000;

/** One server: HTTP (client files, /healthz) and Socket.IO on the same port, its own registry of games. */
export async function createLeverageServer(options: LeverageServerOptions): Promise<LeverageServerHandle> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? console;
  const onError = (error: unknown) => logger.error('[leverage]', error);
  const registry = new GameRegistry();
  const startedAt = clock.now();

  // The HTTP listener is registered before Socket.IO, which answers /socket.io/ itself and passes on the rest.
  let io: LeverageServer | null = null;
  const httpServer = createServer(
    createHttpHandler({
      staticDir: options.staticDir ?? null,
      onError,
      health: () => ({
        status: 'ok',
        games: registry.size,
        connections: io?.of('/').sockets.size ?? 0,
        uptimeSeconds: Math.round((clock.now() - startedAt) / 1000),
      }),
    }),
  );
  const server: LeverageServer = new Server(httpServer, {
    serveClient: false,
    transports: ['polling', 'websocket'],
    // Commands are at most 16 KB; anything much larger is not a Leverage client.
    maxHttpBufferSize: 32 * 1024,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
  });
  io = server;
  const addHeaders = (headers: Record<string, string>, request: { headers: { host?: string } }) =>
    Object.assign(headers, securityHeaders(request.headers.host));
  server.engine.on('initial_headers', addHeaders);
  server.engine.on('headers', addHeaders);

  server.on(
    'connection',
    createGameHandlers({
      registry,
      clock,
      ids: options.ids ?? cryptoIds,
      commandRate: options.commandRate ?? DEFAULT_COMMAND_RATE,
      sessionRate: options.sessionRate ?? DEFAULT_SESSION_RATE,
      maxGames: options.maxGames ?? 2000,
      onError,
      game: {
        io: server,
        clock,
        brain: options.bots ?? botActions,
        botDelay: botDelayFrom(options.botDelayMs),
        onError,
      },
    }),
  );

  const idleGameMs = options.idleGameMs ?? 30 * 60_000;
  let sweeper: TimerHandle | null = null;
  const sweep = () => {
    registry.sweep(clock.now(), idleGameMs);
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

  return {
    url: `http://${shownHost}:${port}`,
    port,
    io: server,
    httpServer,
    registry,
    async close() {
      if (sweeper !== null) clock.clearTimeout(sweeper);
      registry.dispose();
      server.disconnectSockets(true);
      httpServer.closeAllConnections();
      await server.close();
    },
  };
}
