import type { PlayerView } from '../game/player-view.ts';
import type { Channel } from '../game/state.ts';

/**
 * A view's record of what was said and done grows all game long; sending it whole in every update made
 * each update as big as the game so far. A snapshot carries it whole, once; an update carries, for each
 * list, only what changed since the view the recipient holds, and the recipient splices it in.
 */

/** The lists of a view that an update carries as changes (channels have their own shape, below). */
export const HISTORY_LISTS = [
  'statements',
  'news',
  'reports',
  'proposals',
  'deals',
  'breaches',
  'botReasons',
  'shocksFired',
] as const;
export type HistoryList = (typeof HISTORY_LISTS)[number];

/** Keep the held list's first `from` items, then append `items`. */
export interface ListChange<T> {
  from: number;
  items: T[];
}

/** One private channel whose messages changed: keep its first `from` messages, then append `messages`. */
export interface ChannelChange {
  id: string;
  members: Channel['members'];
  from: number;
  messages: Channel['messages'];
}

export type HistoryChanges = { [K in HistoryList]?: ListChange<PlayerView[K][number]> } & {
  channels?: ChannelChange[];
};

/** A view without its history: what an update carries whole. */
export type ViewWithoutHistory = Omit<PlayerView, 'marketPath' | 'channels' | HistoryList>;

/**
 * Where two versions of a list part: the length of their common prefix. Game states are never changed in
 * place, so an entry that did not change is the very same object in both; comparing identities finds
 * the appended tail (or a changed entry, such as a proposal being signed) without looking inside.
 */
function commonPrefix<T>(before: readonly T[], after: readonly T[]): number {
  const shorter = Math.min(before.length, after.length);
  let index = 0;
  while (index < shorter && before[index] === after[index]) index++;
  return index;
}

function listChange<T>(before: readonly T[], after: readonly T[]): ListChange<T> | null {
  const from = commonPrefix(before, after);
  if (from === after.length && from === before.length) return null;
  return { from, items: after.slice(from) };
}

function channelChanges(before: readonly Channel[], after: readonly Channel[]): ChannelChange[] {
  const held = new Map(before.map((channel) => [channel.id, channel]));
  const changes: ChannelChange[] = [];
  for (const channel of after) {
    const previous = held.get(channel.id);
    if (previous === channel) continue;
    const from = previous ? commonPrefix(previous.messages, channel.messages) : 0;
    changes.push({ id: channel.id, members: channel.members, from, messages: channel.messages.slice(from) });
  }
  return changes;
}

/** What `after` adds to or changes in `before`, the view the recipient holds (both for the same seat). */
export function historyChanges(before: PlayerView, after: PlayerView): HistoryChanges {
  const changes: Record<string, unknown> = {};
  for (const key of HISTORY_LISTS) {
    const change = listChange<unknown>(before[key], after[key]);
    if (change) changes[key] = change;
  }
  const channels = channelChanges(before.channels, after.channels);
  if (channels.length > 0) changes.channels = channels;
  return changes as unknown as HistoryChanges;
}

/** A view's own part, without its history and market path, as an update carries it. */
export function withoutHistory(view: PlayerView): ViewWithoutHistory {
  const {
    marketPath: _path,
    channels: _channels,
    statements: _statements,
    news: _news,
    reports: _reports,
    proposals: _proposals,
    deals: _deals,
    breaches: _breaches,
    botReasons: _botReasons,
    shocksFired: _shocksFired,
    ...rest
  } = view;
  return rest;
}

type History = Pick<PlayerView, HistoryList | 'channels'>;

function spliced<T>(held: T[], change: ListChange<T> | undefined): T[] | null {
  // Unchanged lists stay the same arrays, so what renders from them need not render again.
  if (!change) return held;
  // The change starts past what is held: something was missed.
  if (change.from > held.length) return null;
  return [...held.slice(0, change.from), ...change.items];
}

function splicedChannels(held: Channel[], changes: readonly ChannelChange[] = []): Channel[] | null {
  if (changes.length === 0) return held;
  const channels = held.slice();
  for (const change of changes) {
    const index = channels.findIndex((channel) => channel.id === change.id);
    const messages = spliced(index < 0 ? [] : channels[index]!.messages, {
      from: change.from,
      items: change.messages,
    });
    if (!messages) return null;
    const channel: Channel = { id: change.id, members: change.members, messages };
    if (index < 0) channels.push(channel);
    else channels[index] = channel;
  }
  return channels;
}

/** The held history with an update's changes spliced in, or null when they do not fit what is held (resync). */
export function applyHistory(held: History, changes: HistoryChanges): History | null {
  const channels = splicedChannels(held.channels, changes.channels);
  if (!channels) return null;
  const next: Record<string, unknown> = { channels };
  for (const key of HISTORY_LISTS) {
    const list = spliced<unknown>(held[key], changes[key]);
    if (!list) return null;
    next[key] = list;
  }
  return next as unknown as History;
}
