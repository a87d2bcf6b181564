import { isDeepStrictEqual } from 'node:util';
import { Encoder, PacketType } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { GameBroadcast, viewCache, viewRoom } from '../../server/broadcast.ts';
import type { LeverageServer } from '../../server/io-types.ts';
import { WIRE_PARSER } from '../../server/wire.ts';
import { createGameEngine } from '../../shared/game/engine.ts';
import { playerViewFor } from '../../shared/game/player-view.ts';
import type { GameUpdateMessage } from '../../shared/protocol/socket.ts';
import { applyDelta, type Delta, fromSnapshot, type HeldGame } from '../../shared/protocol/sync.ts';
import { ROLE_IDS, type RoleId } from '../../shared/roles.ts';
import { runHeadlessGame } from '../../shared/sim/headless.ts';

/** What crosses the wire: JSON, so what a client holds is what JSON keeps of a value. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * An update's message as the server's encoder sends it (the text the broadcast wrote for it), which must
 * be byte for byte the packet Socket.IO itself would have sent; returns the message's JSON text.
 */
function sentText(message: GameUpdateMessage): string {
  const packet = () => ({ type: PacketType.EVENT, nsp: '/', data: ['game:update', message, 'offset-1'] });
  const [sent] = new WIRE_PARSER.Encoder().encode(packet());
  expect(sent).toBe(new Encoder().encode(packet())[0]);
  const [, text] = JSON.parse((sent as string).slice(1)) as [string, unknown];
  return JSON.stringify(text);
}

/**
 * Replays a whole bot game one input at a time through the server's broadcast; every room keeps its view
 * only from the messages it gets (as a browser does) and must hold, after every message, exactly the view
 * a snapshot would give it then.
 */
function followEveryUpdate(seed: number): { messages: number; updateBytes: number[]; round: number[] } {
  const run = runHeadlessGame({ seed, rounds: 3, tickSeconds: 20 });
  const engine = createGameEngine(run.config, 0);
  const recipients: (RoleId | null)[] = [null, ...ROLE_IDS];
  const rooms = new Map(recipients.map((role) => [viewRoom(run.config.gameId, role), role]));
  const held = new Map<RoleId | null, HeldGame>(
    recipients.map((role) => [
      role,
      fromSnapshot(wire({ seq: 0, view: playerViewFor(engine.state, role), roster: null as never })),
    ]),
  );
  const figures = { messages: 0, updateBytes: [] as number[], round: [] as number[] };
  /** The rooms sent a message for the input being replayed. */
  const told = new Set<RoleId | null>();
  const io = {
    // One emit may reach several rooms (those whose message is the same): each applies it to what it holds.
    to: (toRooms: string[]) => ({
      emit: (event: string, message: GameUpdateMessage) => {
        expect(event).toBe('game:update');
        const text = sentText(message);
        for (const room of toRooms) {
          figures.updateBytes.push(text.length);
          figures.round.push(engine.state.round);
          const role = rooms.get(room)!;
          const delta: Delta = { update: JSON.parse(text) as GameUpdateMessage };
          const outcome = applyDelta(held.get(role)!, delta);
          expect(outcome.kind, `${event} to ${room} at seq ${message.seq}`).toBe('applied');
          if (outcome.kind === 'applied') held.set(role, outcome.game);
          told.add(role);
          figures.messages++;
        }
      },
    }),
  } as unknown as LeverageServer;
  const broadcast = new GameBroadcast(io, run.config.gameId, engine.state);
  let views = viewCache(engine.state);
  for (const event of run.log) {
    engine.replay(event);
    // As the server builds them: each change's views reuse the unchanged parts of the last change's.
    views = viewCache(engine.state, views);
    told.clear();
    broadcast.publish(views, ROLE_IDS, true);
    for (const role of recipients) {
      // What a snapshot would give the room now, built afresh: a reused part must say just the same.
      const fresh = playerViewFor(engine.state, role);
      if (!isDeepStrictEqual(views.viewFor(role), fresh))
        expect(views.viewFor(role), `${String(role)}'s view after ${event.type}`).toEqual(fresh);
      const expected = wire(fresh);
      const { seq, view } = held.get(role)!;
      // A room sent nothing holds its view of before, which differs from now by the counters alone; a
      // command made against its version is still good (the phase began at or before it).
      const actual = told.has(role) ? view : { ...view, seq: expected.seq, version: expected.version };
      // The fast comparison first; the slow one only to say where they differ.
      if (!isDeepStrictEqual(actual, expected))
        expect(actual, `${String(role)} after ${event.type}`).toEqual(expected);
      if (told.has(role)) expect(seq).toBe(engine.state.seq);
      expect(view.version).toBeGreaterThanOrEqual(engine.state.phaseVersion);
      expect(view.phase).toBe(engine.state.phase);
    }
  }
  engine.stop();
  return figures;
}

describe('patches over real games', () => {
  it('a patch applied to the view held gives exactly the new view, every seat and the host, every update', () => {
    for (const seed of [1, 2]) {
      const { messages, updateBytes, round } = followEveryUpdate(seed);
      expect(messages).toBeGreaterThan(300);
      // Updates do not grow with the game: the last round's are typically no bigger than the first's (the
      // end, which shows every bot's reasons once, is one update among many).
      const median = (bytes: number[]) => bytes.toSorted((a, b) => a - b)[Math.floor(bytes.length / 2)]!;
      const inRound = (r: number) => updateBytes.filter((_, index) => round[index] === r);
      expect(median(inRound(3))).toBeLessThan(median(inRound(1)) * 1.5);
      const mean = updateBytes.reduce((sum, value) => sum + value, 0) / updateBytes.length;
      expect(mean).toBeLessThan(2048);
    }
    // Two whole games, every message checked: slower than most unit tests on a busy machine.
  }, 60_000);
});
