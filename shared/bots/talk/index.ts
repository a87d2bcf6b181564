import type { BotContext } from '../context.ts';
import type { BotAction } from '../types.ts';
import { openings } from './initiative.ts';
import { replies } from './reply.ts';

export { openings } from './initiative.ts';
export { replies } from './reply.ts';

/** What a bot says in private now, when it proposes nothing: an answer to every message put to it, then any talks it opens. */
export function talkActions(context: BotContext): BotAction[] {
  return [...replies(context), ...openings(context, null)];
}
