import {
  type CommonView,
  commonViewOf,
  type OwnView,
  ownViewOf,
  type PlayerView,
  viewOfParts,
} from '../shared/game/player-view.ts';
import type { GameState } from '../shared/game/state.ts';
import type { PatchOp } from '../shared/protocol/patch.ts';
import type { GameSnapshotMessage, GameUpdateMessage, Roster } from '../shared/protocol/socket.ts';
import { commonPatch, ownPatch } from '../shared/protocol/view-patch.ts';
import { ROLE_IDS, type RoleId } from '../shared/roles.ts';
import type { LeverageServer } from './io-types.ts';
import { withText } from './wire.ts';

/** Rooms: one per game (roster), and one per view inside it (each seat's, and the public one for the host). */
export const gameRoom = (gameId: string) => gameId;
export const viewRoom = (gameId: string, role: RoleId | null) => `${gameId}:${role ?? 'host'}`;

/**
 * Each recipient's view of one state, built at most once however many sockets or bots read it. The public
 * record is built once and shared by every view of this state (and by what is sent of them). Given the
 * views of the state before (`viewCache(state, before)`), each part is that view's own wherever what it is
 * made from did not change (player-view.ts, `ViewBefore`); only the parts already built are kept, not the
 * views before those, so views never hold on to a chain of old states.
 */
export interface ViewCache {
  state: GameState;
  common(): CommonView;
  own(role: RoleId | null): OwnView;
  viewFor(role: RoleId | null): PlayerView;
}

/** What a reader of whole views (a bot) needs of the cache. */
export type SeatViews = Pick<ViewCache, 'state' | 'viewFor'>;

type Recipient = RoleId | 'host';
/** One slot per recipient, written out so every cache has the same shape (no map per change). */
type PerRecipient<T> = Record<Recipient, T | null>;
const perRecipient = <T>(): PerRecipient<T> => ({
  host: null,
  tokyo: null,
  whiteHouse: null,
  investors: null,
  usBusiness: null,
});

/** The parts a cache had built: what the next state's views may reuse. */
interface BuiltParts {
  game: GameState;
  common: CommonView | null;
  owns: PerRecipient<OwnView>;
}

class StateViews implements ViewCache {
  private commonView: CommonView | null = null;
  private readonly owns = perRecipient<OwnView>();
  private readonly views = perRecipient<PlayerView>();

  constructor(
    readonly state: GameState,
    private readonly before: BuiltParts | null,
  ) {}

  /** What the next state's views may reuse of these. */
  get built(): BuiltParts {
    return { game: this.state, common: this.commonView, owns: this.owns };
  }

  common(): CommonView {
    if (this.commonView === null) {
      const held = this.before?.common;
      this.commonView = commonViewOf(this.state, held ? { game: this.before!.game, view: held } : undefined);
    }
    return this.commonView;
  }

  own(role: RoleId | null): OwnView {
    const key = role ?? 'host';
    let own = this.owns[key];
    if (own === null) {
      const held = this.before?.owns[key];
      own = ownViewOf(this.state, role, held ? { game: this.before!.game, view: held } : undefined);
      this.owns[key] = own;
    }
    return own;
  }

  viewFor(role: RoleId | null): PlayerView {
    const key = role ?? 'host';
    let view = this.views[key];
    if (view === null) {
      view = viewOfParts(this.common(), this.own(role));
      this.views[key] = view;
    }
    return view;
  }
}

/** The views of `state`, reusing what they can of `before`'s (the views of an earlier state of the game). */
export function viewCache(state: GameState, before?: ViewCache): ViewCache {
  return new StateViews(state, before instanceof StateViews ? before.built : null);
}

/**
 * The view's counters, which every accepted change moves on. A room that missed some of their steps holds
 * an older `version`, and a command made against it is still good until the phase changes (rules.ts); a
 * phase change moves the phase or its deadline, so it reaches every room.
 */
interface Counters {
  seq: number;
  version: number;
}
const COUNTERS: ReadonlySet<string | number> = new Set(['seq', 'version']);
const movesOnlyCounters = (op: PatchOp) => op.path.length === 1 && COUNTERS.has(op.path[0]!);

/** The JSON text of a patch's operations without its brackets, to be joined with another's. */
const opsText = (ops: readonly PatchOp[]) => (ops.length === 0 ? '' : JSON.stringify(ops).slice(1, -1));

/**
 * One change's `game:update`s, one per distinct message: rooms whose message is the very same (the public
 * record's patch alone, following on from the same seq) share one emit, which Socket.IO encodes once and
 * keeps once for connection-state recovery instead of once per room; each socket still gets exactly one
 * message. A room with something of its own in the change gets a message of its own. The parts every
 * message shares (the public record's patch, the new points) are written as JSON once, and each message's
 * text is put together from them (server/wire.ts sends it as Socket.IO would have written it).
 */
class OutgoingUpdates {
  private readonly messages: { rooms: string[]; prevSeq: number; own: PatchOp[] }[] = [];
  /** The message of the rooms that get the public record's patch alone, by the seq they follow on from. */
  private readonly commonFrom = new Map<number, { rooms: string[] }>();

  constructor(
    private readonly gameId: string,
    private readonly seq: number,
    private readonly shared: PatchOp[],
    private readonly newPoints: GameUpdateMessage['newPoints'],
  ) {}

  common(room: string, prevSeq: number): void {
    const same = this.commonFrom.get(prevSeq);
    if (same) {
      same.rooms.push(room);
      return;
    }
    const message = { rooms: [room], prevSeq, own: [] };
    this.commonFrom.set(prevSeq, message);
    this.messages.push(message);
  }

