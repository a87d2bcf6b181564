import { type Ack, refuse } from '../shared/protocol/errors.ts';
import { CLIENT_EVENT_SCHEMAS } from '../shared/protocol/socket-events.ts';
import type { ClassroomDeps } from './classroom/deps.ts';
import {
  CLASSROOM_EVENTS,
  type ClassroomEvent,
  type ClassroomRouter,
  type RunClassroomEvent,
  runClassroomEvent,
} from './classroom/events.ts';
import { createClassroom, socketClosed } from './classroom/sessions.ts';
import type { Clock } from './clock.ts';
import { answersFor } from './event-answers.ts';
import type { Ids } from './ids.ts';
import type { LeverageSocket } from './io-types.ts';
import { addressKey, type JoinGuard } from './join-guard.ts';
import type { LiveGameDeps } from './live-game.ts';
import { createKeyedRateLimiter, createRateLimiter, type RateLimit } from './rate-limit.ts';
import type { GameRegistry } from './registry.ts';
import {
  type RunSeatEvent,
  runSeatEvent,
  type SeatEvent,
  type SeatEventDeps,
  type SeatRouter,
} from './seat-events.ts';
import { localRequesters } from './seat-requests.ts';
import { reattachSocket } from './seating.ts';
import { createGame, currentSeat, leaveOnDisconnect, type SessionDeps } from './session.ts';
import { invalid } from './zod-issues.ts';

export interface GameHandlerDeps {
  registry: GameRegistry;
  clock: Clock;
  ids: Ids;
  game: LiveGameDeps;
  /** Game commands per socket: a burst, then a steady rate. */
  commandRate: RateLimit;
  /** Every event from one remote address, over all its sockets. */
  addressRate: RateLimit;
  /** Everything else (create, join, resume, lobby, sync, unknown events) per socket. */
  sessionRate: RateLimit;
  /** Games one socket may create: a few at once, then one every few seconds. */
  createRate: RateLimit;
  /** Wrong join codes and tokens, and creations, per socket and per address (shared by all sockets). */
  joinGuard: JoinGuard;
  maxGames: number;
  /** Lobbies one remote address may have waiting for their start at once. */
  maxOpenLobbiesPerAddress: number;
  /** Games one remote address may have on the server at once. */
  maxGamesPerAddress: number;
  /** Class sessions: many tables run by one facilitator (server/classroom/). */
  classroom: ClassroomDeps;
  /** One of several nodes: seat events of games another node runs are forwarded there (server/cluster/). */
  cluster?: SeatRouter;
  /** One of several nodes: events of class sessions another node runs are forwarded there. */
  classCluster?: ClassroomRouter;
  onError(error: unknown): void;
}

export const DEFAULT_COMMAND_RATE: RateLimit = { burst: 20, perSecond: 20 };
export const DEFAULT_SESSION_RATE: RateLimit = { burst: 10, perSecond: 2 };
export const DEFAULT_CREATE_RATE: RateLimit = { burst: 6, perSecond: 0.2 };
/**
 * A seat's commands, shared by its team: a little above one socket's, so a team of several typing at once
 * is not refused, while opening more sockets buys a script nothing.
 */
export const DEFAULT_SEAT_COMMAND_RATE: RateLimit = { burst: 30, perSecond: 25 };
/**
 * Every event from one address. A classroom shares one address (NAT): 120 students acting at a person's
 * pace stay far below it; one machine with hundreds of sockets does not.
 */
export const DEFAULT_ADDRESS_RATE: RateLimit = { burst: 400, perSecond: 100 };
/** Lobbies one address may keep waiting at once; a teacher opening a table per group stays within it. */
export const DEFAULT_MAX_OPEN_LOBBIES_PER_ADDRESS = 30;
/**
 * Games one address may hold at once, solo ones included: room for a classroom behind one address where
 * everyone plays solo, but an eighth of the server's games, so one machine cannot fill it.
 */
export const DEFAULT_MAX_GAMES_PER_ADDRESS = 250;

/** The events a client may send; anything else is answered INVALID_COMMAND. */
const CLIENT_EVENTS: ReadonlySet<string> = new Set(Object.keys(CLIENT_EVENT_SCHEMAS));

