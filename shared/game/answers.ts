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

/**
 * A full page never changes again (states are never changed in place), so it is indexed once, on first
 * look: a new command's lookup reads one map per full page and scans only the last page, instead of every
 * answer of the game (hundreds by the end, looked through by every command).
 */
const fullPageIndex = new WeakMap<RememberedAnswer[], Map<string, Ack<CommandResult>>>();

function indexOf(page: RememberedAnswer[]): Map<string, Ack<CommandResult>> {
  let index = fullPageIndex.get(page);
  if (!index) {
    // Later entries overwrite earlier ones: the newest answer for a key, as the scan below finds it.
    index = new Map(page);
    fullPageIndex.set(page, index);
  }
  return index;
}

/** The answer an accepted command got, if any; newest first, since a retry usually follows closely. */
export function rememberedAnswer(game: GameContext, key: string): Ack<CommandResult> | undefined {
  const pages = game.answers;
  const last = pages[pages.length - 1];
  if (last && last.length < ANSWERS_PER_PAGE) {
    for (let i = last.length - 1; i >= 0; i--) {
      const entry = last[i]!;
      if (entry[0] === key) return entry[1];
    }
  }
  const fullPages = last && last.length < ANSWERS_PER_PAGE ? pages.length - 1 : pages.length;
  for (let p = fullPages - 1; p >= 0; p--) {
    const answer = indexOf(pages[p]!).get(key);
    if (answer) return answer;
  }
  return undefined;
}
