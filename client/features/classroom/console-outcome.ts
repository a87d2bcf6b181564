import type { TableOutcome } from '../../../shared/protocol/classroom.ts';
import { ERROR_CODES, type ErrorCode } from '../../../shared/protocol/errors.ts';
import type { LooseText } from '../../i18n/team-text.ts';

/**
 * What the console says after a command to tables: how many did it, and for the tables that refused, the
 * game's own reason, grouped by refusal code. The words for a code are the ones a player sees for it
 * (`errors.*`), so a grant pressed twice reads "the request was answered", not "wrong phase". Read by key
 * (`LooseText`): some codes' words live outside the typed tree (NOT_CAPTAIN in team-en.ts).
 */
export function consoleOutcomeText(t: LooseText, outcomes: readonly TableOutcome[]): string {
  const done = outcomes.filter((outcome) => outcome.ok).length;
  const refusedBy = new Map<ErrorCode, number>();
  for (const outcome of outcomes) {
    if (outcome.ok) continue;
    const code = codeOf(outcome.code);
    refusedBy.set(code, (refusedBy.get(code) ?? 0) + 1);
  }
  const parts = [...refusedBy].map(([code, count]) =>
    t('classroom.console.refused', { count, reason: t(`errors.${code}`) }),
  );
  if (done > 0 || parts.length === 0) parts.unshift(t('classroom.console.done', { count: done }));
  return parts.join(' ');
}

/** A refusal with no code, or one this page does not know, is a fault of ours, said as such. */
function codeOf(code: string | undefined): ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code ?? '') ? (code as ErrorCode) : 'INTERNAL';
}
