import type { Level } from '../../../shared/bots/types.ts';
import { DEFAULT_IDLE_TAKEOVER } from '../../../shared/game/takeover.ts';
import type { RoleId } from '../../../shared/roles.ts';

/** What the game-options boxes hold: text as typed, turned into numbers only when sent. */
export interface OptionsDraft {
  rounds: string;
  negotiateSeconds: string;
  decideSeconds: string;
  newsSeconds: string;
  briefingSeconds: string;
  seed: string;
  bindingDeals: boolean;
  /** After how long idle a bot plays a seat (empty: the default; 0: never), and that bot's level. */
  idleAfterSeconds: string;
  idleLevel: Level;
}

export const EMPTY_OPTIONS: OptionsDraft = {
  rounds: '',
  negotiateSeconds: '',
  decideSeconds: '',
  newsSeconds: '',
  briefingSeconds: '',
  seed: '',
  bindingDeals: false,
  idleAfterSeconds: '',
  idleLevel: DEFAULT_IDLE_TAKEOVER.level,
};

/** An empty box means "the scenario's default"; anything else is passed on for the schema to judge. */
export function optionalNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

function withDefined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** The idle-seat takeover as the schema takes it; left out while both boxes say "the default". */
function idleTakeoverPayload(draft: OptionsDraft): Record<string, unknown> | undefined {
  const afterSeconds = optionalNumber(draft.idleAfterSeconds);
  if (afterSeconds === undefined && draft.idleLevel === DEFAULT_IDLE_TAKEOVER.level) return undefined;
  return withDefined({ afterSeconds, level: draft.idleLevel });
}

export function optionsPayload(draft: OptionsDraft): Record<string, unknown> {
  return withDefined({
    rounds: optionalNumber(draft.rounds),
    negotiateSeconds: optionalNumber(draft.negotiateSeconds),
    decideSeconds: optionalNumber(draft.decideSeconds),
    newsSeconds: optionalNumber(draft.newsSeconds),
    briefingSeconds: optionalNumber(draft.briefingSeconds),
    seed: optionalNumber(draft.seed),
    bindingDeals: draft.bindingDeals,
    idleTakeover: idleTakeoverPayload(draft),
  });
}

export function soloPayload(
  role: RoleId,
  botLevel: 'easy' | 'hard',
  name: string,
  options: OptionsDraft,
): Record<string, unknown> {
  return withDefined({
    mode: 'solo',
    role,
    botLevel,
    name: name.trim() === '' ? undefined : name,
    ...optionsPayload(options),
  });
}

export function hostPayload(
  role: RoleId | '',
  botLevel: 'easy' | 'hard',
  botFill: boolean,
  name: string,
  options: OptionsDraft,
): Record<string, unknown> {
  return withDefined({
    mode: 'multiplayer',
    role: role === '' ? undefined : role,
    botLevel,
    botFill,
    name: name.trim() === '' ? undefined : name,
    ...optionsPayload(options),
  });
}
