import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { ROLE_IDS, type RoleId } from '../../shared/roles.ts';
import { closeAfterEach, SHEETS, startServer, TestPlayer } from './harness.ts';
import { leaksIn } from './leaks.ts';

let server: LeverageServerHandle | null = null;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

const ROUNDS = 2;

describe('four people play a whole game over sockets', () => {
  it('creates, joins by code, chats, signs a deal, plays every round to the end, and leaks nothing', async () => {
    server = await startServer({ bots: () => [] });
    const ana = await TestPlayer.connect(server.url, 'Ana');
    const ben = await TestPlayer.connect(server.url, 'Ben');
    const cai = await TestPlayer.connect(server.url, 'Cai');
    const dee = await TestPlayer.connect(server.url, 'Dee');
    players = [ana, ben, cai, dee];

    // Lobby: the creator hosts and plays Tokyo; the others come in by code, one by picking a seat later.
    const created = await ana.create({
      mode: 'multiplayer',
      role: 'tokyo',
      rounds: ROUNDS,
      botFill: false,
      seed: 11,
    });
    expect(created).toMatchObject({ role: 'tokyo', isHost: true });
    expect(created.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await ben.join(created.code.toLowerCase(), 'whiteHouse')).toMatchObject({
      role: 'whiteHouse',
      isHost: false,
    });
    expect((await cai.join(created.code)).role).toBe('investors');
    expect((await dee.join(created.code)).role).toBe('usBusiness');
    await ana.until(
      (player) => player.roster?.seats.every((seat) => seat.kind === 'human' && seat.connected) ?? false,
    );
    expect(ana.roster?.seats.map((seat) => seat.people.map((person) => person.name))).toEqual([
      ['Ana'],
      ['Ben'],
      ['Cai'],
      ['Dee'],
    ]);
    const tokens = players.map((player) => player.joined!.token);
    expect(new Set(tokens).size).toBe(4);

    await ana.commandOk({ type: 'host:start' });
    await Promise.all(players.map((player) => player.untilPhase('briefing')));
    expect(players.map((player) => player.view?.you?.role)).toEqual(ROLE_IDS);
    const startPath = ana.view!.marketPath[0]!;

    for (let round = 1; round <= ROUNDS; round++) {
      if (round === 1) await ana.commandOk({ type: 'host:skip' });
      await Promise.all(players.map((player) => player.untilPhase('news', round)));
      await ana.commandOk({ type: 'host:skip' });
      await Promise.all(players.map((player) => player.untilPhase('negotiate', round)));

      if (round === 1) {
        await ana.commandOk({
          type: 'chat:statement',
          statement: { text: 'Japan is reviewing its options.', signal: 'hint' },
        });
        await ana.commandOk({
          type: 'chat:private',
          message: { to: ['whiteHouse'], text: 'A word in private?' },
        });
        await ben.until(
          (player) => player.view?.channels[0]?.messages.length === 1,
          5000,
          'the private message',
        );
        const { proposalId } = await ben.commandOk({
          type: 'deal:propose',
          proposal: {
            terms: [
              { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
              { kind: 'noNetSales', role: 'tokyo' },
            ],
            durationRounds: 2,
          },
        });
        await ana.until(
          (player) => player.view?.proposals.some((proposal) => proposal.id === proposalId) ?? false,
        );
        const signed = await ana.commandOk({ type: 'deal:accept', proposalId });
        expect(signed.dealId).toEqual(expect.any(String));
        await Promise.all(players.map((player) => player.until((p) => p.view?.deals.length === 1)));
      }

      await ana.commandOk({ type: 'host:skip' });
      await Promise.all(players.map((player) => player.untilPhase('decide', round)));
      await Promise.all(
        players.map((player) => player.commandOk({ type: 'move:submit', move: SHEETS[player.role!] })),
      );
      const next = round < ROUNDS ? 'news' : 'ended';
      await Promise.all(
        players.map((player) => player.untilPhase(next, round < ROUNDS ? round + 1 : undefined)),
      );
    }

    for (const player of players) {
      const view = player.view!;
      expect([...player.phasesSeen].sort()).toEqual([
        'briefing',
        'decide',
        'ended',
        'lobby',
        'negotiate',
        'news',
      ]);
      expect(view.reports).toHaveLength(ROUNDS);
      for (const role of ROLE_IDS) {
        expect(view.seats[role].score).toBeGreaterThanOrEqual(0);
        expect(view.seats[role].score).toBeLessThanOrEqual(100);
      }
      expect(view.you!.score.total).toBeGreaterThanOrEqual(0);
      expect(view.you!.score.total).toBeLessThanOrEqual(100);
      expect(player.gaps).toBe(0);
      // Everyone ends with the same public record, market path included.
      for (const part of [
        'statements',
        'deals',
        'reports',
        'news',
        'market',
        'marketPath',
        'publicPolicy',
      ] as const) {
        expect(view[part]).toEqual(ana.view![part]);
      }
    }
    const end = ana.view!.marketPath.at(-1)!;
    expect(ana.view!.marketPath.length).toBeGreaterThan(2);
    expect(end.yield10y).not.toBe(startPath.yield10y);
    expect(ben.view!.channels[0]!.messages[0]!.text).toBe('A word in private?');
    expect(cai.view!.channels).toEqual([]);
    expect(cai.view!.statements.map((statement) => statement.text)).toEqual([
      'Japan is reviewing its options.',
    ]);

    for (const [index, player] of players.entries()) {
      const others = tokens.filter((_, other) => other !== index);
      const held: RoleId[] = [player.role!];
      expect(leaksIn(player.received, held, others)).toEqual([]);
    }
    // Tokyo's own seat does see its holdings; nobody else ever did (checked above).
    expect(ana.view!.you!.holdings?.actualBn).toBeGreaterThan(0);
  });
});
