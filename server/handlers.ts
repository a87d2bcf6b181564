import { MAX_COMMAND_BYTES } from '../shared/protocol/commands.ts';
import { type Ack, accept, refuse } from '../shared/protocol/errors.ts';
import { LobbyChooseRoleSchema, LobbySetBotSchema } from '../shared/protocol/socket.ts';
import type { Clock } from './clock.ts';
import type { Ids } from './ids.ts';
import type { LeverageSocket } from './io-types.ts';
import type { LiveGameDeps } from './live-game.ts';
import { createRateLimiter, type RateLimit, type RateLimiter } from './rate-limit.ts';
import type { GameRegistry } from './registry.ts';
import { chooseRole, reattachSocket, setBot, syncSeat } from './seating.ts';
import {
  createGame,
  currentSeat,
  joinGame,
  leaveOnDisconnect,
  resumeSeat,
  type SessionDeps,
} from './session.ts';
import { invalid } from './zod-issues.ts';

export interface GameHandlerDeps {
  registry: GameRegistry;
  clock: Clock;
  ids: Ids;
  game: LiveGameDeps;
  /** Game commands per socket: a burst, then a steady rate. */
  commandRate: RateLimit;
  /** Everything else (create, join, resume, lobby, sync) per socket. */
  sessionRate: RateLimit;
  maxGames: number;
  onError(error: unknown): void;
}

export const DEFAULT_COMMAND_RATE: RateLimit = { burst: 20, perSecond: 20 };
export const DEFAULT_SESSION_RATE: RateLimit = { burst: 10, perSecond: 2 };

function payloadBytes(payload: unknown): number {
  try {
    return JSON.stringify(payload)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Every client event, for one socket. Each is answered exactly once with `{ ok, data | error }`: a
 * payload that fails its schema gets INVALID_COMMAND, a missing acknowledgement is tolerated, and a
 * bug becomes INTERNAL (logged) instead of a crash. A socket acts only for the seat or host its token gave it.
 */
export function createGameHandlers(deps: GameHandlerDeps): (socket: LeverageSocket) => void {
  const sessions: SessionDeps = {
    registry: deps.registry,
    ids: deps.ids,
    game: deps.game,
    maxGames: deps.maxGames,
  };

  return (socket) => {
    const now = () => deps.clock.now();
    const commands = createRateLimiter(deps.commandRate, now);
    const session = createRateLimiter(deps.sessionRate, now);

    function answer<T>(
      limiter: RateLimiter,
      payload: unknown,
      ack: unknown,
      work: (input: unknown) => Promise<Ack<T>> | Ack<T>,
    ) {
      // A client may leave out the payload (the ack comes first) or the ack; neither may throw here.
      const reply =
        typeof ack === 'function'
          ? (ack as (answer: Ack<T>) => void)
          : typeof payload === 'function'
            ? (payload as (answer: Ack<T>) => void)
            : () => {};
      const input = typeof payload === 'function' ? undefined : payload;
      if (!limiter.take()) return reply(refuse('RATE_LIMITED', 'Too many requests; slow down.'));
      Promise.resolve()
        .then(() => work(input))
        .then(reply, (error: unknown) => {
          deps.onError(error);
          reply(refuse('INTERNAL', 'Something went wrong on the server; it has been logged.'));
        });
    }

    socket.on('game:create', (payload, ack) =>
      answer(session, payload, ack, (input) => createGame(sessions, socket, input)),
    );
    socket.on('game:join', (payload, ack) =>
      answer(session, payload, ack, (input) => joinGame(sessions, socket, input)),
    );
    socket.on('seat:resume', (payload, ack) =>
      answer(session, payload, ack, (input) => resumeSeat(sessions, socket, input)),
    );

    socket.on('lobby:chooseRole', (payload, ack) =>
      answer(session, payload, ack, (input) => {
        const seat = currentSeat(deps.registry, socket);
        if ('ok' in seat) return seat;
        const parsed = LobbyChooseRoleSchema.safeParse(input);
        if (!parsed.success) return invalid(parsed.error);
        return chooseRole(seat.game, seat.person, parsed.data.role);
      }),
    );

    socket.on('lobby:setBot', (payload, ack) =>
      answer(session, payload, ack, (input) => {
        const seat = currentSeat(deps.registry, socket);
        if ('ok' in seat) return seat;
        if (!seat.person.isHost) return refuse('FORBIDDEN', 'Only the host can seat bots.');
        const parsed = LobbySetBotSchema.safeParse(input);
        if (!parsed.success) return invalid(parsed.error);
        return setBot(seat.game, parsed.data.role, parsed.data.bot);
      }),
    );

    socket.on('game:command', (payload, ack) =>
      answer(commands, payload, ack, (input) => {
        const seat = currentSeat(deps.registry, socket);
        if ('ok' in seat) return seat;
        if (payloadBytes(input) > MAX_COMMAND_BYTES) {
          return refuse('INVALID_COMMAND', `A command may be at most ${MAX_COMMAND_BYTES} bytes.`);
        }
        return seat.game.command(seat.person, input);
      }),
    );

    socket.on('game:sync', (payload, ack) =>
      answer(session, payload, ack, async () => {
        const seat = currentSeat(deps.registry, socket);
        if ('ok' in seat) return seat;
        return accept(await syncSeat(seat.game, seat.person));
      }),
    );

    socket.on('disconnect', () => {
      leaveOnDisconnect(sessions, socket).catch(deps.onError);
    });

    // A connection recovered within the grace period kept its rooms and data (and got what it missed).
    if (socket.recovered) {
      const seat = currentSeat(deps.registry, socket);
      if (!('ok' in seat)) reattachSocket(seat.game, socket.id, seat.person).catch(deps.onError);
    }
  };
}
