import { type PhaseTimers, playSeconds } from '../game/time.ts';

/**
 * Ready-made plans for a class session, as data. Each names the length of the whole meeting and what the
 * facilitator spends outside the game (introducing it, forming tables, the debrief), so the play itself
 * (`playSeconds`) is checked to fit: at the scenario's default timers six rounds take 27 minutes, which
 * leaves a 45-minute class no time to talk about what happened.
 */
export interface ClassroomPreset {
  /** The meeting from first word to last, minutes. */
  minutes: number;
  /** Introduction and forming tables, before the first table starts. */
  introMinutes: number;
  /** The debrief after the last round. */
  debriefMinutes: number;
  rounds: number;
  timers: PhaseTimers;
  /** People per table: four is one person a role; more makes teams, fewer leaves seats to bots. */
  tableSize: number;
}

export const PRESET_IDS = ['class45', 'workshop90', 'solo10'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const CLASSROOM_PRESETS: Readonly<Record<PresetId, ClassroomPreset>> = {
  // A school period: four short rounds (22 minutes of play) between an 8-minute start and a 12-minute debrief.
  class45: {
    minutes: 45,
    introMinutes: 8,
    debriefMinutes: 12,
    rounds: 4,
    timers: { briefingSeconds: 120, newsSeconds: 15, negotiateSeconds: 210, decideSeconds: 75 },
    tableSize: 4,
  },
  // A workshop with teams of two: the full six rounds, longer talks, time for teams to agree their sheet.
  workshop90: {
    minutes: 90,
    introMinutes: 10,
    debriefMinutes: 20,
    rounds: 6,
    timers: { briefingSeconds: 300, newsSeconds: 20, negotiateSeconds: 360, decideSeconds: 120 },
    tableSize: 8,
  },
  // One person against three bots, for a quick try before a class or at home.
  solo10: {
    minutes: 10,
    introMinutes: 0,
    debriefMinutes: 1,
    rounds: 3,
    timers: { briefingSeconds: 60, newsSeconds: 10, negotiateSeconds: 90, decideSeconds: 45 },
    tableSize: 1,
  },
};

/** Minutes a plan takes: introduction, the play with every phase run to its deadline, and the debrief. */
export function plannedMinutes(plan: Omit<ClassroomPreset, 'minutes' | 'tableSize'>): number {
  return plan.introMinutes + playSeconds(plan.timers, plan.rounds) / 60 + plan.debriefMinutes;
}
