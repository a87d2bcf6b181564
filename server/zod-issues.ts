import type { z } from 'zod';
import { refuse } from '../shared/protocol/errors.ts';
import { describeIssues } from '../shared/protocol/issues.ts';

/** A schema failure as one readable sentence naming the field, under INVALID_COMMAND. */
export function invalid(error: z.ZodError): ReturnType<typeof refuse> {
  return refuse('INVALID_COMMAND', describeIssues(error.issues));
}
