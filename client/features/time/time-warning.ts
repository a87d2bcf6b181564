import type { PlayerView } from '../../../shared/game/player-view.ts';
import { type TimeWarning, timeWarningFor } from '../../../shared/game/time.ts';

/** What a warning before the deadline says: which threshold, and whether the seat's sheet is still out. */
export interface TimeWarningNotice {
  seconds: TimeWarning;
  /** Decide phase, a seat that has handed in nothing: the warning says what the deadline will do. */
  sheetMissing: boolean;
}

/**
 * The warning a view is due with this much time left, or null: none while paused (no clock runs) and none
 * outside the timed phases. The thresholds, and which phases are long enough for each, are the rules'
 * (shared/game/time.ts); this adds only what the seat's own sheet changes in the sentence.
 */
export function timeWarningNotice(
  view: Pick<PlayerView, 'phase' | 'paused' | 'you' | 'phaseSeconds'>,
  remainingMs: number | null,
): TimeWarningNotice | null {
  if (view.paused) return null;
  const seconds = timeWarningFor(remainingMs, view.phaseSeconds);
  if (seconds === null) return null;
  const sheetMissing = view.phase === 'decide' && view.you !== null && view.you.submittedMove === null;
  return { seconds, sheetMissing };
}
