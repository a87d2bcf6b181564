import type { z } from 'zod';
import { refuse } from '../shared/protocol/errors.ts';

/**
 * Longest message an answer carries: zod names every unrecognized key, and a hostile payload (a binary
 * buffer's bytes, thousands of keys) would otherwise be echoed back whole.
 */
export const MAX_INVALID_MESSAGE = 200;

/** A schema failure as one readable sentence naming the field, under INVALID_COMMAND. */
export function invalid(error: z.ZodError): ReturnType<typeof refuse> {
  const first = error.issues[0];
  if (!first) return refuse('INVALID_COMMAND', 'Malformed request.');
  const where = first.path.length > 0 ? first.path.map(String).join('.') : 'request';
  const sentence = `${where}: ${first.message}`;
  return refuse(
    'INVALID_COMMAND',
    sentence.length > MAX_INVALID_MESSAGE ? `${sentence.slice(0, MAX_INVALID_MESSAGE - 1)}…` : sentence,
  );
}
