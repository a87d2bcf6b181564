import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode } from '../../server/store/codec.ts';
import { type GameStore, type LogEntry, stateDigest } from '../../server/store/game-store.ts';
import { createGameEngine } from '../../shared/game/engine.ts';
import { actorKey, type GameEvent } from '../../shared/game/events.ts';
import type { GameState } from '../../shared/game/state.ts';

/** A temporary folder for a test's database, removed by `removeTempFolders`. */
const folders: string[] = [];

export function tempDataDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'leverage-durability-'));
  folders.push(folder);
  return folder;
}

export function removeTempFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** `actor:commandId` of every command in a log, in order. */
export function commandKeys(log: readonly GameEvent[]): string[] {
  return log.flatMap((event) =>
    'command' in event ? [`${actorKey(event.actor)}:${event.command.commandId}`] : [],
  );
}

export interface ReplayCheck {
  /** Entries whose stored digest differs from the state a fresh replay reaches at that entry. */
  mismatches: { index: number; stored: string; replayed: string }[];
  /** Indices that are not 0, 1, 2, … in order. */
  outOfOrder: number[];
  state: GameState;
}

/**
 * Replays a stored game from its config through a fresh engine, entry by entry, and compares each
 * entry's stored digest (the state the live server had right after it) with the replay's.
 */
export async function replayStored(store: GameStore, gameId: string): Promise<ReplayCheck> {
  const stored = await store.load(gameId);
  if (!stored?.config) throw new Error(`Game ${gameId} has not started in the store`);
  const log: LogEntry[] = await store.readLog(gameId);
  const engine = createGameEngine(stored.config, stored.record.createdAt);
  const mismatches: ReplayCheck['mismatches'] = [];
  const outOfOrder: number[] = [];
  log.forEach((entry, position) => {
    if (entry.index !== position) outOfOrder.push(entry.index);
    engine.replay(entry.event);
    const replayed = encode(stateDigest(engine.state));
    const kept = encode(entry.digest);
    if (replayed !== kept) mismatches.push({ index: entry.index, stored: kept, replayed });
  });
  const state = engine.state;
  engine.stop();
  return { mismatches, outOfOrder, state };
}
