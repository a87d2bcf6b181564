import type { BotReason } from '../../../shared/game/state.ts';
import type { RoleId } from '../../../shared/roles.ts';

/** One reason a bot gave, with every round it gave it in. */
export interface ReasonOnce<Text> {
  role: RoleId;
  text: Text;
  rounds: number[];
}

/**
 * Each bot's reasons, each once: a bot that refuses the same deal in two rounds, or gives one reason twice
 * at the same moment, said one thing, not two, and the end screen lists it once with the rounds it applied
 * to. Two reasons are the same when the same role gives them in the same words (`key`: the text as shown).
 * In the order first given.
 */
export function reasonsOnce<Text>(
  reasons: readonly BotReason[],
  text: (reason: BotReason) => Text,
  key: (text: Text) => string,
): ReasonOnce<Text>[] {
  const byWords = new Map<string, ReasonOnce<Text>>();
  for (const reason of reasons) {
    const shown = text(reason);
    const id = `${reason.role}\n${key(shown)}`;
    const found = byWords.get(id);
    if (!found) byWords.set(id, { role: reason.role, text: shown, rounds: [reason.round] });
    else if (!found.rounds.includes(reason.round)) found.rounds.push(reason.round);
  }
  return [...byWords.values()];
}
