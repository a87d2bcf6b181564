import type { TFunction } from 'i18next';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { Roster } from '../../../shared/protocol/socket.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';

export interface Standing {
  role: RoleId;
  score: number;
  /** Competition ranking: equal scores share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/**
 * Roles from the highest score down. Scores are compared as shown (whole numbers), so two seats that
 * both read 37 are tied, not split by a decimal nobody can see; a tie keeps the usual role order.
 */
export function standingsOf(seats: PlayerView['seats']): Standing[] {
  const ordered = [...ROLE_IDS].sort((a, b) => seats[b].score - seats[a].score);
  return ordered.map((role) => ({
    role,
    score: seats[role].score,
    rank: 1 + ordered.filter((other) => seats[other].score > seats[role].score).length,
  }));
}

/**
 * Who plays a seat, as people know them: the names they joined with, else "Bot" or "Player". The
 * roster is the lobby's list of people; the view alone only knows whether a seat is a bot.
 */
export function playedBy(
  t: TFunction,
  role: RoleId,
  seats: PlayerView['seats'],
  roster: Roster | null,
): string {
  const names = roster?.seats.find((seat) => seat.role === role)?.people.map((person) => person.name) ?? [];
  if (seats[role].kind === 'human' && names.length > 0) return names.join(', ');
  return t(`scores.kind.${seats[role].kind}`);
}
