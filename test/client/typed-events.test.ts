// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { SocketPort } from '../../client/net/socket-port.ts';
import { CLIENT_EVENT_SCHEMAS, type ClientEventName } from '../../shared/protocol/socket-events.ts';
import { seatedClient, viewAt } from './helpers.tsx';

/**
 * A client event's payload is typed by the very schema the server parses it with: what the compiler lets
 * the client send, the server accepts, and a wrong shape does not compile. `npx tsc` checks the
 * `@ts-expect-error` lines below: each must be an error, or the compiler fails.
 */

/** Wrong payloads, one per event; never sent by the client, since none of them compiles. */
function wrongPayloads(socket: SocketPort): void {
  const ignore = () => {};
  // @ts-expect-error a solo game with no mode
  socket.emit('game:create', { role: 'tokyo' }, ignore);
  // @ts-expect-error the join code is a string
  socket.emit('game:join', { code: 123456, name: 'Aiko' }, ignore);
  // @ts-expect-error no such role
  socket.emit('seat:request', { code: 'ABCDEF', name: 'Aiko', role: 'boj' }, ignore);
  // @ts-expect-error an answer is a boolean
  socket.emit('seat:answerRequest', { requestId: 'request1', accept: 'yes' }, ignore);
  // @ts-expect-error a person's id, not a name
  socket.emit('seat:remove', { name: 'Aiko' }, ignore);
  // @ts-expect-error the bot's profile is an object or null
  socket.emit('lobby:setBot', { role: 'tokyo', bot: 'hawk' }, ignore);
  // @ts-expect-error a command needs its id and version
  socket.emit('game:command', { type: 'host:skip' }, ignore);
  // @ts-expect-error sync carries nothing
  socket.emit('game:sync', { from: 3 }, ignore);
  // @ts-expect-error "I'm back" carries nothing either
  socket.emit('seat:back', { now: true }, ignore);
  // @ts-expect-error a sheet's amount travels as the text typed
  socket.emit('team:edit', { round: 1, field: 'treasuryAmountBn', value: 50 }, ignore);
  // @ts-expect-error the captain is named by person id
  socket.emit('team:captain', { name: 'Ken' }, ignore);
}

describe('typed client events', () => {
  it('every payload the game client sends passes the schema the server parses its event with', async () => {
    const { client, socket } = seatedClient(viewAt('negotiate'));
    socket.answerWith(() => ({ ok: false, error: { code: 'NOT_FOUND', message: 'not here' } }));
    await client.createGame({ mode: 'solo', role: 'tokyo', name: 'Aiko' });
    await client.joinGame({ code: 'abcdef', name: 'Aiko' });
    await client.requestSeat({ code: 'ABCDEF', name: 'Aiko', role: 'investors' });
    await client.answerRequest('request1', true);
    await client.removePerson('person2');
    await client.chooseRole('whiteHouse');
    await client.setBot('usBusiness', { personality: 'hawk', level: 'hard' });
    await client.command({ type: 'host:extend', seconds: 30 });
    await client.sync();
    await client.back();
    await client.team.edit({ round: 1, field: 'treasuryAmountBn', value: '50' });
    await client.team.nameCaptain('person3');
    const events = new Set<ClientEventName>(socket.emitted.map((sent) => sent.event));
    // The game client sends every game event but one (seat:resume, from the stored token); class sessions'
    // events come from the facilitator's console and the class join path, not from a game's client.
    const gameEvents = Object.keys(CLIENT_EVENT_SCHEMAS).filter((event) => !event.startsWith('classroom:'));
    expect(events.size).toBe(gameEvents.length - 1);
    for (const sent of socket.emitted) {
      const parsed = CLIENT_EVENT_SCHEMAS[sent.event].safeParse(sent.payload);
      expect(parsed.success, `${sent.event} ${JSON.stringify(sent.payload)}`).toBe(true);
    }
  });

  it('the shapes the compiler refuses are the shapes the server refuses', () => {
    const emitted: { event: ClientEventName; payload: unknown }[] = [];
    const recorder: SocketPort = {
      connected: true,
      on: () => {},
      emit: (event, payload) => emitted.push({ event, payload }),
      connect: () => {},
      onReconnectAttempt: () => {},
    };
    wrongPayloads(recorder);
    expect(emitted).toHaveLength(11);
    for (const { event, payload } of emitted) {
      expect(CLIENT_EVENT_SCHEMAS[event].safeParse(payload).success, event).toBe(false);
    }
  });
});
