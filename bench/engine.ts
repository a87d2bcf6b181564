import { createGameConfig, createGameEngine, type GameEngine } from '../shared/game/engine.ts';
import { playerViewFor } from '../shared/game/player-view.ts';
import { ROLE_IDS } from '../shared/roles.ts';
import { SAMPLE_SHEETS } from '../test/fixtures/sample-sheets.ts';

/**
 * The engine alone, in this process, no sockets: how many commands, market ticks, round resolutions and
 * per-seat views it makes per second. These are the server's hot path for one game; the load benchmark
 * shows what is left for everything else.
 */
export interface EngineReport {
  commandsPerSecond: number;
  ticksPerSecond: number;
  roundsPerSecond: number;
  /**
   * One round's resolution as the server meets it: the last sheet's command, which resolves the round
   * (the market model, the books, the scores, the report) inside that one call. Median and slowest, ms.
   */
  resolutionMs: { p50: number; max: number; samples: number };
  /**
   * The four seats' views and the host's, as JSON, whole (as a snapshot carries them; a game:update carries
   * less, its history only as what changed).
   */
  broadcastsPerSecond: number;
  /** One such view, for a table three rounds in with forty statements in the fourth. */
  viewBytes: number;
}

let serial = 0;

function negotiating(seed: number): { engine: GameEngine; now: number } {
  const config = createGameConfig({
    gameId: `bench-${seed}`,
    seed,
    rounds: 12,
    seats: { tokyo: 'human', whiteHouse: 'human', investors: 'human', usBusiness: 'human' },
  });
  const engine = createGameEngine(config, 0);
  let now = 1000;
  for (const type of ['host:start', 'host:skip', 'host:skip']) {
    engine.command({ kind: 'host' }, { type, commandId: `c${++serial}`, version: engine.state.version }, now);
    now += 1000;
  }
  return { engine, now };
}

/** Runs `step` until `budgetMs` has passed (at least `minimum` times); returns runs per second. */
function rate(budgetMs: number, minimum: number, step: () => void): number {
  const started = performance.now();
  let runs = 0;
  while (runs < minimum || performance.now() - started < budgetMs) {
    step();
    runs++;
  }
  return runs / ((performance.now() - started) / 1000);
}

export function measureEngine(budgetMs = 1500): EngineReport {
  // Statements in a fresh negotiation each few hundred, so the state stays the size of a real game's.
  let game = negotiating(1);
  let said = 0;
  const commandsPerSecond = rate(budgetMs, 200, () => {
    if (++said % 200 === 0) game = negotiating(said);
    const role = ROLE_IDS[said % 4]!;
    const text = `Statement ${said}: our position is unchanged.`;
    const command = { type: 'chat:statement', commandId: `s${++serial}`, version: game.engine.state.version };
    game.engine.command(
      { kind: 'seat', role },
      { ...command, statement: { text, signal: 'none' } },
      game.now++,
    );
  });

  const ticking = negotiating(2);
  const ticksPerSecond = rate(budgetMs, 200, () => {
    ticking.engine.tick(ticking.engine.state.lastTickAt + 2000);
    // Stay inside negotiate: the deadline moves with the ticks.
    if (ticking.engine.state.phase !== 'negotiate') Object.assign(ticking, negotiating(serial));
  });

  // A round: negotiate ends, four sheets (the last resolves the round), the news is skipped.
  let rounds = negotiating(3);
  let resolved = 0;
  const resolutions: number[] = [];
  const started = performance.now();
  while (resolved < 20 || performance.now() - started < budgetMs) {
    if (rounds.engine.state.phase === 'ended') rounds = negotiating(++serial);
    const { engine } = rounds;
    const before = engine.state.reports.length;
    const skip = () => ({ type: 'host:skip', commandId: `k${++serial}`, version: engine.state.version });
    engine.command({ kind: 'host' }, skip(), rounds.now++);
    for (const role of ROLE_IDS) {
      const sheet = {
        type: 'move:submit',
        commandId: `m${++serial}`,
        version: engine.state.version,
        move: SAMPLE_SHEETS[role],
      };
      const sent = performance.now();
      engine.command({ kind: 'seat', role }, sheet, rounds.now++);
      if (role === ROLE_IDS[ROLE_IDS.length - 1]) resolutions.push(performance.now() - sent);
    }
    if (engine.state.phase === 'news') engine.command({ kind: 'host' }, skip(), rounds.now++);
    const after = engine.state.reports.length;
    if (after === before)
      throw new Error(`engine benchmark: a round did not resolve (${engine.state.phase})`);
    resolved += after - before;
  }
  const roundsPerSecond = resolved / ((performance.now() - started) / 1000);
  resolutions.sort((a, b) => a - b);
  const resolutionMs = {
    p50: resolutions[Math.floor(resolutions.length / 2)] ?? 0,
    max: resolutions[resolutions.length - 1] ?? 0,
    samples: resolutions.length,
  };

  // A table three rounds in, with forty statements in this round: what a broadcast of an update costs.
  const table = negotiating(7);
  const { engine: tableEngine } = table;
  for (let round = 0; round < 3; round++) {
    const skip = () => ({ type: 'host:skip', commandId: `t${++serial}`, version: tableEngine.state.version });
    tableEngine.command({ kind: 'host' }, skip(), table.now++);
    for (const role of ROLE_IDS) {
      const sheet = {
        type: 'move:submit',
        commandId: `t${++serial}`,
        version: tableEngine.state.version,
        move: SAMPLE_SHEETS[role],
      };
      tableEngine.command({ kind: 'seat', role }, sheet, table.now++);
    }
    tableEngine.command({ kind: 'host' }, skip(), table.now++);
  }
  for (let said = 0; said < 40; said++) {
    const role = ROLE_IDS[said % 4]!;
    const command = { type: 'chat:statement', commandId: `v${++serial}`, version: tableEngine.state.version };
    const text = `Statement ${said}: our position is unchanged.`;
    tableEngine.command(
      { kind: 'seat', role },
      { ...command, statement: { text, signal: 'none' } },
      table.now++,
    );
  }
  const state = tableEngine.state;
  let viewBytes = 0;
  const broadcastsPerSecond = rate(budgetMs, 50, () => {
    viewBytes = 0;
    for (const role of [null, ...ROLE_IDS]) {
      // Whole, without the market path: an upper bound on what a game:update carries.
      const { marketPath: _path, ...update } = playerViewFor(state, role);
      viewBytes += JSON.stringify(update).length;
    }
  });
  return {
    commandsPerSecond,
    ticksPerSecond,
    roundsPerSecond,
    resolutionMs,
    broadcastsPerSecond,
    viewBytes: Math.round(viewBytes / 5),
  };
}
