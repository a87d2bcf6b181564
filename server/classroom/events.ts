import type { Ack } from '../../shared/protocol/errors.ts';
import { CLIENT_EVENT_SCHEMAS } from '../../shared/protocol/socket-events.ts';
import type { LeverageSocket, SeatSocket } from '../io-types.ts';
import { invalid } from '../zod-issues.ts';
import type { ClassroomDeps } from './deps.ts';
import { facilitate } from './facilitate.ts';
import { leaveClass } from './leave.ts';
import {
  joinClassroom,
  projectClassroom,
  projectorLink,
  resumeClassroom,
  watchClassroom,
} from './sessions.ts';

/**
 * The client events that act on one class session: they run where the session runs. On a single node
 * that is always here; with several nodes, one that reaches a node not running the session is forwarded
 * to the node that does (server/cluster/class-node.ts) and run there by this same code, with a stand-in
 * for the socket. `classroom:create` is not one: the node that creates a session runs it.
 */
export const CLASSROOM_EVENTS = [
  'classroom:join',
  'classroom:resume',
  'classroom:leave',
  'classroom:watch',
  'classroom:command',
  'classroom:projectorLink',
  'classroom:project',
] as const;
export type ClassroomEvent = (typeof CLASSROOM_EVENTS)[number];

/** Which session an event acts on: by id, or by class code (a join). Null for a malformed payload. */
export function classroomTargetOf(
  event: ClassroomEvent,
  input: unknown,
): { classroomId: string } | { code: string } | null {
  const parsed = CLIENT_EVENT_SCHEMAS[event].safeParse(input);
  if (!parsed.success) return null;
  return 'code' in parsed.data ? { code: parsed.data.code } : { classroomId: parsed.data.classroomId };
}

/**
 * Runs one class session event against the sessions held here. `requestId` is a forwarded event's, the
 * same for every try at any node: a facilitator's command is one decision under it (facilitate.ts), and
 * a join adds one member (sessions.ts).
 */
export function runClassroomEvent(
  deps: ClassroomDeps,
  event: ClassroomEvent,
  input: unknown,
  socket: SeatSocket,
  requestId?: string,
): Promise<Ack<unknown>> | Ack<unknown> {
  switch (event) {
    case 'classroom:join': {
      const parsed = CLIENT_EVENT_SCHEMAS[event].safeParse(input);
      return parsed.success ? joinClassroom(deps, socket, parsed.data, requestId) : invalid(parsed.error);
    }
    case 'classroom:resume': {
      const parsed = CLIENT_EVENT_SCHEMAS[event].safeParse(input);
      return parsed.success ? resumeClassroom(deps, socket, parsed.data) : invalid(parsed.error);
    }
    case 'classroom:leave': {
      const parsed = CLIENT_EVENT_SCHEMAS[event].safeParse(input);
      return parsed.success ? leaveClass(deps, socket, parsed.data) : invalid(parsed.error);
    }
    case 'classroom:watch': {
      const parsed = CLIENT_EVENT_SCHEMAS[event].safeParse(input);
      return parsed.success ? watchClassroom(deps, socket, parsed.data) : invalid(parsed.error);
    }
    case 'classroom:command': {
      const parsed = CLIENT_EVENT_SCHEMAS[event].safeParse(input);
      return parsed.success ? facilitate(deps, parsed.data, requestId) : invalid(parsed.error);
    }
    case 'classroom:projectorLink': {
      const parsed = CLIENT_EVENT_SCHEMAS[event].safeParse(input);
      return parsed.success ? projectorLink(deps, parsed.data) : invalid(parsed.error);
    }
    case 'classroom:project': {
      const parsed = CLIENT_EVENT_SCHEMAS[event].safeParse(input);
      return parsed.success ? projectClassroom(deps, socket, parsed.data) : invalid(parsed.error);
    }
  }
}

/** Runs a class session event on this node. */
export type RunClassroomEvent = (
  event: ClassroomEvent,
  input: unknown,
  socket: SeatSocket,
  requestId?: string,
) => Promise<Ack<unknown>> | Ack<unknown>;

/** With several nodes: where each session event runs, and whom a closing socket is told to. */
export interface ClassroomRouter {
  /** Runs the event at the node running its session: `here` if that is this node, else forwarded. */
  route(
    event: ClassroomEvent,
    input: unknown,
    socket: LeverageSocket,
    here: RunClassroomEvent,
  ): Promise<Ack<unknown>>;
  /** Events forwarded by other nodes run with `here`. */
  serve(here: RunClassroomEvent): void;
  /** A socket of this node closed: the nodes running the sessions it waited in or watched are told. */
  left(socket: LeverageSocket): void;
}
