import type { TFunction } from 'i18next';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { SeatControl } from '../../../shared/game/takeover.ts';
import { DEFAULT_HOST_NAME } from '../../../shared/protocol/fields.ts';
import type { Roster } from '../../../shared/protocol/socket.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import type { Formatters } from '../../i18n/format.ts';

export type Standing =
  /** Competition ranking: equal scores share a rank and the next rank skips (1, 2, 2, 4). */
  | { role: RoleId; score: number; rank: number }
  /** A hidden score is not ranked: a rank would give away where it stands. */
  | { role: RoleId; score: null; rank: null };

/** A seat's own score as it sees it: always shown to it, whatever others see of it. */
export interface OwnStanding {
  role: RoleId;
  score: number;
}

/** The reader's own score for the standings, whole as shown, or null for a view without a seat. */
export function ownStanding(you: PlayerView['you']): OwnStanding | null {
  return you ? { role: you.role, score: Math.round(you.score.total) } : null;
}

/**
 * Roles from the highest score shown down, then those whose score is hidden (in the usual role order).
 * Scores are compared as shown (whole numbers), so two seats that both read 37 are tied, not split by a
 * decimal nobody can see; a tie keeps the usual role order. The reader's own row is ranked by its own
 * score, the one it is shown, not by the public figure others see of it.
 */
export function standingsOf(seats: PlayerView['seats'], own: OwnStanding | null = null): Standing[] {
  const shown: { role: RoleId; score: number }[] = [];
  const hidden: Standing[] = [];
  for (const role of ROLE_IDS) {
    const score = role === own?.role ? own.score : seats[role].score;
    if (score === null) hidden.push({ role, score: null, rank: null });
    else shown.push({ role, score });
  }
  shown.sort((a, b) => b.score - a.score);
  const ranked: Standing[] = shown.map(({ role, score }) => ({
    role,
    score,
    rank: 1 + shown.filter((other) => other.score > score).length,
  }));
  return [...ranked, ...hidden];
}

/** Whether any standing is hidden, so that the ranks must say they cover only the scores shown. */
export function someScoreHidden(seats: PlayerView['seats'], own: OwnStanding | null = null): boolean {
  return ROLE_IDS.some((role) => role !== own?.role && seats[role].score === null);
}

/** A person as a screen names them: the name they joined with, the host's default one in the reader's language. */
export function personName(t: TFunction, person: { name: string; isHost: boolean }): string {
  return person.isHost && person.name === DEFAULT_HOST_NAME ? t('scores.hostName') : person.name;
}

/**
 * Who plays a seat, as people know them: the names they joined with, else "Bot" or "Player", and a
 * bot playing for them while they are away (with `format.time`, when a warned seat's bot will step in).
 * The roster is the lobby's list of people; the view alone only knows whether a seat is a bot. `yours`:
 * the reader's own seat at a table of one, which is simply "You".
 */
export function playedBy(
  t: TFunction,
  role: RoleId,
  seats: PlayerView['seats'],
  roster: Roster | null,
  format: Pick<Formatters, 'list'> & Partial<Pick<Formatters, 'time'>>,
  yours = false,
): string {
  const names =
    roster?.seats.find((seat) => seat.role === role)?.people.map((person) => personName(t, person)) ?? [];
  const people = names.length > 0 ? format.list(names) : t('scores.kind.human');
  const takenOver = takeoverText(t, seats[role].control, people, format.time);
  if (takenOver) return takenOver;
  if (yours) return t('lobby.you');
  if (seats[role].kind === 'human' && names.length > 0) return people;
  return t(`scores.kind.${seats[role].kind}`);
}

/**
 * Everyone sees who plays a seat of people taken over, and when a warned one will be (takeover.ts): the
 * table's standings and the facilitator's console alike. Null while its people play it (or, without
 * `time`, while it is only warned).
 */
export function takeoverText(
  t: TFunction,
  control: SeatControl | null,
  names: string,
  time?: (ms: number) => string,
): string | null {
  if (control?.status === 'bot') return t('takeover.botFor', { names });
  if (control?.status === 'warned' && time)
    return t('takeover.warnedFor', { names, time: time(control.takeoverAt) });
  return null;
}
