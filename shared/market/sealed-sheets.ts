import type { MoveSet } from '../protocol/moves.ts';
import { copyOfSheet } from '../protocol/sheet-copies.ts';

/**
 * The round's sheets as the model reads them: each its own copy, written out in its schema's order
 * (`copyOfSheet`), so that the model meets one hidden class per role whoever made the sheets (a parsed
 * command, a test's literal, a scripted strategy). Before, it met up to 14 classes of Tokyo's sheet in 600
 * games, read them on V8's slowest path, and resolveRound was compiled 4 times. Five small copies a
 * resolution. The values are the sheets' own.
 */
export function sheetsForModel(moves: MoveSet): MoveSet {
  return {
    tokyo: copyOfSheet(moves.tokyo),
    whiteHouse: copyOfSheet(moves.whiteHouse),
    investors: copyOfSheet(moves.investors),
    usBusiness: copyOfSheet(moves.usBusiness),
  };
}
