import type { Level, Personality } from '../../../shared/bots/types.ts';
import type { PresetId } from '../../../shared/classroom/presets.ts';
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