const tooManyGuesses = () =>
  refuse('RATE_LIMITED', 'Too many wrong codes or tokens from here; wait a minute and try again.');

/**
 * Every client event, for one socket, each answered exactly once (event-answers.ts): a payload that fails
 * its schema gets INVALID_COMMAND, and so does an unknown event. Every event, unknown ones included,
 * spends from a per-socket rate limit. A socket acts only for the seat or host its token gave it.
 */
export function createGameHandlers(deps: GameHandlerDeps): (socket: LeverageSocket) => void {
  const sessions: SessionDeps = {
    registry: deps.registry,
    ids: deps.ids,
    game: deps.game,
    maxGames: deps.maxGames,
    maxOpenLobbiesPerAddress: deps.maxOpenLobbiesPerAddress,
    maxGamesPerAddress: deps.maxGamesPerAddress,
  };
  const now = () => deps.clock.now();
  // Shared by every socket of the server: one bucket per address. A seat's pace is its game's
  // (`LiveGame.withinPace`), shared with the bot that may play it, spent where the game runs.
  const seatEvents: SeatEventDeps = {
    sessions,
    requesters: deps.cluster?.requesters ?? localRequesters(deps.game.io),
  };
  const addresses = createKeyedRateLimiter(deps.addressRate, now);
  const here: RunSeatEvent = (event, input, socket, requestId) =>
    runSeatEvent(seatEvents, event, input, socket, requestId);
  deps.cluster?.serve(here);
  const inClass: RunClassroomEvent = (event, input, socket, requestId) =>
    runClassroomEvent(deps.classroom, event, input, socket, requestId);
  deps.classCluster?.serve(inClass);

  return (socket) => {
    const commands = createRateLimiter(deps.commandRate, now);
    const session = createRateLimiter(deps.sessionRate, now);
    const creations = createRateLimiter(deps.createRate, now);
    const address = socket.handshake.address;
    const fromAddress = addressKey(address);
    const answer = answersFor(fromAddress, addresses, deps.onError);
    /** A seat event, run where its game runs: here, or (with several nodes) at the game's node. */
    const atGame = async (event: SeatEvent, input: unknown): Promise<Ack<unknown>> =>
      deps.cluster ? deps.cluster.route(event, input, socket, here) : here(event, input, socket);
    /** A class session event, run where its session runs. */
    const atClass = async (event: ClassroomEvent, input: unknown): Promise<Ack<unknown>> =>
      deps.classCluster
        ? deps.classCluster.route(event, input, socket, inClass)
        : inClass(event, input, socket);

    /**
     * A well-formed join, request or resume: refused outright once this socket or address has guessed wrong too
     * often. (A malformed one names no game, so it is refused before and never counted.)
     */
    async function guarded<T>(attempt: () => Promise<Ack<T>>): Promise<Ack<T>> {
      const pending = deps.joinGuard.attempt(address, socket.id);
      if (!pending) return tooManyGuesses();
      const result = await attempt();
      // Only a code or token that named nothing is a guess; a full seat or a typo in the format is not.
      if (result.ok || (result.error.code !== 'NOT_FOUND' && result.error.code !== 'UNAUTHORIZED'))
        pending.succeeded();
      return result;
    }

    socket.on('game:create', (...args: unknown[]) =>
      answer(session, args, (input) => {
        // Only a well-formed request spends from the creation budget.
        const parsed = CLIENT_EVENT_SCHEMAS['game:create'].safeParse(input);
        if (!parsed.success) return invalid(parsed.error);
        if (!creations.take() || !deps.joinGuard.mayCreate(address))
          return refuse('RATE_LIMITED', 'Too many new games from here; wait a little and try again.');
        return createGame(sessions, socket, parsed.data, fromAddress);
      }),
    );
    socket.on('game:join', (...args: unknown[]) =>
      answer(session, args, (input) => {
        const parsed = CLIENT_EVENT_SCHEMAS['game:join'].safeParse(input);
        if (!parsed.success) return invalid(parsed.error);
        return guarded(() => atGame('game:join', parsed.data));
      }),
    );
    socket.on('seat:resume', (...args: unknown[]) =>
      answer(session, args, (input) => {
        const parsed = CLIENT_EVENT_SCHEMAS['seat:resume'].safeParse(input);
        if (!parsed.success) return invalid(parsed.error);
        return guarded(() => atGame('seat:resume', parsed.data));
      }),
    );

    socket.on('seat:request', (...args: unknown[]) =>
      answer(session, args, (input) => {
        const parsed = CLIENT_EVENT_SCHEMAS['seat:request'].safeParse(input);
        if (!parsed.success) return invalid(parsed.error);
        // A code that names no game is a guess like any other.
        return guarded(() => atGame('seat:request', parsed.data));
      }),
    );

    // The rest act on the socket's game, where it runs (seat-events.ts).
    socket.on('seat:answerRequest', (...args: unknown[]) =>
      answer(session, args, (input) => atGame('seat:answerRequest', input)),
    );
    socket.on('seat:remove', (...args: unknown[]) =>
      answer(session, args, (input) => atGame('seat:remove', input)),
    );
    socket.on('lobby:chooseRole', (...args: unknown[]) =>
      answer(session, args, (input) => atGame('lobby:chooseRole', input)),
    );
    socket.on('lobby:setBot', (...args: unknown[]) =>
      answer(session, args, (input) => atGame('lobby:setBot', input)),
    );
    socket.on('game:command', (...args: unknown[]) =>
      answer(commands, args, (input) => atGame('game:command', input)),
    );
    socket.on('seat:back', (...args: unknown[]) =>
      answer(commands, args, (input) => atGame('seat:back', input)),
    );
    socket.on('team:edit', (...args: unknown[]) =>
      answer(commands, args, (input) => atGame('team:edit', input)),
    );
    socket.on('team:captain', (...args: unknown[]) =>
      answer(session, args, (input) => atGame('team:captain', input)),
    );
    socket.on('game:sync', (...args: unknown[]) =>
      answer(session, args, (input) => atGame('game:sync', input)),
    );

    // Class sessions. Creating one spends from the creation budget; a code or token that names nothing
    // (a join, a resume, a console or a command with a wrong facilitator token) counts as a guess.
    socket.on('classroom:create', (...args: unknown[]) =>
      answer(session, args, (input) => {
        const parsed = CLIENT_EVENT_SCHEMAS['classroom:create'].safeParse(input);
        if (!parsed.success) return invalid(parsed.error);
        if (!creations.take() || !deps.joinGuard.mayCreate(address))
          return refuse('RATE_LIMITED', 'Too many new sessions from here; wait a little and try again.');
        return createClassroom(deps.classroom, parsed.data);
      }),
    );
    // Facilitator commands spend from the commands' budget, the other session events from the session's.
    for (const event of CLASSROOM_EVENTS) {
      socket.on(event, (...args: unknown[]) =>
        answer(event === 'classroom:command' ? commands : session, args, (input) => {
          const parsed = CLIENT_EVENT_SCHEMAS[event].safeParse(input);
          if (!parsed.success) return invalid(parsed.error);
          return guarded(() => atClass(event, parsed.data));
        }),
      );
    }

    // Events the protocol does not have: answered (if the client asked for an answer) and counted.
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event === 'string' && CLIENT_EVENTS.has(event)) return;
      const name = typeof event === 'string' ? event.slice(0, 40) : typeof event;
      answer(session, args, () => refuse('INVALID_COMMAND', `There is no event "${name}".`));
    });

    socket.on('disconnect', () => {
      deps.joinGuard.forget(socket.id);
      if (deps.classCluster) deps.classCluster.left(socket);
      else socketClosed(deps.classroom, socket);
      if (deps.cluster) deps.cluster.left(socket);
      else leaveOnDisconnect(sessions, socket).catch(deps.onError);
    });

    // A connection recovered within the grace period kept its rooms and data (and got what it missed).
    if (socket.recovered) {
      const seat = currentSeat(deps.registry, socket);
      if (!('ok' in seat)) reattachSocket(seat.game, socket.id, seat.person).catch(deps.onError);
      else deps.cluster?.recovered(socket);
    }
  };
}
