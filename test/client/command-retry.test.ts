import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { type ClientError, GameClient } from '../../client/game/game-client.ts';
import { createSeatStore } from '../../client/net/seat-store.ts';
import { type GameSocket, type SocketPort, socketPort } from '../../client/net/socket-port.ts';
import type { LeverageServerHandle } from '../../server/app.ts';
import { until } from '../fixtures/until.ts';
import { FakeClock } from '../integration/fake-clock.ts';
import { startServer } from '../integration/harness.ts';

let server: LeverageServerHandle | null = null;
let socket: GameSocket | null = null;

afterEach(async () => {
  socket?.disconnect();
  socket = null;
  await server?.close();
  server = null;
});

/** localStorage as the browser keeps it, for a client running in Node. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

interface Sent {
  event: string;
  payload: unknown;
}

/** The real socket, except that the answer to the first statement is lost on the way back. */
function losingFirstStatementAnswer(port: SocketPort, sent: Sent[]): SocketPort {
  let lost = false;
  return {
    get connected() {
      return port.connected;
    },
    on: (event, listener) => port.on(event, listener),
    emit: (event, payload, ack) => {
      sent.push({ event, payload });
      const isStatement =
        typeof payload === 'object' &&
        payload !== null &&
        'type' in payload &&
        payload.type === 'chat:statement';
      if (event === 'game:command' && isStatement && !lost) {
        lost = true;
        port.emit(event, payload, () => {});
        return;
      }
      port.emit(event, payload, ack);
    },
    connect: () => port.connect(),
    onReconnectAttempt: (listener) => port.onReconnectAttempt(listener),
  };
}

describe('a command whose answer is lost', () => {
  it('is sent again with the same commandId, and the server applies it once', async () => {
    server = await startServer({ clock: new FakeClock(), botDelayMs: 60_000 });
    socket = io(server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise<void>((ready) => socket!.once('connect', () => ready()));
    const sent: Sent[] = [];
    const errors: ClientError[] = [];
    const client = new GameClient({
      socket: losingFirstStatementAnswer(socketPort(socket), sent),
      seats: createSeatStore(new MemoryStorage()),
      onError: (error) => errors.push(error),
      ackTimeoutMs: 300,
    });
    const created = await client.createGame({ mode: 'solo', role: 'tokyo', seed: 2 });
    expect(created.ok).toBe(true);
    const phase = () => client.store.get().game?.view.phase;
    await until(() => phase() === 'briefing', 'the briefing');
    expect((await client.command({ type: 'host:skip' })).ok).toBe(true);
    await until(() => phase() === 'news', 'the news');
    expect((await client.command({ type: 'host:skip' })).ok).toBe(true);
    await until(() => phase() === 'negotiate', 'the negotiation');

    const said = await client.command({
      type: 'chat:statement',
      statement: { text: 'Our holdings are a source of stability.', signal: 'none' },
    });

    expect(said.ok).toBe(true);
    expect(errors).toEqual([]);
    const attempts = sent.filter(
      (entry) =>
        entry.event === 'game:command' && JSON.stringify(entry.payload).includes('source of stability'),
    );
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.payload).toEqual(attempts[0]!.payload);
    const game = server.registry.get(created.ok ? created.data.gameId : '')!;
    const statements = game.engine.state.statements.filter((statement) => statement.from === 'tokyo');
    expect(statements).toHaveLength(1);
    expect(said.ok && said.data).toEqual({ statementId: statements[0]!.id });
    await until(() => client.store.get().game?.view.statements.length === 1, 'the statement on screen');
  });
});
