import type { Level, Personality } from '../../../shared/bots/types.ts';
import { CLASSROOM_PRESETS, type PresetId, plannedMinutes } from '../../../shared/classroom/presets.ts';
import { CreateClassroomSchema } from '../../../shared/protocol/classroom.ts';
import { type OptionsDraft, optionalNumber, optionsPayload } from '../home/options-draft.ts';

/** What the class-creation form holds: text as typed, turned into numbers only when sent. */
export interface ClassDraft {
  title: string;
  preset: PresetId;
  /** People per table (empty: the preset's). */
  tableSize: string;
  botLevel: Level;
  /** The personalities the class's bots are drawn from; all of them is the same as leaving it out. */
  personalities: readonly Personality[];
  options: OptionsDraft;
}

/**
 * The `classroom:create` payload: an empty box is the preset's value, so only what the facilitator changed
 * is sent; the schema (`CreateClassroomSchema`) judges the rest, on this page and again on the server.
 */
export function classPayload(draft: ClassDraft, language: 'en' | 'ja', every: readonly Personality[]) {
  const title = draft.title.trim();
  const tableSize = optionalNumber(draft.tableSize);
  const mixed = draft.personalities.length !== every.length;
  return {
    preset: draft.preset,
    language,
    botLevel: draft.botLevel,
    ...(title === '' ? {} : { title }),
    ...(tableSize === undefined ? {} : { tableSize }),
    // Kept in the order the game lists them, so the same choice always makes the same tables.
    ...(mixed ? { botPersonalities: every.filter((one) => draft.personalities.includes(one)) } : {}),
    ...optionsPayload(draft.options),
  };
}

/** A box's number if the schema takes it, else what the empty box stands for (a half-typed one too). */
function chosen(text: string, field: keyof typeof CreateClassroomSchema.shape, usual: number): number {
  const value = optionalNumber(text);
  return value !== undefined && CreateClassroomSchema.shape[field].safeParse(value).success ? value : usual;
}

/**
 * The plan the form describes as it stands: the preset's, with every box the facilitator filled in (rounds,
 * each phase's time, table size), its length worked out as the presets' own (`plannedMinutes`).
 */
export function planOf(draft: ClassDraft): { rounds: number; minutes: number; size: number } {
  const preset = CLASSROOM_PRESETS[draft.preset];
  const { options } = draft;
  const timers = {
    briefingSeconds: chosen(options.briefingSeconds, 'briefingSeconds', preset.timers.briefingSeconds),
    newsSeconds: chosen(options.newsSeconds, 'newsSeconds', preset.timers.newsSeconds),
    negotiateSeconds: chosen(options.negotiateSeconds, 'negotiateSeconds', preset.timers.negotiateSeconds),
    decideSeconds: chosen(options.decideSeconds, 'decideSeconds', preset.timers.decideSeconds),
  };
  const rounds = chosen(options.rounds, 'rounds', preset.rounds);
  return {
    rounds,
    minutes: Math.round(plannedMinutes({ ...preset, rounds, timers })),
    size: chosen(draft.tableSize, 'tableSize', preset.tableSize),
  };
}
