import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { EXPORT_COLUMNS } from '../../shared/debrief/export.ts';
import type { SeatRequestPending } from '../../shared/protocol/socket.ts';
import { parseCsv } from '../fixtures/read-csv.ts';
import { closeAfterEach, draftOf, SHEETS, startServer, TestPlayer } from './harness.ts';

let server: LeverageServerHandle;
const players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

async function connect(name: string): Promise<TestPlayer> {
  const player = await TestPlayer.connect(server.url, name);
  players.push(player);
  return player;
}

const seatOf = (player: TestPlayer, role: string) => player.roster?.seats.find((seat) => seat.role === role);

/**
 * Ana hosts and plays Tokyo with Ken in her team (he asked, she accepted); Wen plays the White House; the
 * other seats are bots that do nothing. The game is in round 1's negotiation.
 */
async function tokyoTeam(options: { bindingDeals?: boolean } = {}) {
  server = await startServer({ bots: () => [] });
  const ana = await connect('Ana');
  const { code } = await ana.create({ mode: 'multiplayer', role: 'tokyo', rounds: 2, seed: 5, ...options });
  const ken = await connect('Ken');
  const asked = await ken.ask<SeatRequestPending>('seat:request', { code, name: 'Ken', role: 'tokyo' });
  if (!asked.ok) throw new Error(asked.error.message);
  await ana.until((player) => player.seatRequests.length === 1, 5000, "Ken's request");
  await ana.ask('seat:answerRequest', { requestId: asked.data.requestId, accept: true });
  await ken.until((player) => player.joined?.role === 'tokyo', 5000, 'Ken seated');
  const wen = await connect('Wen');
  await wen.join(code, 'whiteHouse');
  await ana.commandOk({ type: 'host:start' });
  await ana.untilPhase('briefing');
  await ana.commandOk({ type: 'host:skip' });
  await ana.untilPhase('news');
  await ana.commandOk({ type: 'host:skip' });
  for (const player of [ana, ken, wen]) await player.untilPhase('negotiate', 1);
  return { ana, ken, wen, code };
}

/** Wen (White House) offers Tokyo a tariff cap for no net sales; returns the proposal's id. */
async function wenOffers(wen: TestPlayer, ana: TestPlayer): Promise<string> {
  const made = await wen.commandOk({
    type: 'deal:propose',
    proposal: {
      terms: [
        { role: 'whiteHouse', kind: 'tariffCap', maxPct: 15, includesAutos: false },
        { role: 'tokyo', kind: 'noNetSales' },
      ],
      durationRounds: 2,
    },
  });
  const proposalId = String(made.proposalId);
  await ana.until((player) => player.view!.proposals.some((proposal) => proposal.id === proposalId));
  return proposalId;
}

