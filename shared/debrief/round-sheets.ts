import { createGameEngine } from '../game/engine.ts';
import type { GameEvent } from '../game/events.ts';
import { sheetsForRound } from '../game/resolve.ts';
import type { GameConfig, GameState } from '../game/state.ts';
import { type MoveSet, withoutUnreadFields } from '../protocol/moves.ts';
import { type PerRole, perRole, ROLE_IDS, type RoleId } from '../roles.ts';
import type { ScoreCard } from '../scoring/types.ts';
import { commandAuthor } from './command-author.ts';

/** A sheet handed in: when it was accepted and who sent it (`commandAuthor`: a name, `bot`, or null). */
export interface SheetHandIn {
  at: number;
  author: string | null;
}

/** The sheets one round was resolved with: what each role handed in, or its standing policy. */
export interface RoundSheets {
  round: number;
  sheets: MoveSet;
  /** Roles that handed a sheet in; the others played their standing policy (the report's `missedSheets`). */
  handedIn: RoleId[];
  /** Each role that handed a sheet in: its last accepted sheet's time and sender (a team's: who sent it). */
  handIns: Partial<Record<RoleId, SheetHandIn>>;
  /** Each role's score card right after this round's resolution: the breakdown round by round. */
  scores: PerRole<ScoreCard>;
}

export interface ReplayedGame {
  state: GameState;
  rounds: RoundSheets[];
  /** The round each log entry was applied in (the round it led to, for the entry that starts one). */
  eventRounds: number[];
}

/**
 * Each sheet as the rules read it: a field its choices leave unread (a Hold's amount) at 0, whatever was
 * handed in there, as a sheet from the client carries it.
 */
function asPlayed(sheets: MoveSet): MoveSet {
  return perRole((role) => withoutUnreadFields(sheets[role])) as MoveSet;
}

/**
 * The state a sealed sheet lands on: the game holds only the current round's sheets, so each round's are
 * caught as the log is replayed, just before the resolution that reads them. The last sheet of a decide
 * phase resolves the round in the same step it is handed in, so it is added to those already in
 * (`sheetsForRound` is the resolution's own rule for a missing sheet).
 */
export function replayWithSheets(
  config: GameConfig,
  createdAt: number,
  log: readonly GameEvent[],
): ReplayedGame {
  const engine = createGameEngine(config, createdAt);
  const rounds: RoundSheets[] = [];
  const eventRounds: number[] = [];
  // The current round's sheets as they are handed in (a later one replaces a seat's earlier one).
  let handIns: Partial<Record<RoleId, SheetHandIn>> = {};
  try {
    for (const event of log) {
      const before = engine.state;
      engine.replay(event);
      const after = engine.state;
      eventRounds.push(Math.max(before.round, after.round));
      if (event.type === 'move:submit')
        handIns = { ...handIns, [event.command.move.role]: { at: event.at, author: commandAuthor(event) } };
      if (after.reports.length === before.reports.length) continue;
      const submitted =
        event.type === 'move:submit'
          ? { ...before.submitted, [event.command.move.role]: event.command.move }
          : before.submitted;
      rounds.push({
        round: before.round,
        sheets: asPlayed(sheetsForRound({ ...before, submitted })),
        handedIn: ROLE_IDS.filter((role) => submitted[role] !== undefined),
        handIns,
        scores: after.scores,
      });
      handIns = {};
    }
    return { state: engine.state, rounds, eventRounds };
  } finally {
    engine.stop();
  }
}
