import type { PatchOp } from '../../shared/protocol/patch.ts';
import type { GameSnapshotMessage, GameUpdateMessage } from '../../shared/protocol/socket.ts';
import { applyUpdate, fromSnapshot, type HeldGame } from '../../shared/protocol/sync.ts';
import type { RoleId } from '../../shared/roles.ts';
import type { Received } from './harness.ts';

/** Keys that carry Tokyo's actual Treasury position: only Tokyo's own messages may have them. */
const TOKYO_ONLY_KEYS = new Set(['holdings', 'tokyoHoldingsBn', 'holdingsValueBn']);
/** Keys no client should ever receive. */
const NEVER_SENT_KEYS = new Set([
  'internals',
  'tokenDigest',
  'answers',
  'answerOrder',
  'rngState',
  'books',
  'standingMoves',
  'config',
]);
/** A seat's own sheets: only ever under its own `you`. */
const OWN_SEAT_KEYS = new Set(['standingMove', 'submittedMove', 'book', 'confidentialObjectives']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields that say whose a part of a view is: copied into a patch's outline from the view it made. */
const IDENTITY_KEYS = ['id', 'role', 'members', 'signatories', 'phase'] as const;

function identityOf(source: unknown): Record<string, unknown> {
  const outline: Record<string, unknown> = {};
  if (isRecord(source)) for (const key of IDENTITY_KEYS) if (key in source) outline[key] = source[key];
  return outline;
}

/**
 * A patch laid out as the part of a view it writes (`{ you: { book: … } }` for a set at `you.book`), each
 * part it passes through named by the identity of what it is in the view the patch made (whose seat,
 * which channel's members): so the checks by key below read a patch as they read a whole view.
 */
function outlineOf(patch: readonly PatchOp[], made: unknown): Record<string, unknown> {
  const root = identityOf(made);
  for (const op of patch) {
    let node: Record<string, unknown> = root;
    let source: unknown = made;
    op.path.forEach((key, depth) => {
      source =
        isRecord(source) || Array.isArray(source) ? (source as Record<string, unknown>)[key] : undefined;
      if (depth === op.path.length - 1) {
        if (op.op === 'set') node[key] = op.value;
        else if (op.op === 'splice') node[key] = op.items;
        return;
      }
      const next = isRecord(node[key]) ? (node[key] as Record<string, unknown>) : identityOf(source);
      node[key] = next;
      node = next;
    });
  }
  return root;
}

/**
 * Each received payload as the checks read it: an update's patch laid out as the view it writes
 * (`outlineOf`), following the view the socket holds with the client's own code (shared/protocol/sync.ts).
 */
function readablePayloads(received: readonly Received[]): unknown[] {
  let held: HeldGame | null = null;
  return received.map((entry) => {
    const payload = entry.payload;
    if (!isRecord(payload)) return payload;
    if (entry.event === 'game:snapshot' && isRecord(payload.view) && Array.isArray(payload.view.marketPath))
      held = fromSnapshot(payload as unknown as GameSnapshotMessage);
    if (entry.event !== 'game:update' || !Array.isArray(payload.patch)) return payload;
    const outcome = held ? applyUpdate(held, payload as unknown as GameUpdateMessage) : null;
    if (outcome?.kind === 'applied') held = outcome.game;
    const { patch, ...rest } = payload;
    const made = outcome?.kind === 'applied' ? outcome.game.view : null;
    return { ...rest, view: outlineOf(patch as PatchOp[], made) };
  });
}

/**
 * Everything a socket received that its seat may not see: another seat's `you`, a private channel or a
 * proposal it is not party to, another person's token, or Tokyo's holdings. `role` null is the host.
 */
export function leaksIn(
  received: readonly Received[],
  seat: RoleId | null | readonly RoleId[],
  otherTokens: readonly string[],
): string[] {
  // A person who moved seats in the lobby legitimately saw each seat it held.
  const held: readonly (RoleId | null)[] = Array.isArray(seat) ? seat : [seat as RoleId | null];
  const mine = (value: unknown) => held.includes(value as RoleId);
  const found: string[] = [];
  let ended = false;
  const visit = (value: unknown, path: string, event: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`, event);
      });
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const at = `${event} ${path}.${key}`;
      if (NEVER_SENT_KEYS.has(key)) found.push(`${at}: never sent`);
      if (TOKYO_ONLY_KEYS.has(key) && !mine('tokyo')) found.push(`${at}: Tokyo's holdings`);
      if (key === 'confidentialObjectives' && !path.endsWith('.you.brief'))
        found.push(`${at}: objectives outside own seat`);
      else if (OWN_SEAT_KEYS.has(key) && key !== 'confidentialObjectives' && !path.endsWith('.you'))
        found.push(`${at}: a seat's own ${key} outside its view`);
      if (key === 'you' && child !== null && (!isRecord(child) || !mine(child.role))) {
        found.push(`${at}: another seat's view (${isRecord(child) ? String(child.role) : typeof child})`);
      }
      // A list as a snapshot carries it, or laid out from a patch (`outlineOf`): whole, or by index.
      const list = Array.isArray(child)
        ? child
        : isRecord(child) && Array.isArray(child.items)
          ? child.items
          : key === 'proposals' && isRecord(child)
            ? Object.values(child)
            : null;
      // A patch's outline names the channels it writes to by their place in the list.
      const channels = Array.isArray(child) ? child : isRecord(child) ? Object.values(child) : [];
      if (key === 'channels') {
        for (const channel of channels) {
          if (!isRecord(channel) || !Array.isArray(channel.members) || !channel.members.some(mine)) {
            found.push(`${at}: channel ${isRecord(channel) ? String(channel.id) : '?'} not its own`);
          }
        }
      }
      // An ended game's view shows every proposal, for the debrief.
      // The view holding the list says which phase it is from; an update's history, its message's view.
      const listEnded = 'phase' in value ? value.phase === 'ended' : ended;
      if (key === 'proposals' && list && !listEnded) {
        for (const proposal of list) {
          if (
            !isRecord(proposal) ||
            !Array.isArray(proposal.signatories) ||
            !proposal.signatories.some(mine)
          ) {
            found.push(
              `${at}: proposal ${isRecord(proposal) ? String(proposal.id) : '?'} it is not party to`,
            );
          }
        }
      }
      visit(child, `${path}.${key}`, event);
    }
  };
  const payloads = readablePayloads(received);
  for (const [index, entry] of received.entries()) {
    const payload = payloads[index];
    const view = isRecord(payload) && isRecord(payload.view) ? payload.view : null;
    ended = view?.phase === 'ended';
    visit(payload, '', entry.event);
    const text = JSON.stringify(entry.payload) ?? '';
    for (const token of otherTokens)
      if (text.includes(token)) found.push(`${entry.event}: another person's token`);
  }
  return found;
}

