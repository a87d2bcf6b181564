import type { BotProfile } from '../shared/bots/types.ts';
import { createGameConfig, createGameEngine, type GameEngine } from '../shared/game/engine.ts';
import type { GameConfig } from '../shared/game/state.ts';
import type { Ack } from '../shared/protocol/errors.ts';
import { type CreateGame, PERSONALITIES } from '../shared/protocol/socket.ts';
import { seedToState } from '../shared/rng.ts';
import { type PerRole, perRole, type RoleId, type SeatKind } from '../shared/roles.ts';
import type { Lobby } from './lobby.ts';
import type { GameRecord } from './store/game-store.ts';

/** What the store keeps of a game from its creation on: what it was set up with. */
export function gameRecordOf(
  game: Omit<GameRecord, 'classroomId'> & { classroomId: string | null },
): GameRecord {
  const { id, code, settings, seed, createdAt, classroomId } = game;
  return { id, code, settings, seed, createdAt, ...(classroomId ? { classroomId } : {}) };
}

/** The engine's configuration from what the creator chose; timers left out keep the scenario's. */
export function gameConfigFor(
  game: { id: string; seed: number; settings: CreateGame },
  seats: PerRole<SeatKind>,
): GameConfig {
  const { rounds, bindingDeals, briefingSeconds, newsSeconds, negotiateSeconds, decideSeconds } =
    game.settings;
  const chosen = { briefingSeconds, newsSeconds, negotiateSeconds, decideSeconds };
  const timers = Object.fromEntries(Object.entries(chosen).filter(([, seconds]) => seconds !== undefined));
  return createGameConfig({
    gameId: game.id,
    seed: game.seed,
    bindingDeals,
    seats,
    timers,
    ...(rounds ? { rounds } : {}),
  });
}

/**
 * The engine of a game still in its lobby: every seat open to people. It only shows the briefing and the
 * starting market; the real one is made at the start (`startingEngine`), with the same creation time.
 */
export function lobbyEngineFor(
  game: Parameters<typeof gameConfigFor>[0] & { createdAt: number },
): GameEngine {
  return createGameEngine(
    gameConfigFor(
      game,
      perRole(() => 'human' as const),
    ),
    game.createdAt,
  );
}

/** A bot for a seat nobody took: its personality comes from the seed, so games differ and a replay does not. */
export function botForSeat(seed: number, role: RoleId, level: BotProfile['level']): BotProfile {
  return { personality: PERSONALITIES[seedToState(`${seed}:${role}`) % PERSONALITIES.length]!, level };
}

/** The `type` of an untrusted command, read before the engine parses it (to route it to host or seat). */
export function commandType(input: unknown): string | undefined {
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : undefined;
}

/**
 * The engine a game starts with: its seats fixed as planned (open ones get bots when the settings say
 * so), made with the game's creation time so the market path starts at the same point, the start
 * applied. Nothing is stored or changed here; a refused start is only its answer.
 */
export function startingEngine(
  game: { id: string; seed: number; settings: CreateGame; createdAt: number; lobby: Lobby },
  input: unknown,
  at: number,
): { ack: Ack } | { ack: Ack; engine: GameEngine; config: GameConfig; plan: ReturnType<Lobby['planSeats']> } {
  const { settings, seed } = game;
  const plan = game.lobby.planSeats(
    settings.botFill || settings.mode === 'solo' ? (role) => botForSeat(seed, role, settings.botLevel) : null,
  );
  const config = gameConfigFor(
    game,
    perRole((role) => plan[role].kind),
  );
  const engine = createGameEngine(config, game.createdAt);
  const ack = engine.command({ kind: 'host' }, input, at);
  if (ack.ok) return { ack, engine, config, plan };
  engine.stop();
  return { ack };
}
