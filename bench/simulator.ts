import { runHeadlessGame } from '../shared/sim/headless.ts';
import { defaultProfiles, gameSeed } from '../shared/sim/profiles.ts';

/**
 * Headless bot games in this thread: the simulator's fast path (the default engine of headless games),
 * and, on the same games in turn, the server's path (XState's actor, every command parsed) as the
 * baseline of the same run. Per core means per CPU-second of this process, so a busy machine that
 * gives the thread less time does not read as a slower simulator; the ratio needs no quiet machine at all.
 * Both paths share this process's compiled code, which slows the server's path more than the fast one: the
 * ratio here (1.8 on 30 games, session 6) is above the one measured in separate processes (1.33).
 */
export interface SimulatorReport {
  /** Games played on each path. */
  games: number;
  /** Fast path, wall clock. */
  gamesPerSecond: number;
  /** Fast path, per CPU-second: games a second on one core. */
  gamesPerCpuSecond: number;
  /** The same games through the server's path, per CPU-second. */
  machineGamesPerCpuSecond: number;
  /** Bots' decisions a game (every `botActions` call), and of them those that had nothing to do. */
  decisionsPerGame: number;
  quietDecisionsPerGame: number;
  /** Fast ÷ server's path, CPU time for the same games. */
  ratio: number;
  elapsedMs: number;
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** As many games as fit in the time (at most `games` on each path), game i on both paths in turn. */
export function measureSimulator(games: number, budgetMs: number): SimulatorReport {
  let played = 0;
  let fastCpuMs = 0;
  let fastWallMs = 0;
  let machineCpuMs = 0;
  const decisions = { asked: 0, quiet: 0 };
  const started = performance.now();
  while (played < games && performance.now() - started < budgetMs) {
    const options = { seed: gameSeed(1, played), profiles: defaultProfiles(played) };
    const wall = performance.now();
    let cpu = cpuMs();
    const run = runHeadlessGame(options);
    fastCpuMs += cpuMs() - cpu;
    fastWallMs += performance.now() - wall;
    cpu = cpuMs();
    runHeadlessGame({ ...options, engine: 'machine' });
    machineCpuMs += cpuMs() - cpu;
    decisions.asked += run.decisions.asked;
    decisions.quiet += run.decisions.quiet;
    played++;
  }
  const perSecond = (ms: number) => (ms > 0 ? played / (ms / 1000) : 0);
  return {
    games: played,
    gamesPerSecond: perSecond(fastWallMs),
    gamesPerCpuSecond: perSecond(fastCpuMs),
    machineGamesPerCpuSecond: perSecond(machineCpuMs),
    decisionsPerGame: played > 0 ? decisions.asked / played : 0,
    quietDecisionsPerGame: played > 0 ? decisions.quiet / played : 0,
    ratio: fastCpuMs > 0 ? machineCpuMs / fastCpuMs : 0,
    elapsedMs: performance.now() - started,
  };
}
