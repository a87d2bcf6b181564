import { describe, expect, it } from 'vitest';
import { GameBroadcast, viewCache } from '../../server/broadcast.ts';
import type { LeverageServer } from '../../server/io-types.ts';
import { createGameConfig, createGameEngine } from '../../shared/game/engine.ts';
import type { PlayerView } from '../../shared/game/player-view.ts';
import type { GameUpdateMessage, Roster } from '../../shared/protocol/socket.ts';
import { applyUpdate } from '../../shared/protocol/sync.ts';
import { ROLE_IDS } from '../../shared/roles.ts';

interface Sent {
  room: string;
  event: string;
  message: unknown;
}

/** What a broadcast sends: `sent` has one entry per room reached, `emits` one per message emitted. */
function capture(): { io: LeverageServer; sent: Sent[]; emits: string[][] } {
  const sent: Sent[] = [];
  const emits: string[][] = [];
  const io = {
    to: (rooms: string | string[]) => ({
      emit: (event: string, message: unknown) => {
        const list = typeof rooms === 'string' ? [rooms] : rooms;
        emits.push(list);
        for (const room of list) sent.push({ room, event, message });
      },
    }),
  };
  return { io: io as unknown as LeverageServer, sent, emits };
}

function negotiatingGame() {
  const engine = createGameEngine(createGameConfig({ gameId: 'g', seed: 8, seats: { tokyo: 'human' } }), 0);
  let version = 0;
  for (const [index, type] of ['host:start', 'host:skip', 'host:skip'].entries()) {
    const ack = engine.command({ kind: 'host' }, { type, commandId: `c${index}`, version }, index * 1000);
    expect(ack.ok).toBe(true);
    version = engine.state.version;
  }
  expect(engine.state.phase).toBe('negotiate');
  return engine;
}

const ROOM_ORDER = ['g:host', ...ROLE_IDS.map((role) => `g:${role}`)];
/** The rooms reached, host first and then the seats in their order (one emit may reach several). */
function inSeatOrder(sent: Sent[]): void {
  sent.sort((a, b) => ROOM_ORDER.indexOf(a.room) - ROOM_ORDER.indexOf(b.room));
}

/** What a client holding `view` makes of `update`: the client's own code (shared/protocol/sync.ts). */
function applied(view: PlayerView, update: GameUpdateMessage): PlayerView {
  const outcome = applyUpdate({ seq: update.prevSeq, view }, update);
  if (outcome.kind !== 'applied') throw new Error(`update ${update.seq} did not apply: ${outcome.kind}`);
  return outcome.game.view;
}

const ROSTER: Roster = { gameId: 'g', code: null, seats: [] };

