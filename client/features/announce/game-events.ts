import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { Phase, PrivateMessageRecord } from '../../../shared/game/state.ts';
import type { Headline } from '../../../shared/market/types.ts';
import type { PhraseKey, PhraseParams } from '../../../shared/protocol/phrases.ts';
import { isTeamChannel } from '../../../shared/protocol/statements.ts';
import type { Intent, TalkWords } from '../../../shared/protocol/talk.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { standingsOf } from '../scores/standings.ts';

/**
 * What happened between two views that a person should hear, each with a key of its own (`once`) so that
 * the same event seen again (a resync, a second render) is announced once. `essential` events are the
 * person's turn and results; the rest (`detail`) only for those who chose to hear everything.
 */
export type GameEvent = { once: string } & (
  | { kind: 'phase'; phase: Exclude<Phase, 'lobby' | 'ended'>; round: number; rounds: number }
  | { kind: 'report'; round: number; score: number | null; change: number | null }
  | { kind: 'end'; rank: number | null; of: number; score: number | null }
  | { kind: 'proposalForYou'; proposalId: string; from: RoleId }
  | {
      kind: 'message';
      from: RoleId;
      text: string;
      words?: TalkWords;
      intent?: Intent;
      /** The message of the conversation it answers, said with it once (the log shows it as a label). */
      answering?: PrivateMessageRecord;
    }
  /** A teammate's message in the team's own chat, said with who wrote it. */
  | { kind: 'teamMessage'; author: string; text: string }
  | { kind: 'statement'; from: RoleId; text: string; phrase?: PhraseKey; params?: PhraseParams }
  | { kind: 'news'; headline: Headline }
  /** Who plays a seat of people changed (takeover.ts): warned, a bot playing, or its people again. */
  | {
      kind: 'seatControl';
      role: RoleId;
      status: 'warned' | 'bot' | 'back';
      takeoverAt: number | null;
      yours: boolean;
    }
);

export const DETAIL_EVENTS: ReadonlySet<GameEvent['kind']> = new Set(['statement', 'news']);

/** Heard by those who chose "all": another seat's takeover is the table's news, one's own is essential. */
export function isDetail(event: GameEvent): boolean {
  return DETAIL_EVENTS.has(event.kind) || (event.kind === 'seatControl' && !event.yours);
}

function newOnes<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const seen = new Set(before.map((item) => item.id));
  return after.filter((item) => !seen.has(item.id));
}

/**
 * The events between the view held before and the one held now. The first view of a game has no events:
 * what is already on screen when a person arrives is read from the screen, not announced. `personId` is
 * who this browser is in the roster: in a team's chat every message is from the seat, so its writer tells
 * a teammate's message from one's own.
 */
export function gameEventsBetween(
  before: PlayerView | null,
  after: PlayerView,
  personId: string | null = null,
): GameEvent[] {
  if (!before || before.gameId !== after.gameId) return [];
  const me = after.you?.role ?? null;
  const events: GameEvent[] = [];

  const newReports = newOnes(
    before.reports.map((report) => ({ ...report, id: String(report.round) })),
    after.reports.map((report) => ({ ...report, id: String(report.round) })),
  );
  for (const report of newReports) {
    // A report may not show a seat's own score to others yet, but the seat always knows its own.
    const latest = report.round === Math.max(...after.reports.map((other) => other.round));
    const score =
      (me ? report.scores[me] : null) ?? (latest && after.you ? Math.round(after.you.score.total) : null);
    const previous = me ? after.reports.find((other) => other.round === report.round - 1)?.scores[me] : null;
    events.push({
      once: `report:${report.round}`,
      kind: 'report',
      round: report.round,
      score,
      change: score !== null && previous !== undefined && previous !== null ? score - previous : null,
    });
  }

  // After the report that closed the round: the phase it led to (or the end).
  if (after.phase !== before.phase || after.round !== before.round) {
    if (after.phase === 'ended') {
      const standing = me ? standingsOf(after.seats).find((entry) => entry.role === me) : undefined;
      events.push({
        once: 'end',
        kind: 'end',
        rank: standing?.rank ?? null,
        of: standingsOf(after.seats).length,
        score: after.you ? Math.round(after.you.score.total) : null,
      });
    } else if (after.phase !== 'lobby') {
      events.push({
        once: `phase:${after.round}:${after.phase}`,
        kind: 'phase',
        phase: after.phase,
        round: after.round,
        rounds: after.rounds,
      });
    }
  }

  for (const role of ROLE_IDS) {
    const was = before.seats[role].control;
    const now = after.seats[role].control;
    if (was?.status === now?.status) continue;
    const status = now ? now.status : 'back';
    events.push({
      once: `seatControl:${role}:${status}:${now?.since ?? after.seq}`,
      kind: 'seatControl',
      role,
      status,
      takeoverAt: now?.status === 'warned' ? now.takeoverAt : null,
      yours: role === me,
    });
  }

  if (me) {
    for (const proposal of newOnes(before.proposals, after.proposals)) {
      if (proposal.status !== 'open' || proposal.proposer === me) continue;
      if (!proposal.signatories.includes(me) || proposal.signedBy.includes(me)) continue;
      events.push({
        once: `proposal:${proposal.id}`,
        kind: 'proposalForYou',
        proposalId: proposal.id,
        from: proposal.proposer,
      });
    }
  }

  // Private messages from others, in every conversation: the log itself is not a live region.
  const earlierMessages = before.channels.flatMap((channel) => channel.messages);
  for (const channel of after.channels) {
    const team = isTeamChannel(channel);
    for (const message of newOnes(earlierMessages, channel.messages)) {
      // A team message without its writer's id (kept from an older build) is taken as one's own, as before.
      const own = team && message.authorId ? message.authorId === personId : message.from === me;
      if (own) continue;
      if (team) {
        events.push({
          once: `message:${message.id}`,
          kind: 'teamMessage',
          author: message.author ?? '',
          text: message.text,
        });
        continue;
      }
      const answering = message.inReplyTo
        ? channel.messages.find((earlier) => earlier.id === message.inReplyTo)
        : undefined;
      events.push({
        once: `message:${message.id}`,
        kind: 'message',
        from: message.from,
        text: message.text,
        ...(message.words ? { words: message.words } : {}),
        ...(message.intent ? { intent: message.intent } : {}),
        ...(answering ? { answering } : {}),
      });
    }
  }

  const newStatements = newOnes(before.statements, after.statements);
  for (const statement of newStatements) {
    if (statement.from === me) continue;
    events.push({
      once: `statement:${statement.id}`,
      kind: 'statement',
      from: statement.from,
      text: statement.text,
      ...(statement.phrase ? { phrase: statement.phrase } : {}),
      ...(statement.params ? { params: statement.params } : {}),
    });
  }

  // A headline written at the very moment of a statement or a round's resolution is that event's echo
  // (the market's reading of a signal, the report's own headlines): the event itself is announced.
  const echoes = new Set([...newStatements.map((item) => item.at), ...newReports.map((item) => item.at)]);
  for (const item of newOnes(before.news, after.news)) {
    if (echoes.has(item.at)) continue;
    events.push({ once: `news:${item.id}`, kind: 'news', headline: item.headline });
  }
  return events;
}
