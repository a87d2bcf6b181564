import type { ErrorCode } from '../shared/protocol/errors.ts';
import { tokenMatches } from './tokens.ts';

/** Why a request for a game's records is refused, as an HTTP status and the protocol's error shape. */
export type ExportRefusal = {
  status: 401 | 403;
  code: Extract<ErrorCode, 'UNAUTHORIZED' | 'FORBIDDEN'>;
  message: string;
};

/** A request with no token: 401, before anything is looked up. */
export const MISSING_TOKEN: ExportRefusal = {
  status: 401,
  code: 'UNAUTHORIZED',
  message: 'Send the host token as "Authorization: Bearer <token>".',
};

/** A token that is not the class session's facilitator's: 403 (its export is theirs alone). */
export const NOT_THE_FACILITATOR: ExportRefusal = {
  status: 403,
  code: 'FORBIDDEN',
  message: "That token is not this class session's facilitator token.",
};

/** The token in an `Authorization: Bearer <token>` header, or null without one. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Who may read a game's whole record (the export, the debrief): whoever holds one of `keyholders`'
 * tokens, given as digests. Today that is the game's host; the session layer adds its facilitator's
 * digest to the list. A player's token is never among them, even the host's teammates'. No token: 401;
 * a token that is not a keyholder's: 403. Every digest is compared, so the time taken says nothing of
 * which (if any) matched.
 */
export function exportRefusal(token: string | null, keyholders: readonly Buffer[]): ExportRefusal | null {
  if (token === null) return MISSING_TOKEN;
  let allowed = false;
  for (const digest of keyholders) if (tokenMatches(digest, token)) allowed = true;
  return allowed
    ? null
    : { status: 403, code: 'FORBIDDEN', message: "That token does not open this game's records." };
}