describe('a team at one seat', () => {
  it("two team members editing one sheet see each other's changes and the captain's signature binds the team", async () => {
    const { ana, ken, wen } = await tokyoTeam({ bindingDeals: true });
    const anaId = ana.joined!.personId!;
    const kenId = ken.joined!.personId!;
    expect(seatOf(ken, 'tokyo')).toMatchObject({ captainId: anaId, signerId: anaId });

    // Ken sets the amount; Ana sees it with his name, then changes the action, which Ken sees with hers.
    expect(await ken.ask('team:edit', { round: 1, field: 'treasuryAmountBn', value: '50' })).toEqual({
      ok: true,
      data: { seq: 1 },
    });
    await ana.until((player) => draftOf(player)?.seq === 1, 5000, "Ken's change");
    expect(draftOf(ana)!.fields.treasuryAmountBn).toMatchObject({
      personId: kenId,
      name: 'Ken',
      value: '50',
    });
    await ana.ask('team:edit', { round: 1, field: 'treasuryAction', value: 'sell' });
    await ken.until((player) => draftOf(player)?.seq === 2, 5000, "Ana's change");
    expect(draftOf(ken)!.fields.treasuryAction).toMatchObject({ name: 'Ana', value: 'sell' });
    expect(draftOf(ken)!.trail.map((change) => `${change.name}:${change.field}=${change.value}`)).toEqual([
      'Ken:treasuryAmountBn=50',
      'Ana:treasuryAction=sell',
    ]);

    // The same field at once: the server's order decides, and both see the last change and its author.
    await Promise.all([
      ana.ask('team:edit', { round: 1, field: 'retaliatoryTariffPct', value: '10' }),
      ken.ask('team:edit', { round: 1, field: 'retaliatoryTariffPct', value: '20' }),
    ]);
    await ana.until((player) => draftOf(player)?.seq === 4);
    await ken.until((player) => draftOf(player)?.seq === 4);
    expect(draftOf(ana)!.fields.retaliatoryTariffPct).toEqual(draftOf(ken)!.fields.retaliatoryTariffPct);

    // Bad changes are refused and change nothing.
    for (const [edit, code] of [
      [{ round: 1, field: 'tariffPct', value: '5' }, 'INVALID_COMMAND'],
      [{ round: 1, field: 'treasuryAction', value: 'dump' }, 'INVALID_COMMAND'],
      [{ round: 1, field: 'treasuryAmountBn', value: true }, 'INVALID_COMMAND'],
      [{ round: 2, field: 'treasuryAmountBn', value: '9' }, 'STALE_VERSION'],
    ] as const) {
      expect(await ken.ask('team:edit', edit), JSON.stringify(edit)).toMatchObject({
        ok: false,
        error: { code },
      });
    }
    expect(await wen.ask('team:edit', { round: 1, field: 'tariffPct', value: '5' })).toMatchObject({
      ok: true,
    });

    // A refresh brings the whole draft back.
    const kenAgain = await connect('Ken again');
    await kenAgain.resume(ken.joined!.gameId, ken.joined!.token);
    await kenAgain.until((player) => draftOf(player) !== null, 5000, 'the draft on resuming');
    expect(draftOf(kenAgain)!.fields.treasuryAmountBn!.value).toBe('50');
    expect(draftOf(kenAgain)!.seq).toBe(4);

    // Only the captain signs: Ken's accept is refused and changes nothing; Ana's binds the whole seat.
    const proposalId = await wenOffers(wen, ana);
    expect(await ken.command({ type: 'deal:accept', proposalId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_CAPTAIN' },
    });
    expect(ken.view!.proposals.find((proposal) => proposal.id === proposalId)).toMatchObject({
      status: 'open',
      signedBy: ['whiteHouse'],
    });
    const signed = await ana.commandOk({ type: 'deal:accept', proposalId });
    expect(signed.dealId).toBeTruthy();
    await ken.until((player) => player.view!.deals.length === 1, 5000, 'the deal');

    // The deal binds Ken's hand-in as much as Ana's: a sale breaks it, a hold is accepted from him.
    await ana.commandOk({ type: 'host:skip' });
    await ken.untilPhase('decide', 1);
    const sale = { ...SHEETS.tokyo, treasuryAction: 'sell', treasuryAmountBn: 50 };
    expect(await ken.command({ type: 'move:submit', move: sale })).toMatchObject({
      ok: false,
      error: { code: 'BREAKS_DEAL' },
    });
    expect(
      await ken.command({ type: 'move:submit', move: { ...sale, treasuryAction: 'hold' } }),
    ).toMatchObject({
      ok: true,
    });

    // Nobody else ever received Tokyo's draft.
    expect(
      wen.received.some(
        (entry) => entry.event === 'team:draft' && JSON.stringify(entry.payload).includes('tokyo'),
      ),
    ).toBe(false);
    expect(JSON.stringify(wen.received)).not.toContain('treasuryAmountBn');
  });

  it('the next connected member signs while the captain is away, and a named captain takes over', async () => {
    const { ana, ken, wen } = await tokyoTeam();
    const anaId = ana.joined!.personId!;
    const kenId = ken.joined!.personId!;

    // A member who is not signing cannot name the captain.
    expect(await ken.ask('team:captain', { personId: kenId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_CAPTAIN' },
    });

    // Ana goes away: Ken signs for the seat meanwhile.
    ana.close();
    await ken.until((player) => seatOf(player, 'tokyo')?.signerId === kenId, 5000, 'Ken signing');
    expect(seatOf(ken, 'tokyo')?.captainId).toBe(anaId);
    const first = await wenOffers(wen, ken);
    expect((await ken.commandOk({ type: 'deal:accept', proposalId: first })).dealId).toBeTruthy();

    // Ana is back: the pen is hers again, so Ken's answer is refused.
    const anaBack = await connect('Ana back');
    await anaBack.resume(ana.joined!.gameId, ana.joined!.token);
    await ken.until((player) => seatOf(player, 'tokyo')?.signerId === anaId, 5000, 'Ana signing again');
    const second = await wenOffers(wen, anaBack);
    expect(await ken.command({ type: 'deal:reject', proposalId: second })).toMatchObject({
      error: { code: 'NOT_CAPTAIN' },
    });

    // Ana names Ken captain: now he answers and she may not.
    expect(await anaBack.ask('team:captain', { personId: kenId })).toMatchObject({ ok: true });
    await anaBack.until((player) => seatOf(player, 'tokyo')?.captainId === kenId, 5000, 'Ken named');
    expect(await anaBack.command({ type: 'deal:reject', proposalId: second })).toMatchObject({
      error: { code: 'NOT_CAPTAIN' },
    });
    expect(await ken.command({ type: 'deal:reject', proposalId: second })).toMatchObject({ ok: true });

    // Wen is a seat of one: his own captain, as before teams.
    expect(seatOf(wen, 'whiteHouse')).toMatchObject({
      captainId: wen.joined!.personId,
      signerId: wen.joined!.personId,
    });
  });

  it("a team's chat reaches its own members only, each message with its author", async () => {
    const { ana, ken, wen } = await tokyoTeam();
    const secret = 'we sell 40 whatever they say';
    const sent = await ken.commandOk({ type: 'chat:team', message: { text: secret } });
    expect(sent.channelId).toBe('tokyo');
    await ana.until((player) => player.view!.channels.some((channel) => channel.id === 'tokyo'));
    const team = ana.view!.channels.find((channel) => channel.id === 'tokyo')!;
    expect(team.members).toEqual(['tokyo']);
    expect(team.messages).toMatchObject([{ from: 'tokyo', author: 'Ken', text: secret }]);
    await ana.commandOk({ type: 'chat:team', message: { text: 'fine' } });
    await ken.until((player) => player.view!.channels[0]?.messages.length === 2);
    expect(ken.view!.channels[0]!.messages.map((message) => message.author)).toEqual(['Ken', 'Ana']);

    // Wen's seat saw updates go by, but never the team's words or channel.
    await wen.commandOk({ type: 'chat:statement', statement: { text: 'hello', signal: 'none' } });
    await wen.until((player) => player.view!.statements.length === 1);
    expect(JSON.stringify(wen.received)).not.toContain(secret);
    expect(wen.view!.channels).toEqual([]);
  });

  it('the export names who in the team made each move and handed in the sheet, and when', async () => {
    const { ana, ken, wen } = await tokyoTeam();
    const whisper = 'a word between us';
    await ana.commandOk({ type: 'chat:private', message: { to: ['whiteHouse'], text: whisper } });
    await ana.commandOk({ type: 'host:skip' });
    await ken.untilPhase('decide', 1);
    await ken.commandOk({ type: 'move:submit', move: SHEETS.tokyo });
    await wen.commandOk({ type: 'move:submit', move: SHEETS.whiteHouse });
    await ana.untilPhase('news', 2);
    await ana.commandOk({ type: 'host:end' });
    await ana.untilPhase('ended');
    const gameId = ana.joined!.gameId;
    await server.registry.get(gameId)!.settled();
    const response = await fetch(`${server.url}/api/games/${gameId}/export.csv`, {
      headers: { Authorization: `Bearer ${ana.joined!.token}` },
    });
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual([...EXPORT_COLUMNS]);
    const cell = (row: string[], column: (typeof EXPORT_COLUMNS)[number]) =>
      row[EXPORT_COLUMNS.indexOf(column)];
    const stored = (await server.store.readLog(gameId)).map(({ event }) => event);
    const handIn = (role: string) =>
      stored.find(
        (event) => event.type === 'move:submit' && event.actor.kind === 'seat' && event.actor.role === role,
      )!;

    // Each command's row names its sender: Ana's whisper, Ken's sheet, Wen's; the host's skips are the host's.
    const eventRow = (type: string, role: string) =>
      rows.filter(
        (row) => cell(row, 'kind') === 'event' && cell(row, 'type') === type && cell(row, 'role') === role,
      );
    expect(eventRow('chat:private', 'tokyo').map((row) => cell(row, 'author'))).toEqual(['Ana']);
    expect(eventRow('move:submit', 'tokyo').map((row) => cell(row, 'author'))).toEqual(['Ken']);
    expect(eventRow('move:submit', 'whiteHouse').map((row) => cell(row, 'author'))).toEqual(['Wen']);
    expect(eventRow('host:skip', 'host').every((row) => cell(row, 'author') === '')).toBe(true);

    // Every field of a sheet handed in says who handed it in and when; a standing policy, nobody.
    const sheetRows = (role: string) =>
      rows.filter(
        (row) => cell(row, 'kind') === 'sheet' && cell(row, 'round') === '1' && cell(row, 'role') === role,
      );
    expect(sheetRows('tokyo').length).toBeGreaterThan(0);
    for (const row of sheetRows('tokyo')) {
      expect(cell(row, 'author')).toBe('Ken');
      expect(cell(row, 'at')).toBe(String(handIn('tokyo').at));
    }
    expect(new Set(sheetRows('whiteHouse').map((row) => cell(row, 'author')))).toEqual(new Set(['Wen']));
    for (const row of sheetRows('investors')) {
      expect([cell(row, 'type'), cell(row, 'at'), cell(row, 'author')]).toEqual(['standing', '', '']);
    }

    // The JSON says the same: the round's sheets with their hand-ins, the log with each sender.
    const json = await fetch(`${server.url}/api/games/${gameId}/export.json`, {
      headers: { Authorization: `Bearer ${ana.joined!.token}` },
    }).then((answer) => answer.json());
    expect(json.debrief.sheets[0].handIns).toEqual({
      tokyo: { at: handIn('tokyo').at, author: 'Ken' },
      whiteHouse: { at: handIn('whiteHouse').at, author: 'Wen' },
    });
    expect(
      json.log.find((entry: { event: { type: string } }) => entry.event.type === 'move:submit').event.actor,
    ).toMatchObject({ kind: 'seat', role: 'tokyo', person: { name: 'Ken' } });
  });
});
