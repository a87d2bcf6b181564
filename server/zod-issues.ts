import type { z } from 'zod';
import { refuse } from '../shared/protocol/errors.ts';

/** A schema failure as one readable sentence naming the field, under INVALID_COMMAND. */
export function invalid(error: z.ZodError): ReturnType<typeof refuse> {
  const first = error.issues[0];
  if (!first) return refuse('INVALID_COMMAND', 'Malformed request.');
  const where = first.path.length > 0 ? first.path.map(String).join('.') : 'request';
  return refuse('INVALID_COMMAND', `${where}: ${first.message}`);
}
