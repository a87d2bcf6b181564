import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { PhraseKey, PhraseParams } from '../../../shared/protocol/phrases.ts';
import { channelId, isTeamChannel } from '../../../shared/protocol/statements.ts';
import type { Intent, TalkWords } from '../../../shared/protocol/talk.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';

export const PUBLIC = 'public';

export interface ChatMessage {
  id: string;
  at: number;
  from: RoleId;
  text: string;
  signal?: string;
  /** A statement from the phrase book: shown in the reader's language instead of `text`. */
  phrase?: PhraseKey;
  /** The figures the phrase names. */
  params?: PhraseParams;
  /** The public statement this one answers. */
  replyTo?: string;
  /** A private message's meaning, its talk-book words (shown in the reader's language) and what it answers. */
  intent?: Intent;
  words?: TalkWords;
  inReplyTo?: string;
}

export interface Conversation {
  key: string;
  /** Everyone in it other than this seat (empty for the public channel). */
  others: RoleId[];
  messages: ChatMessage[];
}

/** The public channel, every private channel this seat is in, and any it has just opened. */
export function conversationsOf(
  view: PlayerView,
  me: RoleId | null,
  opened: readonly string[],
): Conversation[] {
  const list: Conversation[] = [
    {
      key: PUBLIC,
      others: [],
      messages: view.statements.map((statement) => ({
        id: statement.id,
        at: statement.at,
        from: statement.from,
        text: statement.text,
        signal: statement.signal,
        ...(statement.phrase ? { phrase: statement.phrase } : {}),
        ...(statement.params ? { params: statement.params } : {}),
        ...(statement.replyTo ? { replyTo: statement.replyTo } : {}),
      })),
    },
  ];
  const known = new Set<string>();
  for (const channel of view.channels) {
    // The team's own channel has its place in the team panel (features/team), not among conversations.
    if (isTeamChannel(channel)) continue;
    known.add(channel.id);
    list.push({
      key: channel.id,
      others: channel.members.filter((role) => role !== me),
      messages: channel.messages.map((message) => ({ ...message })),
    });
  }
  for (const key of opened) {
    if (known.has(key)) continue;
    const members = key
      .split('+')
      .filter((role): role is RoleId => (ROLE_IDS as readonly string[]).includes(role));
    list.push({ key, others: members.filter((role) => role !== me), messages: [] });
  }
  return list;
}

export function conversationKey(me: RoleId, to: readonly RoleId[]): string {
  return channelId([me, ...to]);
}

/** Messages from others beyond the number already seen. */
export function unreadCount(conversation: Conversation, me: RoleId | null, seen: number): number {
  return conversation.messages.slice(seen).filter((message) => message.from !== me).length;
}