  /** A room's own message: the shared patch, then `own` (its counters' catch-up, its own view's patch). */
  own(room: string, prevSeq: number, own: PatchOp[]): void {
    this.messages.push({ rooms: [room], prevSeq, own });
  }

  send(io: LeverageServer): void {
    const { gameId, seq, shared, newPoints } = this;
    const sharedText = opsText(shared);
    const head = `{"gameId":${JSON.stringify(gameId)},"seq":${seq},"prevSeq":`;
    const tail = `],"newPoints":${JSON.stringify(newPoints)}}`;
    for (const { rooms, prevSeq, own } of this.messages) {
      const patch = own.length === 0 ? shared : [...shared, ...own];
      const ownText = opsText(own);
      const patchText = sharedText && ownText ? `${sharedText},${ownText}` : sharedText || ownText;
      const message: GameUpdateMessage = { gameId, seq, prevSeq, patch, newPoints };
      io.to(rooms).emit('game:update', withText(message, `${head}${prevSeq},"patch":[${patchText}${tail}`));
    }
  }
}

/**
 * One game's outbound messages. Every message carries `seq` and `prevSeq` (the seq of the message sent
 * to the same view room before it), so a client that sees `prevSeq` differ from the last seq it holds
 * knows it missed something and asks for `game:sync`. Snapshots are built in the game's queue and carry
 * the room's last seq, so a newcomer's snapshot seq is exactly the `prevSeq` of the next update it receives.
 */
export class GameBroadcast {
  private lastSentSeq: number;
  /** The counters each view room holds, from the last message it got (absent: none since this began). */
  private readonly roomCounters = new Map<RoleId | 'host', Counters>();
  private readonly firstCounters: Counters;
  private lastSentVersion: number;
  private lastPathLength: number;
  /** The views of the state last sent: every recipient holds its own, and gets only the patch of it. */
  private lastSent: ViewCache;

  constructor(
    private readonly io: LeverageServer,
    private readonly gameId: string,
    state: GameState,
  ) {
    this.lastSentSeq = state.seq;
    this.firstCounters = { seq: state.seq, version: state.version };
    this.lastSentVersion = state.version;
    this.lastPathLength = state.marketPath.length;
    this.lastSent = viewCache(state);
  }

  /**
   * Sends every view room its own message for the change; seats nobody holds (bots) get none, and the
   * public view is built only while someone (a host without a seat) may be listening for it. A room whose
   * person is briefly disconnected still gets its message: connection-state recovery replays it.
   */
  publish(views: ViewCache, seatsWithPeople: readonly RoleId[], hostListening = true): void {
    const { state } = views;
    if (state.seq === this.lastSentSeq && state.version === this.lastSentVersion) return;
    const newPoints = state.marketPath.slice(this.lastPathLength);
    const recipients: (RoleId | null)[] = [
      ...(hostListening ? [null] : []),
      ...ROLE_IDS.filter((role) => seatsWithPeople.includes(role)),
    ];
    // What changed in the public record is worked out once, for every recipient; a market tick is a
    // change like any other (its patch is the market, the scores and the seat's own figures).
    // The market's figures travel once, in the newest new point (`marketWithPoints`).
    const shared =
      recipients.length > 0 ? commonPatch(this.lastSent.common(), views.common(), newPoints) : [];
    // A change a room cannot see (a private message between two others, a proposal it is no party to)
    // leaves its view as it was but for its counters: it gets no message, so it cannot even tell that
    // something happened elsewhere, and its next update sets the counters level again.
    const onlyCounters = newPoints.length === 0 && shared.every(movesOnlyCounters);
    const versionMoved = this.lastSent.state.version !== state.version;
    const messages = new OutgoingUpdates(this.gameId, state.seq, shared, newPoints);
    for (const role of recipients) {
      const own = ownPatch(this.lastSent.own(role), views.own(role));
      if (onlyCounters && own.length === 0) continue;
      const held = this.countersOf(role);
      this.roomCounters.set(role ?? 'host', { seq: state.seq, version: state.version });
      // `shared` sets the version only if it moved since the last change; a room that missed the changes
      // that moved it needs it set all the same.
      const catchUp: PatchOp[] =
        !versionMoved && held.version !== state.version
          ? [{ op: 'set', path: ['version'], value: state.version }]
          : [];
      const room = viewRoom(this.gameId, role);
      if (own.length === 0 && catchUp.length === 0) messages.common(room, held.seq);
      else messages.own(room, held.seq, [...catchUp, ...own]);
    }
    messages.send(this.io);
    this.lastSentSeq = state.seq;
    this.lastSentVersion = state.version;
    this.lastPathLength = state.marketPath.length;
    this.lastSent = views;
  }

  /** The views of the state last published: what every room holds now (a held tick not yet in). */
  get lastViews(): ViewCache {
    return this.lastSent;
  }

  snapshot(views: ViewCache, role: RoleId | null, roster: Roster): GameSnapshotMessage {
    return { seq: this.countersOf(role).seq, view: views.viewFor(role), roster };
  }

  /** What a room's members hold: its seq is the `prevSeq` of the room's next update. */
  private countersOf(role: RoleId | null): Counters {
    return this.roomCounters.get(role ?? 'host') ?? this.firstCounters;
  }

  roster(roster: Roster): void {
    this.io.to(gameRoom(this.gameId)).emit('lobby:roster', roster);
  }
}
