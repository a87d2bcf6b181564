import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { closeAfterEach, SHEETS, startServer, TestPlayer, wait } from './harness.ts';
import { leaksIn } from './leaks.ts';

let server: LeverageServerHandle;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

const PUBLIC_PARTS = [
  'statements',
  'deals',
  'reports',
  'news',
  'market',
  'marketPath',
  'publicPolicy',
  'seats',
] as const;

async function playToEnd(
  host: TestPlayer,
  people: TestPlayer[],
  fromRound: number,
  rounds: number,
): Promise<void> {
  for (let round = fromRound; round <= rounds; round++) {
    await Promise.all(people.map((player) => player.untilPhase('negotiate', round)));
    await host.commandOk({ type: 'host:skip' });
    await Promise.all(people.map((player) => player.untilPhase('decide', round)));
    // People who answer within milliseconds would close the phase before the bots' sheets land.
    await host.until(
      (player) => player.view!.seats.investors.submitted && player.view!.seats.usBusiness.submitted,
    );
    await Promise.all(
      people.map((player) => player.commandOk({ type: 'move:submit', move: SHEETS[player.role!] })),
    );
    if (round < rounds) {
      await Promise.all(people.map((player) => player.untilPhase('news', round + 1)));
      await host.commandOk({ type: 'host:skip' });
    }
  }
  await Promise.all(people.map((player) => player.untilPhase('ended')));
}

describe('a dropped player gets its seat back', () => {
  it('resumes with its token on a new socket: same seat, a snapshot at least as new, nothing lost', async () => {
    server = await startServer({ botDelayMs: 50 });
    const ana = await TestPlayer.connect(server.url, 'Ana');
    const ben = await TestPlayer.connect(server.url, 'Ben');
    players = [ana, ben];
    const { code, gameId } = await ana.create({ mode: 'multiplayer', role: 'tokyo', rounds: 2, seed: 21 });
    const { token } = await ben.join(code, 'whiteHouse');
    await ana.commandOk({ type: 'host:start' });
    await ana.untilPhase('briefing');
    await ana.commandOk({ type: 'host:skip' });
    await ana.untilPhase('news');
    await ana.commandOk({ type: 'host:skip' });
    await ben.untilPhase('negotiate', 1);

    const seenBeforeDrop = ben.lastSeq;
    ben.close();
    await ana.until((player) => player.roster?.seats[1]?.connected === false, 5000, 'Ben shown as gone');
    // The game goes on without Ben: Tokyo speaks, the bots talk and propose.
    await ana.commandOk({
      type: 'chat:statement',
      statement: { text: 'We may reconsider our holdings.', signal: 'threat' },
    });
    await wait(300);

    const back = await TestPlayer.connect(server.url, 'Ben again');
    players.push(back);
    const resumed = await back.resume(gameId, token);
    expect(resumed).toEqual({
      gameId,
      code,
      role: 'whiteHouse',
      token,
      isHost: false,
      personId: expect.stringMatching(/^person\d+$/),
    });
    const snapshot = back.received.find((entry) => entry.event === 'game:snapshot')!.payload as {
      seq: number;
    };
    expect(snapshot.seq).toBeGreaterThanOrEqual(seenBeforeDrop);
    expect(snapshot.seq).toBeGreaterThan(seenBeforeDrop);
    expect(
      back.view!.statements.some((statement) => statement.text === 'We may reconsider our holdings.'),
    ).toBe(true);
    await ana.until((player) => player.roster?.seats[1]?.connected === true, 5000, 'Ben shown as back');

    await playToEnd(ana, [ana, back], 1, 2);
    expect(back.gaps).toBe(0);
    expect(ana.gaps).toBe(0);
    for (const part of PUBLIC_PARTS) expect(back.view![part]).toEqual(ana.view![part]);
    expect(back.view!.you!.role).toBe('whiteHouse');
    expect(leaksIn(back.received, 'whiteHouse', [ana.joined!.token])).toEqual([]);
    // The bots played their seats: a sheet from each, every round.
    const log = server.registry.get(gameId)!.engine.log;
    for (const role of ['investors', 'usBusiness']) {
      const sheets = log.filter(
        (event) => event.type === 'move:submit' && event.actor.kind === 'seat' && event.actor.role === role,
      );
      expect(sheets).toHaveLength(2);
    }
  });

  it('recovers a dropped connection by itself and receives what it missed', async () => {
    server = await startServer({ bots: () => [] });
    const ana = await TestPlayer.connect(server.url, 'Ana');
    const ben = await TestPlayer.connect(server.url, 'Ben', { reconnect: true });
    players = [ana, ben];
    const { code } = await ana.create({ mode: 'multiplayer', role: 'tokyo', rounds: 1, seed: 3 });
    await ben.join(code, 'whiteHouse');
    await ana.commandOk({ type: 'host:start' });
    await ben.untilPhase('briefing');

    const recovered = new Promise<boolean>((done) =>
      ben.socket.once('connect', () => done(ben.socket.recovered)),
    );
    const heldBeforeDrop = ben.lastSeq;
    const receivedBeforeDrop = ben.received.length;
    const sent: string[] = [];
    ben.socket.onAnyOutgoing((event: string) => sent.push(event));
    // The transport drops (a wifi blip), not a deliberate leave; Ben stays away long enough to miss updates.
    ben.socket.io.reconnectionDelay(400).reconnectionDelayMax(400);
    ben.socket.io.engine.close();
    await ana.until((player) => player.roster?.seats[1]?.connected === false, 5000, 'Ben shown as gone');
    await ana.commandOk({ type: 'host:skip' });
    await ana.untilPhase('news');
    await ana.commandOk({
      type: 'chat:statement',
      statement: { text: 'While you were out.', signal: 'hint' },
    });
    expect(ben.view!.phase).toBe('briefing');
    expect(await recovered).toBe(true);
    await ben.until((player) => player.view?.statements.length === 1, 5000, 'the missed statement');
    expect(ben.view!.phase).toBe('news');
    expect(ben.gaps).toBe(0);
    // What was missed came by recovery itself, each update once and in order from the last one Ben held: no
    // update left out (the gap would be mended by a game:sync, and the view alone would not show it), none twice.
    const updates = ben.received
      .slice(receivedBeforeDrop)
      .filter((entry) => entry.event === 'game:update')
      .map((entry) => entry.payload as { seq: number; prevSeq: number });
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(updates.map((update) => update.prevSeq)).toEqual([
      heldBeforeDrop,
      ...updates.slice(0, -1).map((update) => update.seq),
    ]);
    expect(updates.at(-1)!.seq).toBe(ben.lastSeq);
    expect(sent).not.toContain('game:sync');
    await ana.until((player) => player.roster?.seats[1]?.connected === true, 5000, 'Ben connected');
    expect(
      await ben.command({ type: 'chat:statement', statement: { text: 'Still here.', signal: 'neutral' } }),
    ).toMatchObject({
      ok: true,
    });
  });
});
