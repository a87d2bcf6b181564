import { type Ack, accept, refuse } from '../shared/protocol/errors.ts';
import { CLIENT_EVENT_SCHEMAS } from '../shared/protocol/socket-events.ts';
import type { LeverageSocket, SeatSocket } from './io-types.ts';
import { seatTooFast } from './rate-limit.ts';
import { answerRequest, removePerson, requestSeat } from './seat-consent.ts';
import type { Requesters } from './seat-requests.ts';
import { chooseRole, setBot, syncSeat } from './seating.ts';
import { currentSeat, joinGame, resumeSeat, type SessionDeps } from './session.ts';
import { editTeamSheet, nameCaptain } from './team.ts';
import { invalid } from './zod-issues.ts';

/**
 * The client events that act on one game: they run where the game's actor runs. On a single node that is
 * always here; with several nodes, an event that reaches a node not running the game is forwarded to the
 * node that does (server/cluster/) and run there with a stand-in for the socket, by this same code.
 */
export const SEAT_EVENTS = [
  'seat:resume',
  'game:join',
  'seat:request',
  'game:command',
  'seat:back',
  'team:edit',
  'team:captain',
  'game:sync',
  'lobby:chooseRole',
  'lobby:setBot',
  'seat:answerRequest',
  'seat:remove',
] as const;
export type SeatEvent = (typeof SEAT_EVENTS)[number];

/** Which game an event acts on: by id, by join code, or none (the socket holds no seat yet). */
export type GameTarget = { gameId: string } | { code: string } | null;

/** The game a seat event names: the one resumed or joined, else the one the socket acts for. */
export function targetOf(event: SeatEvent, input: unknown, socket: Pick<SeatSocket, 'data'>): GameTarget {
  if (event === 'seat:resume') {
    const parsed = CLIENT_EVENT_SCHEMAS['seat:resume'].safeParse(input);
    return parsed.success ? { gameId: parsed.data.gameId } : null;
  }
  if (event === 'game:join' || event === 'seat:request') {
    const parsed = CLIENT_EVENT_SCHEMAS[event].safeParse(input);
    return parsed.success ? { code: parsed.data.code } : null;
  }
  return socket.data.gameId ? { gameId: socket.data.gameId } : null;
}

const refuseForbidden = (message: string) => refuse('FORBIDDEN', message);

export interface SeatEventDeps {
  sessions: SessionDeps;
  /** The sockets waiting on seat requests, wherever they are connected. */
  requesters: Requesters;
}

/**
 * Runs one seat event against the game held here. The socket-side checks (rate per socket and address,
 * payload size, wrong-guess limits) were made where the socket is; the seat's own pace is the game's,
 * spent here, where every socket of the seat (and its bot) is counted. `requestId` is a forwarded event's,
 * the same for every try at any node: a join seats one person under it (session.ts).
 */
export function runSeatEvent(
  deps: SeatEventDeps,
  event: SeatEvent,
  input: unknown,
  socket: SeatSocket,
  requestId?: string,
): Promise<Ack<unknown>> | Ack<unknown> {
  if (event === 'seat:resume') {
    const parsed = CLIENT_EVENT_SCHEMAS['seat:resume'].safeParse(input);
    return parsed.success ? resumeSeat(deps.sessions, socket, parsed.data) : invalid(parsed.error);
  }
  if (event === 'game:join') {
    const parsed = CLIENT_EVENT_SCHEMAS['game:join'].safeParse(input);
    return parsed.success ? joinGame(deps.sessions, socket, parsed.data, requestId) : invalid(parsed.error);
  }
  if (event === 'seat:request') {
    const parsed = CLIENT_EVENT_SCHEMAS['seat:request'].safeParse(input);
    return parsed.success ? requestSeat(deps.sessions, socket, parsed.data) : invalid(parsed.error);
  }
  const seat = currentSeat(deps.sessions.registry, socket);
  if ('ok' in seat) return seat;
  const { game, person } = seat;
  switch (event) {
    case 'game:command':
      // The seat's pace is spent by the game itself, for people and bots alike.
      // Parsed by the engine (CommandSchema, the event's schema), inside the game's queue.
      return game.command(person, input);
    case 'seat:back': {
      if (!game.withinPace(person)) return seatTooFast();
      const parsed = CLIENT_EVENT_SCHEMAS['seat:back'].safeParse(input);
      return parsed.success ? game.back(person) : invalid(parsed.error);
    }
    case 'team:edit': {
      // A team's shared sheet changes at typing pace: it spends from the seat's pace like a command.
      if (!game.withinPace(person)) return seatTooFast();
      const parsed = CLIENT_EVENT_SCHEMAS['team:edit'].safeParse(input);
      return parsed.success ? editTeamSheet(game, person, parsed.data) : invalid(parsed.error);
    }
    case 'team:captain': {
      const parsed = CLIENT_EVENT_SCHEMAS['team:captain'].safeParse(input);
      return parsed.success ? nameCaptain(game, person, parsed.data.personId) : invalid(parsed.error);
    }
    case 'game:sync': {
      const parsed = CLIENT_EVENT_SCHEMAS['game:sync'].safeParse(input);
      return parsed.success ? syncSeat(game, person).then(accept) : invalid(parsed.error);
    }
    case 'lobby:chooseRole': {
      const parsed = CLIENT_EVENT_SCHEMAS['lobby:chooseRole'].safeParse(input);
      return parsed.success ? chooseRole(game, person, parsed.data.role) : invalid(parsed.error);
    }
    case 'lobby:setBot': {
      if (!person.isHost) return refuseForbidden('Only the host can seat bots.');
      const parsed = CLIENT_EVENT_SCHEMAS['lobby:setBot'].safeParse(input);
      return parsed.success ? setBot(game, parsed.data.role, parsed.data.bot) : invalid(parsed.error);
    }
    case 'seat:answerRequest': {
      const parsed = CLIENT_EVENT_SCHEMAS['seat:answerRequest'].safeParse(input);
      return parsed.success
        ? answerRequest(game, person, parsed.data, deps.sessions.ids.token, deps.requesters)
        : invalid(parsed.error);
    }
    case 'seat:remove': {
      if (!person.isHost) return refuseForbidden('Only the host can remove people.');
      const parsed = CLIENT_EVENT_SCHEMAS['seat:remove'].safeParse(input);
      return parsed.success ? removePerson(game, parsed.data.personId) : invalid(parsed.error);
    }
  }
}

/** Runs a seat event on this node. */
export type RunSeatEvent = (
  event: SeatEvent,
  input: unknown,
  socket: SeatSocket,
  requestId?: string,
) => Promise<Ack<unknown>> | Ack<unknown>;

/** With several nodes: where each seat event runs, and what a socket's coming and going tells its game's node. */
export interface SeatRouter {
  /** Runs the event at the node running its game: `here` if that is this node, else forwarded and answered. */
  route(event: SeatEvent, input: unknown, socket: LeverageSocket, here: RunSeatEvent): Promise<Ack<unknown>>;
  /** Events forwarded by other nodes run with `here`. */
  serve(here: RunSeatEvent): void;
  /** A socket of this node closed: the node running its game is told. */
  left(socket: LeverageSocket): void;
  /** A socket of this node came back with its rooms and data, for a game another node runs. */
  recovered(socket: LeverageSocket): void;
  /** Sockets waiting on a seat request, connected to this node or another. */
  readonly requesters: Requesters;
}
