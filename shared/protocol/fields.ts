import { z } from 'zod';
import { wholeNumber } from './numbers.ts';

/** Fields that games and class sessions both take, stated once (socket.ts and classroom.ts import them). */

/** A seat token or host token: 32 url-safe characters, at least 128 bits of randomness. */
export const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, 'not a valid token');

/** Join codes: 6 characters from an alphabet with no look-alikes (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JoinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`), 'a join code is 6 letters and digits');

export const PlayerNameSchema = z.string().trim().min(1).max(40);

/**
 * The name a game's creator gets when they give none. It travels in the roster as any name does; a screen
 * shows it in its reader's language (a host who typed "Host" is shown the same way, which is harmless).
 */
export const DEFAULT_HOST_NAME = 'Host';

/** The most rounds a game may have. */
export const MAX_ROUNDS = 12;
export const RoundsSchema = wholeNumber(1, MAX_ROUNDS);

/**
 * The phase timers a game's creator (or a class session's facilitator) may choose; one left out keeps the
 * scenario's (or the preset's). At least ten times each default (WCAG 2.2.1), so a table that needs time
 * can be given it from the start.
 */
export const phaseTimerFields = {
  negotiateSeconds: wholeNumber(10, 1800).optional(),
  decideSeconds: wholeNumber(10, 600).optional(),
  newsSeconds: wholeNumber(3, 600).optional(),
  briefingSeconds: wholeNumber(5, 1800).optional(),
};
