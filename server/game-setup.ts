import type { BotProfile } from '../shared/bots/types.ts';
import { createGameConfig } from '../shared/game/engine.ts';
import type { GameConfig } from '../shared/game/state.ts';
import { type CreateGame, PERSONALITIES } from '../shared/protocol/socket.ts';
import { seedToState } from '../shared/rng.ts';
import type { PerRole, RoleId, SeatKind } from '../shared/roles.ts';

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

/** A bot for a seat nobody took: its personality comes from the seed, so games differ and a replay does not. */
export function botForSeat(seed: number, role: RoleId, level: BotProfile['level']): BotProfile {
  return { personality: PERSONALITIES[seedToState(`${seed}:${role}`) % PERSONALITIES.length]!, level };
}

/** The `type` of an untrusted command, read before the engine parses it (to route it to host or seat). */
export function commandType(input: unknown): string | undefined {
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : undefined;
}
