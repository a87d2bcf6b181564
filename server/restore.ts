import type { GameConfig } from '../shared/game/state.ts';
import { DEFAULT_MODEL_PARAMS } from '../shared/market/params.ts';
import { DEFAULT_SCORING } from '../shared/scenario/default-scoring.ts';
import { ScenarioSchema } from '../shared/scenario/schema.ts';
import { engineFromStore } from './game-journal.ts';
import { LiveGame, type LiveGameDeps } from './live-game.ts';
import { Lobby } from './lobby.ts';
import type { GameRegistry } from './registry.ts';
import type { StoredGame } from './store/game-store.ts';

/**
 * A stored configuration brought up to this build's scenario schema. The config is checked when a game is
 * created, not when it is restored, so a game saved by an older build may lack model parameters added
 * since (a missing `skipAuctionsBn` made Tokyo's holdings NaN): they take this build's defaults, and
 * parameters this build no longer has are dropped. Anything else that no longer fits the schema refuses
 * the game, naming the field, rather than playing it wrong.
 */
export function upToDateConfig(config: GameConfig): GameConfig {
  const stored: unknown = config.scenario;
  const scenario = typeof stored === 'object' && stored !== null ? stored : {};
  const model = 'model' in scenario && typeof scenario.model === 'object' ? scenario.model : {};
  // A parameter folded away since (its rule now stated by another) is dropped: the game plays on under
  // this build's model, as it would have to anyway, instead of being stranded by a deploy mid-class.
  const known = Object.fromEntries(
    Object.entries(model ?? {}).filter(([key]) => Object.hasOwn(DEFAULT_MODEL_PARAMS, key)),
  );
  const parsed = ScenarioSchema.safeParse({
    ...scenario,
    model: { ...DEFAULT_MODEL_PARAMS, ...known },
    scoring: withRiskAversion(scenario, model),
  });
  if (parsed.success) return { ...config, scenario: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue ? `scenario.${issue.path.map(String).join('.')}: ${issue.message}` : 'scenario';
  throw new Error(`Game ${config.gameId}: its stored scenario does not fit this build (${where})`);
}

/**
 * The stored scoring with its `activeRiskAversion`: a game saved before session 8 kept it among the model
 * parameters (the market never read it; it moved to the scoring), so it is taken from there, and failing
 * that from this build's default scoring.
 */
function withRiskAversion(scenario: object, model: object | null): unknown {
  const scoring: unknown = 'scoring' in scenario ? scenario.scoring : undefined;
  if (typeof scoring !== 'object' || scoring === null || 'activeRiskAversion' in scoring) return scoring;
  const stored = model !== null && 'activeRiskAversion' in model ? model.activeRiskAversion : undefined;
  return { ...scoring, activeRiskAversion: stored ?? DEFAULT_SCORING.activeRiskAversion };
}

/**
 * A snapshot's context with the fields added since it may have been taken: no requests for time, nobody
 * on extended time, and reports that name no missed sheet (those rounds did not record them).
 */
function withAddedFields(context: object): object {
  const reports: unknown = 'reports' in context ? context.reports : [];
  return {
    timeRequests: [],
    extendedTime: [],
    ...context,
    reports: Array.isArray(reports)
      ? reports.map((report: unknown) =>
          typeof report === 'object' && report !== null ? { missedSheets: [], ...report } : report,
        )
      : reports,
  };
}

/**
 * The stored game with its configuration up to date, in the record and in the snapshot's state alike (a
 * snapshot carries the config it was taken with, and the engine restores from it, not from the record).
 */
export function upToDateStoredGame(stored: StoredGame): StoredGame {
  if (!stored.config) return stored;
  const config = upToDateConfig(stored.config);
  const state: unknown = stored.snapshot?.state;
  if (!stored.snapshot || typeof state !== 'object' || state === null || !('context' in state)) {
    return { ...stored, config };
  }
  const context: unknown = state.context;
  const snapshotState =
    typeof context === 'object' && context !== null
      ? { ...state, context: { ...withAddedFields(context), config } }
      : state;
  return { ...stored, config, snapshot: { ...stored.snapshot, state: snapshotState } };
}

/** A live game again from what the store holds: same people and bot seats, the same state, nobody connected. */
export function liveGameFromStore(stored: StoredGame, deps: LiveGameDeps): LiveGame {
  const { record } = stored;
  const restored = engineFromStore(upToDateStoredGame(stored), deps.onError);
  return new LiveGame(
    {
      id: record.id,
      code: record.code,
      settings: record.settings,
      seed: record.seed,
      createdAt: record.createdAt,
      ...(record.classroomId ? { classroomId: record.classroomId } : {}),
    },
    deps,
    { lobby: Lobby.fromStored(stored.lobby), ...(restored ?? {}) },
  );
}

export interface RestoreReport {
  games: number;
  failed: number;
  ms: number;
}

/**
 * At start-up: every game that was being played comes back, with its join code, its timers re-armed
 * from their absolute times (a deadline that passed while the server was down fires at once) and its
 * bots thinking again. A game that cannot be restored is reported and left in the store.
 */
export async function restoreGames(registry: GameRegistry, deps: LiveGameDeps): Promise<RestoreReport> {
  const started = performance.now();
  let games = 0;
  let failed = 0;
  for (const gameId of await deps.store.activeGameIds()) {
    try {
      const stored = await deps.store.load(gameId);
      if (!stored) continue;
      const game = liveGameFromStore(stored, deps);
      registry.add(game, { byCode: !registry.withCode(game.code) });
      game.wake();
      games++;
    } catch (error) {
      failed++;
      deps.onError(error);
    }
  }
  return { games, failed, ms: performance.now() - started };
}

/**
 * A game that is not live (ended, or let go for idleness) comes back when one of its people resumes with
 * a token. The token is checked against the stored lobby first, so a wrong one loads nothing for good.
 */
export async function reviveGame(
  registry: GameRegistry,
  deps: LiveGameDeps,
  gameId: string,
  token: string,
): Promise<LiveGame | null> {
  const live = registry.get(gameId);
  if (live) return live;
  const stored = await deps.store.load(gameId);
  if (!stored || !Lobby.fromStored(stored.lobby).personWithToken(token)) return null;
  // Two people coming back at once bring back one game.
  return registry.load(gameId, async () => {
    const game = liveGameFromStore(stored, deps);
    if (stored.status === 'idle') await deps.store.setIdle(gameId, false);
    registry.add(game, { byCode: !registry.withCode(game.code) });
    game.wake();
    return game;
  });
}
