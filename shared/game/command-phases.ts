import type { CommandType } from '../protocol/commands.ts';
import type { Phase } from './state.ts';

/**
 * Which phases accept which commands: the one statement of it. The machine (machine.ts) builds each
 * phase's transitions from this table, `refusalFor` reads it to say "wrong phase" before anything is
 * applied, and the client asks `acceptsNow` instead of restating it; a test checks the table against the
 * machine's `can()` in every phase. Kept free of the machine itself so the client can import it cheaply.
 */
export const PHASES_ACCEPTING: Readonly<Record<CommandType, readonly Phase[]>> = {
  'move:submit': ['decide'],
  'chat:statement': ['news', 'negotiate', 'decide'],
  'chat:private': ['briefing', 'news', 'negotiate', 'decide'],
  'chat:team': ['briefing', 'news', 'negotiate', 'decide'],
  'deal:propose': ['negotiate', 'decide'],
  'deal:counter': ['negotiate', 'decide'],
  'deal:accept': ['negotiate', 'decide'],
  'deal:reject': ['negotiate', 'decide'],
  'deal:withdraw': ['negotiate', 'decide'],
  'time:request': ['briefing', 'news', 'negotiate', 'decide'],
  'host:start': ['lobby'],
  'host:pause': ['briefing', 'news', 'negotiate', 'decide'],
  'host:resume': ['briefing', 'news', 'negotiate', 'decide'],
  'host:extend': ['briefing', 'news', 'negotiate', 'decide'],
  'host:skip': ['briefing', 'news', 'negotiate', 'decide'],
  'host:end': ['lobby', 'briefing', 'news', 'negotiate', 'decide'],
  'host:inject': ['briefing', 'news', 'negotiate', 'decide'],
  'host:injectCustom': ['briefing', 'news', 'negotiate', 'decide'],
  'host:grantTime': ['briefing', 'news', 'negotiate', 'decide'],
  // Not in the lobby: the lobby's engine is replaced at the start, with the seats as they are then.
  'host:extendedTime': ['briefing', 'news', 'negotiate', 'decide'],
};

export const COMMAND_TYPES = Object.keys(PHASES_ACCEPTING) as CommandType[];

export function isHostCommand(type: CommandType): boolean {
  return type.startsWith('host:');
}

/** Whether a phase accepts a command type at all (pause aside). */
export function acceptedIn(phase: Phase, type: CommandType): boolean {
  return PHASES_ACCEPTING[type].includes(phase);
}

/** The command types a phase accepts, in the table's order. */
export function commandsAcceptedIn(phase: Phase): CommandType[] {
  return COMMAND_TYPES.filter((type) => acceptedIn(phase, type));
}

/**
 * What a pause allows: the host's controls only, and of those, resume only while paused and pause only
 * while running. Players wait until the host resumes.
 */
export function pauseAllows(paused: boolean, type: CommandType): boolean {
  if (type === 'host:resume') return paused;
  if (type === 'host:pause') return !paused;
  return !paused || isHostCommand(type);
}

/**
 * Whether the game would accept a command of this type now, as far as a view can tell: its phase takes it
 * and a pause does not hold it back. Every client panel asks this before offering a control; the server's
 * `refusalFor` still checks everything else (seat, version, the deal rules).
 */
export function acceptsNow(view: { phase: Phase; paused: boolean }, type: CommandType): boolean {
  return acceptedIn(view.phase, type) && pauseAllows(view.paused, type);
}
