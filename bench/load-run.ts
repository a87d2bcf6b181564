import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ROLE_IDS } from '../shared/roles.ts';
import { connectAll, Player, playFor, seatTables } from './load-fleet.ts';
import type { Kind } from './load-moves.ts';
import type { ServerProcess } from './load-server-process.ts';
import { type RunFigures, Tally } from './load-stats.ts';

const CLIENT_RESOLUTION_MS = 10;

/** How long a measured run lasts and how often each player moves. */
export interface RunPace {
  games: number;
  durationSeconds: number;
  moveEverySeconds: number;
  log?: (line: string) => void;
}

/**
 * Plays one measured run against a server process: seats the tables, then measures (the clients' event
 * loop and CPU here, the server's in its own process) while every player moves, until the last moves
 * land. The caller ends the games and stops the server. `relayMix` is null against the real server.
 */
export async function playRun(
  server: ServerProcess,
  options: RunPace,
  relayMix: Kind[] | null,
): Promise<{ figures: RunFigures; players: Player[] }> {
  const log = options.log ?? (() => {});
  const relay = relayMix !== null;
  const sockets = await connectAll(server.port, options.games * 4);
  const tally = new Tally();
  const players = sockets.map((socket, index) => new Player(socket, ROLE_IDS[index % 4]!, tally, relay));
  if (relayMix) for (const player of players) player.relayMix = relayMix;
  await seatTables(players, options.games, relay);
  log(`  ${sockets.length} sockets in ${options.games} games; playing for ${options.durationSeconds} s`);

  const clientDelay = monitorEventLoopDelay({ resolution: CLIENT_RESOLUTION_MS });
  await server.ask({ type: 'window-start' }, 'ok');
  clientDelay.enable();
  const clientCpu = process.cpuUsage();
  const started = performance.now();
  await playFor(players, tally, options.moveEverySeconds, options.durationSeconds);
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(clientCpu);
  clientDelay.disable();
  const { window } = await server.ask({ type: 'window-end' }, 'window');
  return {
    players,
    figures: tally.figures(window, {
      // The histogram records whole timer intervals: the delay is what exceeds the resolution.
      eventLoopP99Ms: Math.max(0, clientDelay.percentile(99) / 1e6 - CLIENT_RESOLUTION_MS),
      cpuPercent: ((cpu.user + cpu.system) / 1000 / elapsed) * 100,
    }),
  };
}
