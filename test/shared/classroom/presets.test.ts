import { describe, expect, it } from 'vitest';
import { CLASSROOM_PRESETS, PRESET_IDS, plannedMinutes } from '../../../shared/classroom/presets.ts';
import { playSeconds } from '../../../shared/game/time.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';

describe('class session presets', () => {
  it('measures play as the briefing plus every round run to its deadlines: 27 minutes at the default timers', () => {
    expect(playSeconds(DEFAULT_SCENARIO.timers, 6) / 60).toBe(27);
    expect(
      playSeconds({ briefingSeconds: 60, newsSeconds: 10, negotiateSeconds: 100, decideSeconds: 40 }, 2),
    ).toBe(360);
  });

  it('fits each preset, introduction and debrief included, into the meeting it is for', () => {
    for (const id of PRESET_IDS) {
      const preset = CLASSROOM_PRESETS[id];
      expect(plannedMinutes(preset), id).toBeLessThanOrEqual(preset.minutes);
    }
    // The default timers would not: six rounds and a 20-minute frame leave a 45-minute class 2 minutes short.
    expect(
      plannedMinutes({ introMinutes: 8, debriefMinutes: 12, rounds: 6, timers: DEFAULT_SCENARIO.timers }),
    ).toBe(47);
  });

  it('gives a 45-minute class at least ten minutes of debrief and a solo game one table per person', () => {
    expect(CLASSROOM_PRESETS.class45.debriefMinutes).toBeGreaterThanOrEqual(10);
    expect(playSeconds(CLASSROOM_PRESETS.class45.timers, CLASSROOM_PRESETS.class45.rounds) / 60).toBe(22);
    expect(CLASSROOM_PRESETS.solo10.tableSize).toBe(1);
    expect(CLASSROOM_PRESETS.workshop90.tableSize).toBe(8);
  });
});
