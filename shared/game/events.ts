import type { Headline } from '../market/types.ts';
import type { Command, CommandType } from '../protocol/commands.ts';
import type { RoleId } from '../roles.ts';
import type { SeatControlEvent } from './takeover.ts';

/** Who sent a command: the seat of a role (a person, a team or a bot), or the game's host/facilitator. */
export type Actor = { kind: 'seat'; role: RoleId; person?: TeamAuthor } | { kind: 'host' };

/**
 * The person behind a seat's command, as the server stamps it on each one a person sends (a bot's carry
 * none). The game shows it only in a team's chat; everything else a seat does plays as the seat's, whoever
 * in the team did it, and only the log (the facilitator's export) keeps who it was. Logs written before
 * every command was stamped name the writer of a team-chat message only.
 */
export interface TeamAuthor {
  id: string;
  name: string;
}

export function actorKey(actor: Actor): string {
  return actor.kind === 'host' ? 'host' : actor.role;
}

/** A parsed command as the machine receives it: stamped with its sender and the server's time. */
export type CommandEvent = {
  [K in CommandType]: {
    type: K;
    command: Extract<Command, { type: K }>;
    actor: Actor;
    at: number;
    /** A bot's one-line reason for this command, kept for the debrief. */
    reason?: Headline;
  };
}[CommandType];

/** The server's clock says a deadline may have passed. Applied only if it really has. */
export interface TimeoutEvent {
  type: 'clock:timeout';
  at: number;
}

/** The market moves while people talk. */
export interface TickEvent {
  type: 'market:tick';
  at: number;
}

/** Every input the game accepts (a seat's warning, takeover and return: takeover.ts). A game is its config, its seed and the ordered list of these. */
export type GameEvent = CommandEvent | TimeoutEvent | TickEvent | SeatControlEvent;

export function commandEvent(command: Command, actor: Actor, at: number, reason?: Headline): CommandEvent {
  return { type: command.type, command, actor, at, ...(reason ? { reason } : {}) } as CommandEvent;
}
