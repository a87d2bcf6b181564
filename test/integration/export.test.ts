import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { EXPORT_COLUMNS, type GameExport } from '../../shared/debrief/export.ts';
import { SHEETS, startServer, TestPlayer } from './harness.ts';

let server: LeverageServerHandle;
let ana: TestPlayer;
let ben: TestPlayer;
let gameId: string;
const WHISPER = 'Between us: we sold a hundred billion.';
const SALE = { ...SHEETS.tokyo, treasuryAction: 'sell', treasuryAmountBn: 100 };

beforeAll(async () => {
  server = await startServer({ botDelayMs: 20 });
  ana = await TestPlayer.connect(server.url, 'Ana');
  ben = await TestPlayer.connect(server.url, 'Ben');
});

afterAll(async () => {
  ana.close();
  ben.close();
  await server.close();
});

async function get(
  path: string,
  token?: string,
): Promise<{ status: number; type: string; body: string; headers: Headers }> {
  const response = await fetch(`${server.url}${path}`, {
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
    headers: response.headers,
  };
}

const exportPath = (format: 'json' | 'csv') => `/api/games/${gameId}/export.${format}`;

/** The host plays Tokyo and sells in round 1; Ben plays the White House; bots the rest; two rounds. */
async function playRound(round: number): Promise<void> {
  const players = [ana, ben];
  if (round === 1) await ana.commandOk({ type: 'host:skip' });
  await Promise.all(players.map((player) => player.untilPhase('news', round)));
  await ana.commandOk({ type: 'host:skip' });
  await Promise.all(players.map((player) => player.untilPhase('negotiate', round)));
  if (round === 1) {
    await ana.commandOk({ type: 'chat:private', message: { to: ['whiteHouse'], text: WHISPER } });
    await ana.commandOk({
      type: 'chat:statement',
      statement: { text: 'Japan holds steady.', signal: 'denial' },
    });
  }
  await ana.commandOk({ type: 'host:skip' });
  await Promise.all(players.map((player) => player.untilPhase('decide', round)));
  await ana.commandOk({ type: 'move:submit', move: round === 1 ? SALE : SHEETS.tokyo });
  await ben.commandOk({ type: 'move:submit', move: SHEETS.whiteHouse });
}

describe('the export endpoints', () => {
  it('refuse a request without a token (401), with a wrong or a player token (403), for no game (404)', async () => {
    const created = await ana.create({
      mode: 'multiplayer',
      role: 'tokyo',
      rounds: 2,
      botFill: true,
      seed: 5,
    });
    gameId = created.gameId;
    await ben.join(created.code, 'whiteHouse');
    await ana.commandOk({ type: 'host:start' });
    await ana.untilPhase('briefing');

    const none = await get(exportPath('csv'));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(JSON.parse(none.body)).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    const player = await get(exportPath('csv'), ben.joined!.token);
    expect(player.status).toBe(403);
    expect(JSON.parse(player.body)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await get(exportPath('json'), 'x'.repeat(32))).status).toBe(403);
    expect((await get('/api/games/nosuchgame/export.json', ana.joined!.token)).status).toBe(404);
    expect((await get(exportPath('json'), ana.joined!.token)).status).toBe(200);
  });

  it('give the host the public record only while the game runs: no sheet, no chat, no log', async () => {
    await playRound(1);
    await ana.untilPhase('news', 2);
    const running = await get(exportPath('json'), ana.joined!.token);
    expect(running.status).toBe(200);
    const data = JSON.parse(running.body) as GameExport;
    expect(data.game.ended).toBe(false);
    // Ana and Ben at two seats: a table of people, with a facilitator's debrief.
    expect(data.game.tableOfOne).toBe(false);
    expect(data.log).toEqual([]);
    expect(data.debrief.sheets).toEqual([]);
    expect(data.debrief.transcripts).toEqual([]);
    expect(data.debrief.statements.map((statement) => statement.text)).toContain('Japan holds steady.');
    expect(running.body).not.toContain(WHISPER);
    expect(running.body).not.toContain('treasuryAmountBn');
    const csv = await get(exportPath('csv'), ana.joined!.token);
    expect(csv.body).not.toContain(WHISPER);
    expect(csv.body.split('\r\n').filter((line) => /^(event|sheet|message),/.test(line))).toEqual([]);
  });

  it('after the end, list every accepted move in the CSV and the JSON, sealed sheets and transcripts too', async () => {
    await playRound(2);
    await ana.untilPhase('ended');
    const game = server.registry.get(gameId)!;
    await game.settled();
    const stored = await server.store.readLog(gameId);
    const commands = stored.flatMap(({ event }) => ('command' in event ? [event] : []));
    expect(commands.length).toBeGreaterThan(10);

    const csv = await get(exportPath('csv'), ana.joined!.token);
    expect(csv.status).toBe(200);
    expect(csv.type).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="leverage-[A-Z0-9]{6}-.+\.csv"$/,
    );
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    const eventLines = lines.filter((line) => line.startsWith('event,'));
    expect(eventLines.length).toBe(stored.length);
    for (const command of commands) {
      const actor = command.actor.kind === 'host' ? 'host' : command.actor.role;
      expect(
        eventLines.some((line) => line.includes(`,${actor},${command.command.commandId},${command.type},`)),
        `${command.type} ${command.command.commandId}`,
      ).toBe(true);
    }
    // The last column, author, names who sent each command (the bots at the other two seats: bot) and
    // handed in each sheet; `at` is when.
    const sale = commands.find((event) => event.type === 'move:submit' && event.actor.kind === 'seat')!;
    expect(lines).toContain(`sheet,1,${sale.at},tokyo,,handedIn,treasuryAmountBn,100,,Ana`);
    const submitters = eventLines
      .filter((line) => line.includes(',move:submit,'))
      .map((line) => line.split(',').at(-1));
    expect(submitters.filter((author) => author !== 'bot')).toEqual(['Ana', 'Ben', 'Ana', 'Ben']);
    expect(submitters.filter((author) => author === 'bot').length).toBe(4);
    expect(lines.some((line) => line.startsWith('message,1,') && line.endsWith(`,${WHISPER},`))).toBe(true);

    // The CSV's bytes begin with UTF-8's byte-order mark, so that Excel reads Japanese text as UTF-8;
    // the JSON's do not (a JSON text must not begin with one).
    const bytes = async (format: 'csv' | 'json') =>
      new Uint8Array(
        await (
          await fetch(`${server.url}${exportPath(format)}`, {
            headers: { Authorization: `Bearer ${ana.joined!.token}` },
          })
        ).arrayBuffer(),
      );
    const csvBytes = await bytes('csv');
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes)).toBe(`\uFEFF${csv.body}`);
    expect((await bytes('json'))[0]).toBe('{'.charCodeAt(0));
    const json = JSON.parse((await get(exportPath('json'), ana.joined!.token)).body) as GameExport;
    expect(json.game.ended).toBe(true);
    expect(json.log.map((entry) => entry.event)).toEqual(stored.map((entry) => entry.event));
    expect(json.debrief.sheets[0]!.sheets.tokyo).toEqual(SALE);
    expect(json.debrief.sheets[1]!.sheets.whiteHouse).toEqual(SHEETS.whiteHouse);
    expect(json.debrief.transcripts[0]!.messages[0]!.text).toBe(WHISPER);
    // A player's token still opens nothing, even now.
    expect((await get(exportPath('json'), ben.joined!.token)).status).toBe(403);
  });
});
