import type { CommandEvent } from '../game/events.ts';

/**
 * Who sent a command, as the export names them: the person's display name (stamped by the server on
 * each command a person sends, server/team.ts), `bot` for a bot (a bot's command, and only a bot's,
 * carries its reason), null for the host's commands and for a person's in a log written before names
 * were stamped.
 */
export function commandAuthor(event: CommandEvent): string | null {
  if (event.actor.kind !== 'seat') return null;
  if (event.actor.person) return event.actor.person.name;
  return event.reason ? 'bot' : null;
}
