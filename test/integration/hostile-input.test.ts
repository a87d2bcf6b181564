import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import { FakeClock } from './fake-clock.ts';
import { closeAfterEach, startServer, TestPlayer, wait } from './harness.ts';

let server: LeverageServerHandle;
const players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

/** The socket without the protocol's types: hostile clients send whatever they like. */
interface RawSocket {
  emit(event: string, ...args: unknown[]): void;
  timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<Ack> };
}
const raw = (player: TestPlayer) => player.socket as unknown as RawSocket;

async function connect(name: string, options: Parameters<typeof TestPlayer.connect>[2] = {}) {
  const player = await TestPlayer.connect(server.url, name, options);
  players.push(player);
  return player;
}

function disconnected(player: TestPlayer): Promise<string> {
  return new Promise((done) => player.socket.once('disconnect', (reason) => done(reason)));
}

/** The HTTP status of a long-polling handshake sent with exactly these headers. */
function pollingHandshake(headers: Record<string, string>): Promise<number> {
  return new Promise((done, fail) => {
    const path = '/socket.io/?EIO=4&transport=polling';
    const asked = request({ host: '127.0.0.1', port: server.port, path, headers }, (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    });
    asked.on('error', fail);
    asked.end();
  });
}

async function health(): Promise<{ status: string; games: number; connections: number }> {
  const response = await fetch(`${server.url}/healthz`);
  return (await response.json()) as { status: string; games: number; connections: number };
}

const statement = (text: string) => ({ type: 'chat:statement', statement: { text, signal: 'hint' } });

/** Host (Tokyo) and a guest (White House) in the negotiation of round 1. */
async function tableInNegotiation() {
  const host = await connect('Host');
  const guest = await connect('Guest');
  const { code } = await host.create({ mode: 'multiplayer', role: 'tokyo', rounds: 2, seed: 8 });
  await guest.join(code, 'whiteHouse');
  await host.commandOk({ type: 'host:start' });
  await host.untilPhase('briefing');
  await host.commandOk({ type: 'host:skip' });
  await host.untilPhase('news');
  await host.commandOk({ type: 'host:skip' });
  await Promise.all([host.untilPhase('negotiate'), guest.untilPhase('negotiate')]);
  return { host, guest, code };
}

