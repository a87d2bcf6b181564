import { endAndLeave } from './load-fleet.ts';
import type { Kind } from './load-moves.ts';
import { playRun, type RunPace } from './load-run.ts';
import { ServerProcess } from './load-server-process.ts';
import type { RunFigures } from './load-stats.ts';

/**
 * The baseline: plain Socket.IO relaying each move as a broadcast the size of the real server's updates,
 * driven by the same clients, at the same pace, with the same kinds of move in the proportions the real
 * run made them. What Leverage costs beyond it is the game.
 */
export async function runBaseline(options: RunPace, leverage: RunFigures): Promise<RunFigures> {
  const mix = Object.entries(leverage.moves).flatMap(([kind, count]) =>
    Array<Kind>(Math.max(1, Math.round(count / 10))).fill(kind as Kind),
  );
  const relayServer = await ServerProcess.start(
    ['--mode', 'relay', '--payload-bytes', String(leverage.updateBytes)],
    false,
  );
  const played = await playRun(relayServer, options, mix);
  await endAndLeave(played.players, true);
  await relayServer.stop();
  return played.figures;
}
