import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '../shared/protocol/socket.ts';

/** Where new names come from; injected so tests can make predictable ones. */
export interface Ids {
  gameId(): string;
  /** A seat or host token: 24 random bytes (192 bits), base64url, 32 characters. */
  token(): string;
  /** Six characters from the join-code alphabet; the registry makes sure it is unique among live games. */
  joinCode(): string;
}

export const JOIN_CODE_LENGTH = 6;

export const cryptoIds: Ids = {
  gameId: () => randomUUID(),
  token: () => randomBytes(24).toString('base64url'),
  joinCode: () => {
    let code = '';
    for (let i = 0; i < JOIN_CODE_LENGTH; i++)
      code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
    return code;
  },
};
