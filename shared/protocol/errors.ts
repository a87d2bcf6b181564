/**
 * Every refusal carries one of these codes and a sentence a person can read. Acknowledgements are
 * `{ ok: true, data }` or `{ ok: false, error: { code, message } }`, for sockets and the headless engine alike.
 */
export const ERROR_CODES = [
  'INVALID_COMMAND', // failed the schema: wrong type, out of bounds, unknown field
  'STALE_VERSION', // made against a phase that has since ended
  'WRONG_PHASE', // not accepted in the current phase
  'PAUSED', // the game is paused
  'GAME_ENDED',
  'FORBIDDEN', // a seat acting for another, or a player using a host command
  'WRONG_ROLE', // a move sheet or term for a role the sender does not hold
  'SIGNAL_NOT_ALLOWED',
  'UNKNOWN_PROPOSAL',
  'PROPOSAL_CLOSED',
  'NOT_A_SIGNATORY',
  'NOT_CAPTAIN', // server: a team member other than the captain proposing, answering or withdrawing a deal (shared/game/team.ts)
  'ALREADY_SIGNED',
  'BREAKS_DEAL', // binding games: the sheet breaks a signed deal
  'UNKNOWN_SHOCK',
  'SELF_MESSAGE',
  'UNKNOWN_STATEMENT', // a statement's replyTo names no public statement of this game
  'STATEMENT_LIMIT', // a seat's public statements this round are at the cap (shared/game/limits.ts)
  'MESSAGE_LIMIT', // a seat's private messages this round are at the cap (shared/game/limits.ts)
  'PROPOSAL_LIMIT', // a seat's proposals (counters included) this round are at the cap (shared/game/limits.ts)
  'TIME_REQUEST_LIMIT', // a seat has an open request for time, or has made this round's (shared/game/time.ts)
  'UNKNOWN_TIME_REQUEST', // no open request for time with that id in this phase
  'NOT_FOUND', // server: no such game, seat or code
  'RATE_LIMITED', // server: too many commands
  'SEAT_TAKEN', // server: a bot plays the seat
  'SEAT_OCCUPIED', // server: people play the seat; joining them is a request (seat:request)
  'SEAT_OPEN', // server: a request for a seat nobody plays; join it directly (game:join)
  'SEAT_FULL', // server: the seat's team is at MAX_PEOPLE_PER_SEAT
  'TABLE_FULL', // server: no open seat is left for "any open role"
  'CLASS_TABLE', // server: a class session's table is joined through its session (classroom:join), never with its own code
  'TOO_MANY_CONNECTIONS', // server: the person already acts through MAX_SOCKETS_PER_PERSON sockets
  'UNAUTHORIZED', // server: a missing or wrong token
  'INTERNAL', // a bug: logged, never a crash
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface CommandError {
  code: ErrorCode;
  message: string;
}

/** A refused command's answer. */
export type Refusal = { ok: false; error: CommandError };

export type Ack<T = unknown> = { ok: true; data: T } | Refusal;

export function refuse(code: ErrorCode, message: string): Refusal {
  return { ok: false, error: { code, message } };
}

export function accept<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}
