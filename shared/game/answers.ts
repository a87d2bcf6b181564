import type { CommandResult } from '../protocol/commands.ts';
import type { Ack } from '../protocol/errors.ts';
import type { GameContext, RememberedAnswer } from './state.ts';

/** Answers per page: a new answer copies one page and the list of pages, never the whole memory. */
const ANSWERS_PER_PAGE = 256;

/**
 * Every accepted command's answer, kept for the life of the game: a retry (same sender, same
 * `commandId`) must get its first answer however many commands came in between, and since the answers
 * are part of the state they come back with it from a snapshot or a replay after a restart. States are
 * never changed in place, so full pages are shared by every later state instead of being copied.
 */
export function withAnswer(
  answers: GameContext['answers'],
  key: string,
  answer: Ack<CommandResult>,
): GameContext['answers'] {
  const last = answers[answers.length - 1];
  if (!last || last.length >= ANSWERS_PER_PAGE) return [...answers, [[key, answer]]];
  const page: RememberedAnswer[] = [...last, [key, answer]];
  return [...answers.slice(0, -1), page];
}

/** The answer an accepted command got, if any; newest first, since a retry usually follows closely. */
export function rememberedAnswer(game: GameContext, key: string): Ack<CommandResult> | undefined {
  for (let p = game.answers.length - 1; p >= 0; p--) {
    const page = game.answers[p]!;
    for (let i = page.length - 1; i >= 0; i--) {
      const entry = page[i]!;
      if (entry[0] === key) return entry[1];
    }
  }
  return undefined;
}
