import {
  createGameConfig,
  createGameEngine,
  type GameEngine,
  type GameOptions,
} from '../../../shared/game/engine.ts';
import type { Actor } from '../../../shared/game/events.ts';
import type { Ack } from '../../../shared/protocol/errors.ts';
import type { MoveSheet } from '../../../shared/protocol/moves.ts';
import type { RoleId } from '../../../shared/roles.ts';

export const T0 = 1_750_000_000_000;
export const host: Actor = { kind: 'host' };
export const seat = (role: RoleId): Actor => ({ kind: 'seat', role });

/** A game with a hand-driven clock and numbered command ids. */
export interface TestGame {
  engine: GameEngine;
  now: number;
  /** Sends a command made against the current version; returns its answer. */
  send(actor: Actor, body: Record<string, unknown>, options?: { commandId?: string; version?: number }): Ack;
  /** Moves the clock to the current deadline and fires the timeout. */
  expire(): boolean;
  advance(ms: number): void;
}

export function testGame(options: Partial<GameOptions> = {}): TestGame {
  const config = createGameConfig({
    gameId: 'g1',
    seed: 7,
    seats: { tokyo: 'human', whiteHouse: 'human', investors: 'human', usBusiness: 'human' },
    ...options,
  });
  const engine = createGameEngine(config, T0);
  let counter = 0;
  const game: TestGame = {
    engine,
    now: T0,
    send(actor, body, extra = {}) {
      counter += 1;
      return engine.command(
        actor,
        {
          commandId: extra.commandId ?? `c${counter}`,
          version: extra.version ?? engine.state.version,
          ...body,
        },
        game.now,
      );
    },
    expire() {
      const deadline = engine.state.deadline;
      if (deadline === null) return false;
      game.now = Math.max(game.now, deadline);
      return engine.timeout(game.now);
    },
    advance(ms) {
      game.now += ms;
    },
  };
  return game;
}

/** Starts the game and runs the clock to round 1's negotiation. */
export function toNegotiate(game: TestGame): void {
  expectOk(game.send(host, { type: 'host:start' }));
  game.expire(); // briefing → round 1 news
  game.expire(); // news → negotiate
}

export function expectOk(answer: Ack): Record<string, unknown> {
  if (!answer.ok) throw new Error(`refused: ${answer.error.code} ${answer.error.message}`);
  return answer.data as Record<string, unknown>;
}

export function errorCode(answer: Ack): string | null {
  return answer.ok ? null : answer.error.code;
}

export function standing<R extends RoleId>(game: TestGame, role: R): Extract<MoveSheet, { role: R }> {
  return game.engine.state.standingMoves[role] as Extract<MoveSheet, { role: R }>;
}
