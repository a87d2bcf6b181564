import { beforeEach, describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { closeAfterEach, SHEETS, startServer, TestPlayer } from './harness.ts';

let server: LeverageServerHandle;
let host: TestPlayer;
let guest: TestPlayer;
let stranger: TestPlayer;

beforeEach(async () => {
  server = await startServer({ bots: () => [] });
  host = await TestPlayer.connect(server.url, 'Host');
  guest = await TestPlayer.connect(server.url, 'Guest');
  stranger = await TestPlayer.connect(server.url, 'Stranger');
  const { code } = await host.create({ mode: 'multiplayer', role: 'tokyo', rounds: 2, seed: 5 });
  await guest.join(code, 'whiteHouse');
});

closeAfterEach(() => ({ players: [host, guest, stranger], servers: [server] }));

async function toNegotiate(): Promise<void> {
  await host.commandOk({ type: 'host:start' });
  await host.untilPhase('briefing');
  await host.commandOk({ type: 'host:skip' });
  await host.untilPhase('news');
  await host.commandOk({ type: 'host:skip' });
  await Promise.all([host.untilPhase('negotiate'), guest.untilPhase('negotiate')]);
}

const statement = {
  type: 'chat:statement',
  statement: { text: 'Nothing is off the table.', signal: 'threat' },
};

describe('game:command answers', () => {
  it('answers a repeated commandId with the first answer and applies it once', async () => {
    await toNegotiate();
    const first = await host.command(statement, 'same-id');
    const again = await host.command(statement, 'same-id');
    expect(first).toMatchObject({ ok: true, data: { statementId: expect.any(String) } });
    expect(again).toEqual(first);
    await guest.until((player) => player.view?.statements.length === 1);
    const game = server.registry.get(host.joined!.gameId)!;
    await game.settled();
    expect(game.engine.state.statements).toHaveLength(1);
  });

  it('refuses a command made against an earlier phase as STALE_VERSION', async () => {
    await host.commandOk({ type: 'host:start' });
    await host.untilPhase('briefing');
    const briefingVersion = host.view!.version;
    await host.commandOk({ type: 'host:skip' });
    await host.untilPhase('news');
    const stale = await host.ask('game:command', {
      ...statement,
      commandId: 'old',
      version: briefingVersion,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'STALE_VERSION' } });
  });

  it('lets a seat act only for itself and only the host run the game', async () => {
    await toNegotiate();
    await host.commandOk({ type: 'host:skip' });
    await guest.untilPhase('decide');
    expect(await guest.command({ type: 'move:submit', move: SHEETS.tokyo })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_ROLE' },
    });
    expect(await guest.command({ type: 'host:skip' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await guest.command({ type: 'host:end' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await guest.ask('lobby:setBot', { role: 'investors', bot: null })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await stranger.command({ type: 'host:skip' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await stranger.ask('game:sync', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(host.view!.phase).toBe('decide');
  });

  it('refuses malformed and hostile payloads as INVALID_COMMAND without dropping the socket', async () => {
    await toNegotiate();
    const version = host.view!.version;
    const hostile: unknown[] = [
      'hello',
      42,
      null,
      [],
      { type: 'chat:shout', commandId: 'x1', version },
      { ...statement, commandId: 'x2', version, extra: true },
      { ...statement, commandId: 'bad id!', version },
      { ...statement, commandId: 'x3', version: Number.NaN },
      { ...statement, commandId: 'x4', version: 1e308 },
      { type: 'chat:private', commandId: 'x5', version, message: { to: ['whiteHouse'], text: '' } },
      { type: 'move:submit', commandId: 'x6', version, move: { ...SHEETS.tokyo, treasuryAmountBn: 1e308 } },
      { type: 'move:submit', commandId: 'x7', version, move: { ...SHEETS.tokyo, treasuryAmountBn: 10.5 } },
      { ...statement, commandId: 'x8', version, statement: { text: 'x'.repeat(20_000), signal: 'none' } },
    ];
    for (const payload of hostile) {
      expect(await host.ask('game:command', payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_COMMAND' },
      });
    }
    for (const [event, payload] of [
      ['game:create', { mode: 'battle' }],
      ['game:create', { mode: 'solo' }],
      ['game:join', { code: 'O0I1L!', name: 'x' }],
      ['game:join', { code: 'ABCDEF', name: '' }],
      ['seat:resume', { gameId: 'x', token: 'short' }],
    ] as const) {
      expect(await stranger.ask(event, payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_COMMAND' },
      });
    }
    expect(await guest.ask('lobby:chooseRole', { role: 'emperor' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_COMMAND' },
    });
    // No acknowledgement function at all: nothing to answer, and nothing breaks.
    const untyped = host.socket as unknown as { emit(event: string, ...args: unknown[]): void };
    untyped.emit('game:command', { ...statement, commandId: 'no-ack', version });
    untyped.emit('game:sync');
    expect(await host.command(statement)).toMatchObject({ ok: true });
    expect(host.socket.connected).toBe(true);
  });

  it('answers unknown codes, games and tokens clearly', async () => {
    expect(await stranger.ask('game:join', { code: 'ZZZZZZ', name: 'Sam' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await stranger.ask('seat:resume', { gameId: host.joined!.gameId, token: 'A'.repeat(32) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(
      await stranger.ask('seat:resume', { gameId: 'no-such-game', token: host.joined!.token }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('rate-limits a socket that floods commands', async () => {
    await toNegotiate();
    const answers = await Promise.all(Array.from({ length: 60 }, () => host.command(statement)));
    const limited = answers.filter((answer) => !answer.ok && answer.error.code === 'RATE_LIMITED').length;
    // The bucket holds 20 and refills at 20/s; the start used three of them.
    expect(limited).toBeGreaterThanOrEqual(30);
    expect(answers.filter((answer) => answer.ok).length).toBeGreaterThanOrEqual(15);
  });
});