describe('events and arguments the protocol does not have', () => {
  it('answers unknown events when asked, ignores them otherwise, and keeps the socket', async () => {
    // A clock that stands still: the session budget (2 a second) refills nothing while the test runs,
    // however slowly a loaded machine gets through the first ten requests.
    server = await startServer({ bots: () => [], clock: new FakeClock() });
    const player = await connect('Mallory');
    // Seven unknown events (two without an acknowledgement) and the create: ten, the session burst.
    for (const event of ['game:delete', '__proto__', 'constructor', 'hasOwnProperty', 'x'.repeat(500)]) {
      expect(await raw(player).timeout(2000).emitWithAck(event, { any: 'thing' })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_COMMAND', message: expect.stringMatching(/^There is no event/) },
      });
    }
    raw(player).emit('game:delete', { no: 'ack' });
    raw(player).emit('error', { code: 'fake' });
    expect(await player.create({ mode: 'multiplayer' })).toMatchObject({ isHost: true });
    // Unknown events spend from the same budget as the rest: ten at once.
    const more: string[] = [];
    for (let n = 0; n < 3; n++) {
      const answer = await raw(player).timeout(2000).emitWithAck('admin', {});
      more.push(answer.ok ? 'ok' : answer.error.code);
    }
    expect(more).toEqual(['INVALID_COMMAND', 'INVALID_COMMAND', 'RATE_LIMITED']);
    expect(player.socket.connected).toBe(true);
  });

  it('finds the acknowledgement wherever the client put its arguments, and never needs one', async () => {
    server = await startServer({ bots: () => [] });
    const player = await connect('Mallory');
    const ask = (event: string, ...args: unknown[]) =>
      raw(player)
        .timeout(2000)
        .emitWithAck(event, ...args);
    // No payload at all: the acknowledgement is the only argument.
    expect(await ask('game:create')).toMatchObject({ ok: false, error: { code: 'INVALID_COMMAND' } });
    expect(await ask('game:sync')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    // Extra arguments before the acknowledgement are ignored.
    expect(await ask('game:create', { mode: 'multiplayer' }, 'extra', 42, null)).toMatchObject({ ok: true });
    // A "callback" that is not a function: nothing to answer, and the event still does no harm.
    raw(player).emit('game:command', { type: 'host:end', commandId: 'c1', version: 0 }, 'not-a-function');
    raw(player).emit('game:join', 'garbage', { callback: true });
    raw(player).emit('lobby:setBot');
    expect(await ask('game:sync', {})).toMatchObject({
      ok: true,
      data: { view: { phase: expect.any(String) } },
    });
    // game:sync has its schema too ({} or nothing); a buffer's 64 bytes are 64 unknown keys, named briefly.
    const binary = (await ask('game:sync', Buffer.alloc(64, 7))) as {
      ok: boolean;
      error: { message: string };
    };
    expect(binary).toMatchObject({ ok: false, error: { code: 'INVALID_COMMAND' } });
    expect(binary.error.message.length).toBeLessThanOrEqual(200);
  });

  it('refuses binary payloads and huge arrays as INVALID_COMMAND, and drops a client that floods attachments', async () => {
    server = await startServer({ bots: () => [] });
    const { host } = await tableInNegotiation();
    const version = host.view!.version;
    const hostile: [string, unknown][] = [
      ['game:command', Buffer.alloc(1000, 1)],
      ['game:command', { ...statement('x'), commandId: 'b1', version, statement: Buffer.from('hello') }],
      [
        'game:command',
        {
          type: 'chat:private',
          commandId: 'b2',
          version,
          message: { to: Array(1000).fill('whiteHouse'), text: 'x' },
        },
      ],
      ['game:command', Array.from({ length: 4000 }, (_, n) => n)],
      ['game:command', { ...statement('x'), commandId: 'b3', version: [version] }],
      ['game:join', { code: Buffer.from('ABCDEF'), name: 'x' }],
      ['seat:resume', { gameId: Array(1000).fill('g'), token: Buffer.alloc(32) }],
      ['lobby:chooseRole', new Uint8Array(100)],
      ['seat:request', { code: 'ABCDEF', name: 'x', role: 'emperor' }],
      ['seat:answerRequest', { requestId: { $gt: '' }, accept: 'yes' }],
      ['seat:remove', { personId: Array(1000).fill('person1') }],
    ];
    for (const [event, payload] of hostile) {
      expect(await raw(host).timeout(2000).emitWithAck(event, payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_COMMAND' },
      });
    }
    expect(await host.command(statement('Still standing.'))).toMatchObject({ ok: true });

    // Socket.IO itself drops a packet with more than 10 binary attachments, and with it the connection.
    const flooder = await connect('Flooder');
    const gone = disconnected(flooder);
    raw(flooder).emit(
      'game:command',
      Array.from({ length: 11 }, () => Buffer.alloc(8)),
    );
    expect(await gone).toBe('transport close');
    expect(host.socket.connected).toBe(true);
    expect(await health()).toMatchObject({ status: 'ok', games: 1 });
  });

  it('refuses any payload over 16 KB, and drops a connection that sends a frame over 32 KB', async () => {
    server = await startServer({ bots: () => [] });
    const { host } = await tableInNegotiation();
    for (const event of [
      'game:command',
      'game:create',
      'game:join',
      'seat:resume',
      'lobby:chooseRole',
      'lobby:setBot',
      'game:sync',
      'no:such',
    ]) {
      expect(
        await raw(host)
          .timeout(2000)
          .emitWithAck(event, { pad: 'x'.repeat(20_000) }),
      ).toMatchObject({
        ok: false,
        error: { code: 'INVALID_COMMAND', message: expect.stringMatching(/at most 16384 bytes|no event/) },
      });
    }
    for (const transports of [['websocket'], ['polling']] as const) {
      const big = await connect('Big', { transports: [...transports] });
      const gone = disconnected(big);
      raw(big).emit('game:command', { pad: 'x'.repeat(40_000) });
      expect(await gone).toMatch(/transport (close|error)/);
    }
    expect(host.socket.connected).toBe(true);
    expect(await host.command(statement('Still here.'))).toMatchObject({ ok: true });
  });

  it('answers or drops hand-made Socket.IO frames, and only the connection that sent them', async () => {
    server = await startServer({ bots: () => [] });
    const { host } = await tableInNegotiation();
    /** Sends one Socket.IO packet as written, bypassing the client library; resolves with what came back. */
    const send = async (packet: string) => {
      const player = await connect('Forger');
      const answers: string[] = [];
      const engine = player.socket.io.engine;
      engine.on('message', (message) => {
        if (typeof message === 'string' && message.startsWith('3')) answers.push(message);
      });
      const closed = disconnected(player);
      engine.write(packet);
      const outcome = await Promise.race([closed.then(() => 'closed'), wait(300).then(() => 'open')]);
      return { outcome, answers };
    };
    const deep = `${'['.repeat(15_000)}${']'.repeat(15_000)}`; // 30 KB: just under the frame limit
    // Reserved names, no event name, the wrong shape, a namespace nobody serves: the connection goes.
    for (const packet of [
      '2["disconnect",{}]',
      '2["connect"]',
      '2["newListener","x"]',
      '2[]',
      '2[null]',
      '2{"a":1}',
      '2/admin,["x"]',
      '9',
    ])
      expect(await send(packet), packet).toEqual({ outcome: 'closed', answers: [] });
    // Well-formed packets with odd contents are answered, and the connection stays.
    expect(await send(`21["game:command",${deep}]`)).toEqual({
      outcome: 'open',
      answers: [expect.stringContaining('INVALID_COMMAND')],
    });
    expect(await send('22["game:command",{"version":1e999,"__proto__":{"isHost":true}}]')).toEqual({
      outcome: 'open',
      answers: [expect.stringContaining('UNAUTHORIZED')],
    });
    expect(await send('23["__proto__",{}]')).toEqual({
      outcome: 'open',
      answers: [expect.stringContaining('no event')],
    });
    expect((await send('2[1]')).outcome).toBe('open');
    expect((await send('2["error",{}]')).outcome).toBe('open');
    // A binary packet whose attachment never comes is held (at most 10 attachments), not answered.
    expect(await send('51-["game:command",{"_placeholder":true,"num":0}]')).toEqual({
      outcome: 'open',
      answers: [],
    });
    expect(host.socket.connected).toBe(true);
    expect(await host.command(statement('Unmoved.'))).toMatchObject({ ok: true });
    expect(await health()).toMatchObject({ status: 'ok', games: 1 });
  });

  it('never lets a crafted key or id reach an object prototype', async () => {
    server = await startServer({ bots: () => [] });
    const { host, guest } = await tableInNegotiation();
    const version = guest.view!.version;
    for (const proposalId of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      for (const type of ['deal:accept', 'deal:reject', 'deal:withdraw']) {
        expect(await guest.command({ type, proposalId })).toMatchObject({
          ok: false,
          error: { code: 'UNKNOWN_PROPOSAL' },
        });
      }
    }
    const polluting = JSON.parse(
      `{"type":"chat:statement","commandId":"p1","version":${version},"statement":{"text":"x","signal":"none","__proto__":{"polluted":true}},"__proto__":{"polluted":true}}`,
    );
    expect(await raw(guest).timeout(2000).emitWithAck('game:command', polluting)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_COMMAND' },
    });
    expect(
      await raw(guest)
        .timeout(2000)
        .emitWithAck('game:create', JSON.parse('{"mode":"solo","role":"tokyo","__proto__":{"isHost":true}}')),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_COMMAND' } });
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isHost).toBeUndefined();
    expect(await host.command(statement('Nothing changed.'))).toMatchObject({ ok: true });
  });

  it('passes chat on as the text that was typed, never as markup', async () => {
    server = await startServer({ bots: () => [] });
    const { host, guest } = await tableInNegotiation();
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script> &amp; "quotes"';
    await host.commandOk(statement(text));
    await host.commandOk({ type: 'chat:private', message: { to: ['whiteHouse'], text } });
    await guest.until((player) => (player.view?.channels[0]?.messages.length ?? 0) === 1);
    const view = guest.view!;
    expect(view.statements.at(-1)!.text).toBe(text);
    expect(view.channels[0]!.messages[0]!.text).toBe(text);
    // Nothing in any payload claims to be HTML for a client to inject.
    const everything = JSON.stringify(guest.received);
    expect(everything).not.toMatch(/"(html|innerHTML|__html|dangerouslySetInnerHTML)"/i);
  });
});