/** One stretch of a socket's traffic spent in one game, with every seat it held there. */
export interface TrafficSegment {
  gameId: string | null;
  held: readonly (RoleId | null)[];
  received: readonly Received[];
}

/** Secrets known to the test, to look for by value as well as by key. */
export interface KnownSecrets {
  /** Every token handed out, and the id of the client it was handed to. */
  tokenOwners: ReadonlyMap<string, string>;
  /** Each role's confidential objectives, in every language. */
  objectives: Readonly<Record<RoleId, readonly string[]>>;
  /** Private messages sent, each with a text found nowhere else, and its channel's members. */
  privateNotes: readonly { gameId: string; members: readonly RoleId[]; text: string }[];
  /** Keys that appear only in a seat's own book (never in the public view). */
  bookKeys: ReadonlySet<string>;
}

const TOKEN_ANSWERS = new Set(['ack:game:create', 'ack:game:join', 'ack:seat:resume']);

/** Splits a socket's traffic where it entered another game (its snapshot names the game). */
export function segmentsOf(received: readonly Received[]): TrafficSegment[] {
  const segments: { gameId: string | null; held: Set<RoleId | null>; received: Received[] }[] = [
    { gameId: null, held: new Set(), received: [] },
  ];
  for (const entry of received) {
    let current = segments.at(-1)!;
    if (entry.event === 'game:snapshot' && isRecord(entry.payload) && isRecord(entry.payload.view)) {
      const view = entry.payload.view;
      if (view.gameId !== current.gameId) {
        current = { gameId: String(view.gameId), held: new Set(), received: [] };
        segments.push(current);
      }
      current.held.add(isRecord(view.you) ? (view.you.role as RoleId) : null);
    }
    current.received.push(entry);
  }
  return segments.map((segment) => ({ ...segment, held: [...segment.held] }));
}

/**
 * Everything one client received that it may not see, by key (leaksIn, per game) and by value: a token
 * anywhere but its own create/join/resume answers, another role's confidential objectives, a private
 * message of a channel it is not in (or of another game), and book figures outside its own book.
 */
export function secretsLeaked(
  clientId: string,
  received: readonly Received[],
  secrets: KnownSecrets,
): string[] {
  const found: string[] = [];
  const allTokens = [...secrets.tokenOwners.keys()];
  for (const segment of segmentsOf(received)) {
    const held = segment.held;
    const mine = (role: RoleId) => held.includes(role);
    const othersTokens = allTokens.filter((token) => secrets.tokenOwners.get(token) !== clientId);
    found.push(...leaksIn(segment.received, held as RoleId[], othersTokens));
    const hiddenObjectives = (Object.keys(secrets.objectives) as RoleId[])
      .filter((role) => !mine(role))
      .flatMap((role) =>
        secrets.objectives[role].map((text) => ({ role, text: JSON.stringify(text).slice(1, -1) })),
      );
    const hiddenNotes = secrets.privateNotes.filter(
      (note) => note.gameId !== segment.gameId || !note.members.some(mine),
    );
    const payloads = readablePayloads(segment.received);
    for (const [index, entry] of segment.received.entries()) {
      const text = JSON.stringify(entry.payload) ?? '';
      if (!TOKEN_ANSWERS.has(entry.event)) {
        for (const token of allTokens)
          if (text.includes(token)) found.push(`${entry.event}: a token outside its answer`);
      }
      for (const { role, text: objective } of hiddenObjectives)
        if (text.includes(objective)) found.push(`${entry.event}: ${role}'s confidential objectives`);
      for (const note of hiddenNotes)
        if (text.includes(note.text)) found.push(`${entry.event}: private message "${note.text}"`);
      visitKeys(payloads[index], '', (key, path) => {
        // Tokyo's holdings carry its own gain or loss; who may see `holdings` at all is checked above.
        const ownBook = path.includes('.you.book') || path.includes('.holdings');
        if (secrets.bookKeys.has(key) && !ownBook)
          found.push(`${entry.event} ${path}.${key}: a book figure outside the seat's own book`);
      });
    }
  }
  return found;
}

function visitKeys(value: unknown, path: string, onKey: (key: string, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      visitKeys(item, `${path}[${index}]`, onKey);
    });
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    onKey(key, path);
    visitKeys(child, `${path}.${key}`, onKey);
  }
}
