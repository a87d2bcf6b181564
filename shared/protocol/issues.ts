/**
 * Longest message an INVALID_COMMAND answer carries: zod names every unrecognized key and every option of
 * a discriminated union, and a hostile payload (a binary buffer's bytes, thousands of keys) would
 * otherwise be echoed back whole. The protocol promises at most this many characters.
 */
export const MAX_INVALID_MESSAGE = 200;

/** A schema failure as one readable sentence naming the field (`subject` when it is the whole payload). */
export function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  subject = 'request',
): string {
  const first = issues[0];
  if (!first) return `Malformed ${subject}.`;
  const where = first.path.length > 0 ? first.path.map(String).join('.') : subject;
  const sentence = `${where}: ${first.message}`;
  return sentence.length > MAX_INVALID_MESSAGE ? `${sentence.slice(0, MAX_INVALID_MESSAGE - 1)}…` : sentence;
}