describe('rate limits on every event', () => {
  it('limits each socket on every kind of event, unknown ones included', async () => {
    server = await startServer({ bots: () => [] });
    for (const event of [
      'game:create',
      'game:join',
      'seat:resume',
      'lobby:chooseRole',
      'lobby:setBot',
      'game:sync',
      'game:command',
      'no:such',
    ]) {
      const player = await connect(`Flood ${event}`);
      const answers = await Promise.all(
        Array.from({ length: 40 }, () => raw(player).timeout(5000).emitWithAck(event, {})),
      );
      const limited = answers.filter((answer) => !answer.ok && answer.error.code === 'RATE_LIMITED');
      // Commands have a burst of 20; everything else 10.
      expect(limited.length, event).toBe(event === 'game:command' ? 20 : 30);
      player.close();
    }
  });

  it('lets one socket create only a few games in a row', async () => {
    server = await startServer({ bots: () => [] });
    const player = await connect('Creator');
    const answers: Ack[] = [];
    for (let n = 0; n < 8; n++) answers.push(await player.ask('game:create', { mode: 'multiplayer' }));
    expect(answers.map((answer) => answer.ok)).toEqual([true, true, true, true, true, true, false, false]);
    expect(answers[6]).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('stops one address from creating game after game from new sockets', async () => {
    server = await startServer({
      bots: () => [],
      joinLimits: { failuresPerSocket: 8, failuresPerAddress: 60, createsPerAddress: 3, windowMs: 60_000 },
    });
    const results: boolean[] = [];
    for (let n = 0; n < 5; n++) {
      const player = await connect(`Creator ${n}`);
      results.push((await player.ask('game:create', { mode: 'multiplayer' })).ok);
    }
    expect(results).toEqual([true, true, true, false, false]);
  });
});

describe('guessing join codes and tokens', () => {
  const limits = { failuresPerSocket: 3, failuresPerAddress: 5, createsPerAddress: 100, windowMs: 60_000 };

  it('refuses a guesser, even with the right code, until its wrong guesses are a minute old', async () => {
    const clock = new FakeClock();
    server = await startServer({ bots: () => [], clock, joinLimits: limits });
    const host = await connect('Host');
    const { code, gameId } = await host.create({ mode: 'multiplayer', role: 'tokyo' });
    const wrong = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';

    const guesser = await connect('Guesser');
    for (let n = 0; n < 3; n++) {
      expect(await guesser.ask('game:join', { code: wrong, name: 'G' })).toMatchObject({
        error: { code: 'NOT_FOUND' },
      });
    }
    expect(await guesser.ask('game:join', { code, name: 'G' })).toMatchObject({
      error: { code: 'RATE_LIMITED' },
    });
    // A malformed code is no guess: refused as such, and not counted.
    expect(await guesser.ask('game:join', { code: '!!', name: 'G' })).toMatchObject({
      error: { code: 'INVALID_COMMAND' },
    });

    // A fresh socket from the same address has only the address's two remaining guesses.
    const second = await connect('Second');
    expect(await second.ask('game:join', { code: wrong, name: 'G' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(await second.ask('seat:resume', { gameId, token: 'A'.repeat(32) })).toMatchObject({
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await second.ask('game:join', { code, name: 'G' })).toMatchObject({
      error: { code: 'RATE_LIMITED' },
    });
    const third = await connect('Third');
    expect(await third.ask('seat:resume', { gameId, token: host.joined!.token })).toMatchObject({
      error: { code: 'RATE_LIMITED' },
    });

    await clock.advance(60_000);
    expect(await guesser.join(code)).toMatchObject({ gameId, role: 'whiteHouse' });
    expect(await third.resume(gameId, host.joined!.token)).toMatchObject({ gameId, isHost: true });
  });

  it('never counts right codes, whoever sends them and however often', async () => {
    const clock = new FakeClock();
    server = await startServer({ bots: () => [], clock, joinLimits: limits });
    const host = await connect('Host');
    const { code } = await host.create({ mode: 'multiplayer', role: 'tokyo' });
    // Three open seats, then a full table: neither is a wrong guess.
    for (let n = 0; n < 12; n++) {
      const student = await connect(`Student ${n}`);
      const answer = await student.ask('game:join', { code, name: `Student ${n}` });
      if (n < 3) expect(answer).toMatchObject({ ok: true, data: { gameId: host.joined!.gameId } });
      else expect(answer).toMatchObject({ ok: false, error: { code: 'TABLE_FULL' } });
    }
  });

  it('limits guessing by default too', async () => {
    server = await startServer({ bots: () => [] });
    const guesser = await connect('Guesser');
    const answers: Ack[] = [];
    for (let n = 0; n < 10; n++) answers.push(await guesser.ask('game:join', { code: 'ZZZZZZ', name: 'G' }));
    expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.code))).toEqual([
      ...Array(8).fill('NOT_FOUND'),
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
  });
});

describe('the origin of a socket', () => {
  it("accepts the server's own pages and clients that send no origin, and refuses other sites", async () => {
    server = await startServer({ bots: () => [], allowedOrigins: ['http://teacher.example'] });
    const own = `http://127.0.0.1:${server.port}`;
    for (const transports of [['websocket'], ['polling']] as const) {
      const options = { transports: [...transports] };
      await connect('Plain', options);
      await connect('Own page', { ...options, extraHeaders: { origin: own } });
      await connect('Listed page', { ...options, extraHeaders: { origin: 'http://teacher.example' } });
      for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`]) {
        await expect(
          TestPlayer.connect(server.url, 'Foreign', { ...options, extraHeaders: { origin } }),
        ).rejects.toThrow();
      }
    }
    expect(await health()).toMatchObject({ status: 'ok', connections: 6 });
  });

  it('refuses a page on another name that resolves to this server (DNS rebinding), and lets in the public address', async () => {
    server = await startServer({ bots: () => [], publicUrl: 'http://classroom.example:8080' });
    // What a browser sends once evil.example's DNS answer has changed to this machine: Origin and Host agree.
    const rebound = `evil.example:${server.port}`;
    const local = `localhost:${server.port}`;
    const pages = [
      { origin: `http://${rebound}`, host: rebound, opens: false },
      { origin: `https://${rebound}`, host: rebound, opens: false },
      { origin: `http://${local}`, host: local, opens: true },
      { origin: 'http://classroom.example:8080', host: 'classroom.example:8080', opens: true },
    ];
    for (const { origin, host, opens } of pages) {
      const opening = connect(origin, { transports: ['websocket'], extraHeaders: { origin, host } });
      if (opens) await opening;
      else await expect(opening, origin).rejects.toThrow();
      // Long-polling by hand: the client's XHR would not send a Host of our choosing.
      expect(await pollingHandshake({ origin, host }), origin).toBe(opens ? 200 : 403);
    }
    // A rebound page's own long-polling GETs are same-origin, so the browser sends no Origin at all.
    expect(await pollingHandshake({ host: rebound })).toBe(403);
    expect(await pollingHandshake({ host: local })).toBe(200);
    expect(await health()).toMatchObject({ status: 'ok', connections: 2 });
  });
});
