import type { Phase } from '../game/state.ts';
import { MAX_EXTEND_SECONDS } from '../protocol/commands.ts';

/** A table's clock as the console sees it. */
export interface TableClock {
  tableId: string;
  phase: Phase;
  round: number;
  deadline: number | null;
  paused: boolean;
  pausedRemainingMs: number | null;
}

/**
 * Keeping a class's clocks in step: tables in the same round and phase are given the time that makes them
 * end together, with the one that ends last (extending is the only fair move: cutting a table's time
 * short would take from players what they were promised). A paused table counts with the time it has
 * left. Tables in another phase or round are not touched (the facilitator skips a slow table to catch it
 * up). Whole seconds, rounded up; a table within a second of the last needs nothing.
 */
export function clockAlignment(
  tables: readonly TableClock[],
  now: number,
): { tableId: string; seconds: number }[] {
  const endOf = (table: TableClock): number | null =>
    table.paused ? now + (table.pausedRemainingMs ?? 0) : table.deadline;
  const latest = new Map<string, number>();
  const keyOf = (table: TableClock) => `${table.round}:${table.phase}`;
  for (const table of tables) {
    const end = endOf(table);
    if (end === null) continue;
    latest.set(keyOf(table), Math.max(latest.get(keyOf(table)) ?? end, end));
  }
  const extensions: { tableId: string; seconds: number }[] = [];
  for (const table of tables) {
    const end = endOf(table);
    if (end === null) continue;
    const gapMs = (latest.get(keyOf(table)) ?? end) - end;
    const seconds = Math.ceil(gapMs / 1000);
    if (gapMs >= 1000)
      extensions.push({ tableId: table.tableId, seconds: Math.min(seconds, MAX_EXTEND_SECONDS) });
  }
  return extensions;
}
