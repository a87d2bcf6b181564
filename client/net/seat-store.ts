import { z } from 'zod';
import type { JoinedGame } from '../../shared/protocol/socket.ts';
import { RoleIdSchema } from '../../shared/roles.ts';

/**
 * Seats this browser holds, one localStorage key per game, so a refresh (or a reconnect) returns the
 * player to the same seat. What is read back is checked: storage is untrusted, like every input.
 */
const StoredSeatSchema = z.object({
  gameId: z.string().min(1).max(64),
  /** Null for a class session's table, which no code invites people to. */
  code: z.string().min(1).max(16).nullable(),
  role: RoleIdSchema.nullable(),
  token: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/),
  isHost: z.boolean(),
});

export interface SeatStore {
  load(gameId: string): JoinedGame | null;
  save(seat: JoinedGame): void;
  forget(gameId: string): void;
}

export const seatKey = (gameId: string) => `leverage.seat.${gameId}`;

export function createSeatStore(storage: Storage): SeatStore {
  return {
    load(gameId) {
      try {
        const raw = storage.getItem(seatKey(gameId));
        if (!raw) return null;
        const parsed = StoredSeatSchema.safeParse(JSON.parse(raw));
        return parsed.success && parsed.data.gameId === gameId ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(seat) {
      try {
        storage.setItem(seatKey(seat.gameId), JSON.stringify(seat));
      } catch {
        // Storage full or disabled: the seat still works until the page is closed.
      }
    },
    forget(gameId) {
      try {
        storage.removeItem(seatKey(gameId));
      } catch {
        // Nothing to forget.
      }
    },
  };
}