describe('the broadcast', () => {
  it('sends each view room its own update, chained by prevSeq, with only the new market points', () => {
    const engine = negotiatingGame();
    const { io, sent } = capture();
    const lobby = viewCache(createGameEngine(engine.state.config, 0).state);
    const broadcast = new GameBroadcast(io, 'g', lobby.state);
    broadcast.publish(viewCache(engine.state), ROLE_IDS);
    expect(sent.map((entry) => entry.room)).toEqual([
      'g:host',
      'g:tokyo',
      'g:whiteHouse',
      'g:investors',
      'g:usBusiness',
    ]);
    const first = sent[1]!.message as GameUpdateMessage;
    expect(first.prevSeq).toBe(0);
    expect(first.seq).toBe(engine.state.seq);
    expect(first.gameId).toBe('g');
    expect(first.patch.some((op) => op.path[0] === 'marketPath')).toBe(false);
    // Each room's patch turns the view it held (the lobby's) into its own view now, and nobody else's.
    const withoutPath = ({ marketPath: _path, ...rest }: PlayerView) => rest;
    for (const [index, role] of [null, ...ROLE_IDS].entries()) {
      const message = sent[index]!.message as GameUpdateMessage;
      expect(withoutPath(applied(lobby.viewFor(role), message)), String(role)).toEqual(
        withoutPath(viewCache(engine.state).viewFor(role)),
      );
    }
    expect((sent[0]!.message as GameUpdateMessage).patch.some((op) => op.path[0] === 'you')).toBe(false);

    // Nothing changed: nothing is sent.
    sent.length = 0;
    broadcast.publish(viewCache(engine.state), ROLE_IDS);
    expect(sent).toEqual([]);

    // A market tick is an update like any other: a small patch, Tokyo's own holdings only in Tokyo's.
    const before = engine.state.seq;
    const beforeTick = viewCache(engine.state);
    expect(engine.tick(engine.state.lastTickAt + 2000)).toBe(true);
    broadcast.publish(viewCache(engine.state), ['tokyo', 'investors']);
    inSeatOrder(sent);
    expect(sent.map((entry) => `${entry.room} ${entry.event}`)).toEqual([
      'g:host game:update',
      'g:tokyo game:update',
      'g:investors game:update',
    ]);
    const ticks = sent.map((entry) => entry.message as GameUpdateMessage);
    expect(ticks.every((tick) => tick.prevSeq === before && tick.seq === before + 1)).toBe(true);
    expect(ticks.every((tick) => tick.newPoints.length === 1)).toBe(true);
    const touches = (tick: GameUpdateMessage, part: string) =>
      tick.patch.some((op) => op.path.includes(part));
    expect(touches(ticks[1]!, 'holdings')).toBe(true);
    expect(touches(ticks[0]!, 'holdings')).toBe(false);
    expect(touches(ticks[2]!, 'holdings')).toBe(false);
    expect(applied(beforeTick.viewFor('investors'), ticks[2]!).you?.score).toEqual(
      engine.state.scores.investors,
    );
    expect(touches(ticks[0]!, 'you')).toBe(false);
    // The tick's market figures travel once, in its new point: the patch names none of them again, and a
    // client's market is the point's all the same.
    expect(ticks.flatMap((tick) => tick.patch.filter((op) => op.path[0] === 'market'))).toEqual([]);
    const point = engine.state.marketPath.at(-1)!;
    const investorsMarket = applied(beforeTick.viewFor('investors'), ticks[2]!).market;
    expect(investorsMarket).toEqual(viewCache(engine.state).viewFor('investors').market);
    expect([investorsMarket.yield10y, investorsMarket.usdJpy, investorsMarket.panic]).toEqual([
      point.yield10y,
      point.usdJpy,
      point.panic,
    ]);
    // The public part of a tick (the seq and the point) is about 300 bytes; it was 712 with the figures twice.
    expect(JSON.stringify(ticks[2]).length).toBeLessThan(400);
    // Far smaller than the message of session 5 (market, every seat's public entry, the own score card).
    for (const tick of ticks) expect(JSON.stringify(tick).length).toBeLessThan(1500);

    // A statement moves the market too: a full update carrying just the one new point.
    sent.length = 0;
    const statement = {
      type: 'chat:statement',
      commandId: 's',
      version: engine.state.version,
      statement: { text: 'Hm.', signal: 'hint' },
    };
    expect(engine.command({ kind: 'seat', role: 'tokyo' }, statement, engine.state.lastTickAt + 100).ok).toBe(
      true,
    );
    broadcast.publish(viewCache(engine.state), ['tokyo']);
    const update = sent[1]!.message as GameUpdateMessage;
    expect(sent[1]!.event).toBe('game:update');
    expect(update.prevSeq).toBe(before + 1);
    expect(update.newPoints).toEqual(engine.state.marketPath.slice(-1));
  });

  it('builds each view once per change, however many read it', () => {
    const engine = negotiatingGame();
    const views = viewCache(engine.state);
    expect(views.viewFor('tokyo')).toBe(views.viewFor('tokyo'));
    expect(views.viewFor(null)).not.toBe(views.viewFor('tokyo'));
    // The public record is built once and shared by every view of the change; the secrets are not.
    const [tokyo, investors] = [views.viewFor('tokyo'), views.viewFor('investors')];
    for (const part of ['seats', 'market', 'publicPolicy', 'statements', 'news', 'reports', 'deals'] as const)
      expect(investors[part], part).toBe(tokyo[part]);
    expect(tokyo.statements).toBe(engine.state.statements);
    expect(investors.you).not.toBe(tokyo.you);
    expect(investors.you?.role).toBe('investors');
  });

  it('builds no public view when no host without a seat could be listening, and keeps the chain intact', () => {
    const engine = negotiatingGame();
    const { io, sent } = capture();
    const broadcast = new GameBroadcast(io, 'g', createGameEngine(engine.state.config, 0).state);
    const views = viewCache(engine.state);
    let built = 0;
    const counting = {
      state: views.state,
      common: () => views.common(),
      viewFor: (role: Parameters<typeof views.viewFor>[0]) => views.viewFor(role),
      own: (role: Parameters<typeof views.own>[0]) => {
        built++;
        return views.own(role);
      },
    };
    broadcast.publish(counting, ['tokyo', 'whiteHouse'], false);
    expect(sent.map((entry) => entry.room)).toEqual(['g:tokyo', 'g:whiteHouse']);
    expect(built).toBe(2);
    // A host who comes now gets a snapshot that the next message follows on from.
    const arriving = broadcast.snapshot(views, null, ROSTER);
    expect(engine.tick(engine.state.lastTickAt + 2000)).toBe(true);
    sent.length = 0;
    broadcast.publish(viewCache(engine.state), ['tokyo'], true);
    expect(sent.map((entry) => entry.room)).toEqual(['g:host', 'g:tokyo']);
    expect((sent[0]!.message as GameUpdateMessage).prevSeq).toBe(arriving.seq);
    expect((sent[1]!.message as GameUpdateMessage).prevSeq).toBe(engine.state.seq - 1);
  });

  it('sends a private message only to the rooms that can see it; the others follow on at their next update', () => {
    const engine = negotiatingGame();
    const { io, sent } = capture();
    const broadcast = new GameBroadcast(io, 'g', engine.state);
    const held = new Map([null, ...ROLE_IDS].map((role) => [role, viewCache(engine.state).viewFor(role)]));
    const chains = new Map(
      [null, ...ROLE_IDS].map((role) => [
        role,
        broadcast.snapshot(viewCache(engine.state), role, ROSTER).seq,
      ]),
    );
    const private_ = {
      type: 'chat:private',
      commandId: 'p',
      version: engine.state.version,
      message: { to: ['whiteHouse'], text: 'Terms?' },
    };
    const at = engine.state.lastTickAt + 100;
    expect(engine.command({ kind: 'seat', role: 'tokyo' }, private_, at).ok).toBe(true);
    broadcast.publish(viewCache(engine.state), ROLE_IDS);
    // Only the two seats of the channel hear of it: the others cannot even tell that something was said.
    expect(sent.map((entry) => entry.room)).toEqual(['g:tokyo', 'g:whiteHouse']);
    const statement = {
      type: 'chat:statement',
      commandId: 's',
      version: engine.state.version,
      statement: { text: 'Hm.', signal: 'hint' },
    };
    expect(engine.command({ kind: 'seat', role: 'tokyo' }, statement, at + 1).ok).toBe(true);
    broadcast.publish(viewCache(engine.state), ROLE_IDS);
    expect(sent).toHaveLength(7);
    // Each room's messages chain from what it held, and bring it exactly to the view of now.
    for (const { room, message } of sent) {
      const role = room === 'g:host' ? null : (room.slice(2) as (typeof ROLE_IDS)[number]);
      const update = message as GameUpdateMessage;
      expect(update.prevSeq, room).toBe(chains.get(role));
      chains.set(role, update.seq);
      held.set(role, applied(held.get(role)!, update));
    }
    const now = viewCache(engine.state);
    for (const role of [null, ...ROLE_IDS]) {
      const { marketPath: _path, ...view } = now.viewFor(role);
      const { marketPath: _heldPath, ...mine } = held.get(role)!;
      expect(mine, String(role)).toEqual(view);
      expect(chains.get(role)).toBe(engine.state.seq);
    }
  });

  it('sends one message to every room whose update is the same, and one of its own to a room with more', () => {
    const engine = negotiatingGame();
    const { io, sent, emits } = capture();
    const broadcast = new GameBroadcast(io, 'g', engine.state);
    const held = new Map([null, ...ROLE_IDS].map((role) => [role, viewCache(engine.state).viewFor(role)]));
    const follow = () => {
      for (const { room, message } of sent) {
        const role = room === 'g:host' ? null : (room.slice(2) as (typeof ROLE_IDS)[number]);
        held.set(role, applied(held.get(role)!, message as GameUpdateMessage));
      }
      sent.length = 0;
      emits.length = 0;
    };
    const at = engine.state.lastTickAt + 100;
    const private_ = {
      type: 'chat:private',
      commandId: 'p',
      version: engine.state.version,
      message: { to: ['whiteHouse'], text: 'Terms?' },
    };
    expect(engine.command({ kind: 'seat', role: 'tokyo' }, private_, at).ok).toBe(true);
    broadcast.publish(viewCache(engine.state), ROLE_IDS);
    expect(emits).toEqual([['g:tokyo'], ['g:whiteHouse']]);
    follow();

    // A pause moves the public record alone: the rooms that follow on from the same seq share one message.
    const pausedFrom = engine.state.seq;
    expect(
      engine.command(
        { kind: 'host' },
        { type: 'host:pause', commandId: 'pause', version: engine.state.version },
        at + 1,
      ).ok,
    ).toBe(true);
    broadcast.publish(viewCache(engine.state), ROLE_IDS);
    expect(emits).toEqual([
      ['g:host', 'g:investors', 'g:usBusiness'],
      ['g:tokyo', 'g:whiteHouse'],
    ]);
    const prevSeqs = sent.map((entry) => [entry.room, (entry.message as GameUpdateMessage).prevSeq]);
    expect(Object.fromEntries(prevSeqs)).toEqual({
      'g:host': pausedFrom - 1,
      'g:investors': pausedFrom - 1,
      'g:usBusiness': pausedFrom - 1,
      'g:tokyo': pausedFrom,
      'g:whiteHouse': pausedFrom,
    });
    follow();

    // A resume is the same for every room now, which all hold the same seq: one message for all five.
    expect(
      engine.command(
        { kind: 'host' },
        { type: 'host:resume', commandId: 'resume', version: engine.state.version },
        at + 2,
      ).ok,
    ).toBe(true);
    broadcast.publish(viewCache(engine.state), ROLE_IDS);
    expect(emits).toEqual([ROOM_ORDER]);
    follow();

    // A tick moves Tokyo's own holdings too: Tokyo's message is its own.
    expect(engine.tick(engine.state.lastTickAt + 2000)).toBe(true);
    broadcast.publish(viewCache(engine.state), ROLE_IDS);
    expect(emits.filter((rooms) => rooms.includes('g:tokyo'))).toEqual([['g:tokyo']]);
    follow();

    // Whatever the grouping, every room holds exactly its own view of now.
    const now = viewCache(engine.state);
    for (const role of [null, ...ROLE_IDS]) {
      const { marketPath: _path, ...view } = now.viewFor(role);
      const { marketPath: _heldPath, ...mine } = held.get(role)!;
      expect(mine, String(role)).toEqual(view);
    }
  });
});
