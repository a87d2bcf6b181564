import { describe, expect, it } from 'vitest';
import { botActions } from '../../../shared/bots/index.ts';
import { csvField, toCsv } from '../../../shared/debrief/csv.ts';
import { EXPORT_COLUMNS, exportCsvOf, exportRowsOf, gameExportOf } from '../../../shared/debrief/export.ts';
import type { PerRole, SeatKind } from '../../../shared/roles.ts';
import { runHeadlessGame, type SeatPlayer } from '../../../shared/sim/headless.ts';
import { defaultProfiles } from '../../../shared/sim/profiles.ts';
import { parseCsv } from '../../fixtures/read-csv.ts';
import { gameWithSale, tokyoWhisper } from './played-games.ts';

const run = gameWithSale();
const source = { config: run.config, code: 'ABC123', createdAt: 0, log: run.log, people: [] };

describe('the export of a finished game', () => {
  const data = gameExportOf(source);
  const rows = exportRowsOf(data);

  it('lists every accepted input, each command under its id with its payload', () => {
    expect(data.game).toMatchObject({ gameId: run.config.gameId, code: 'ABC123', ended: true });
    expect(data.log.map((entry) => entry.event)).toEqual(run.log);
    const events = rows.filter((row) => row.kind === 'event');
    expect(events.length).toBe(run.log.length);
    for (const [index, event] of run.log.entries()) {
      const row = events[index]!;
      expect(row.value).toBe(index);
      expect(row.type).toBe(event.type);
      if (!('command' in event)) continue;
      expect(row.id).toBe(event.command.commandId);
      expect(row.role).toBe(event.actor.kind === 'host' ? 'host' : event.actor.role);
    }
  });

  it("names a bot as each of its commands' and sheets' author, and when each sheet was handed in", () => {
    const commands = run.log.filter((event) => 'command' in event);
    const events = rows.filter((row) => row.kind === 'event' && row.id !== undefined);
    expect(events.length).toBe(commands.length);
    for (const row of events) expect(row.author, String(row.id)).toBe(row.role === 'host' ? null : 'bot');
    const submits = run.log.filter((event) => event.type === 'move:submit');
    for (const row of rows.filter((row) => row.kind === 'sheet' && row.type === 'handedIn')) {
      expect(row.author).toBe('bot');
      const sent = submits.filter((event) => event.command.move.role === row.role).map((event) => event.at);
      expect(sent).toContain(row.at);
    }
    expect(rows.some((row) => row.kind === 'sheet' && row.type === 'standing' && row.at !== null)).toBe(
      false,
    );
  });

  it('has every sheet field, chat message, deal, market point and score', () => {
    const sale = rows.find(
      (row) =>
        row.kind === 'sheet' && row.round === 2 && row.role === 'tokyo' && row.field === 'treasuryAmountBn',
    );
    expect(sale?.value).toBe(100);
    const weights = rows.filter(
      (row) =>
        row.kind === 'sheet' &&
        row.round === 1 &&
        row.role === 'investors' &&
        String(row.field).startsWith('allocation.'),
    );
    expect(weights.length).toBe(5);
    // Every message of the game, the scripted whispers among the bots' own private talk, in order.
    const texts = rows.filter((row) => row.kind === 'message').map((row) => row.text);
    const said = Object.values(run.state.channels).flatMap((channel) => channel.messages);
    expect(texts.length).toBe(said.length);
    const whispers = [1, 2, 3, 4, 5, 6].map(tokyoWhisper);
    expect(texts.filter((text) => whispers.includes(String(text)))).toEqual(whispers);
    expect(rows.filter((row) => row.kind === 'deal').map((row) => row.id)).toEqual(
      run.state.deals.map((deal) => deal.id),
    );
    expect(rows.filter((row) => row.kind === 'market').length).toBe(run.state.marketPath.length * 6);
    const lastYield = rows.filter((row) => row.kind === 'market' && row.field === 'yield10y').at(-1);
    expect(lastYield?.value).toBe(run.state.market.yield10y);
    const finalTotal = rows.find(
      (row) => row.kind === 'score' && row.type === 'final' && row.role === 'tokyo' && row.field === 'total',
    );
    expect(finalTotal?.value).toBe(run.state.scores.tokyo.total);
    expect(rows.filter((row) => row.kind === 'botReason').length).toBe(run.state.botReasons.length);
  });

  it('writes one CSV with a kind column that reads back row for row', () => {
    const parsed = parseCsv(exportCsvOf(data));
    expect(parsed[0]).toEqual([...EXPORT_COLUMNS]);
    expect(parsed.length).toBe(rows.length + 1);
    const text = EXPORT_COLUMNS.indexOf('text');
    expect(parsed.filter((row) => row[0] === 'message').map((row) => row[text])).toEqual(
      rows.filter((row) => row.kind === 'message').map((row) => row.text),
    );
    expect(parsed.some((row) => row[0] === 'message' && row[text] === tokyoWhisper(1))).toBe(true);
  });
});

describe("a class session's table in the export", () => {
  it('is named by its number, in the game and in the questions; any other game by its code', () => {
    const tableLabels = (data: ReturnType<typeof gameExportOf>) =>
      new Set(
        data.questions.flatMap(({ question }) =>
          question.params?.table === undefined ? [] : [question.params.table],
        ),
      );
    const atTable2 = gameExportOf({ ...source, table: '2' });
    expect(atTable2.game.table).toBe('2');
    expect(tableLabels(atTable2)).toEqual(new Set(['2']));
    const ordinary = gameExportOf(source);
    expect(ordinary.game.table).toBeNull();
    expect(tableLabels(ordinary)).toEqual(new Set(['ABC123']));
  });
});

describe('a table of one in the export', () => {
  const host = { role: 'tokyo' as const, isHost: true };
  const friend = { role: 'tokyo' as const, isHost: false };
  const soloSeats: PerRole<SeatKind> = { ...run.config.seats, tokyo: 'human' };
  const tableOfOne = (seats: PerRole<SeatKind>, people: { role: 'tokyo' | null; isHost: boolean }[]) =>
    gameExportOf({ ...source, config: { ...run.config, seats }, people }).game.tableOfOne;

  it('is the host alone at the one seat people play, every other seat a bot', () => {
    expect(tableOfOne(soloSeats, [host])).toBe(true);
    // Someone else at the seat, the host not seated (a class's facilitator), or a second seat of people.
    expect(tableOfOne(soloSeats, [host, friend])).toBe(false);
    expect(tableOfOne(soloSeats, [{ ...friend }, { role: null, isHost: true }])).toBe(false);
    expect(tableOfOne({ ...soloSeats, whiteHouse: 'human' }, [host])).toBe(false);
    expect(tableOfOne(run.config.seats, [])).toBe(false);
  });
});

describe('a Hold in the export', () => {
  // Tokyo's bot, except that its round-1 sheet holds with an amount left in it, as an outside client may send.
  const profile = defaultProfiles(11).tokyo;
  const holdingWithAmount: SeatPlayer = (view, seed) =>
    botActions(view, profile, seed).map((action) =>
      action.command.type === 'move:submit' && action.command.move.role === 'tokyo' && view.round === 1
        ? {
            ...action,
            command: {
              ...action.command,
              move: { ...action.command.move, treasuryAction: 'hold' as const, treasuryAmountBn: 25 },
            },
          }
        : action,
    );
  const held = runHeadlessGame({
    seed: 11,
    profiles: defaultProfiles(11),
    players: { tokyo: holdingWithAmount },
  });
  const data = gameExportOf({ config: held.config, code: 'HOLD25', createdAt: 0, log: held.log, people: [] });

  it('shows no amount for it, as the debrief shows none; a sale keeps its amount', () => {
    // The log keeps the command as it was handed in.
    expect(
      held.log.some(
        (event) =>
          event.type === 'move:submit' &&
          event.command.move.role === 'tokyo' &&
          event.command.move.treasuryAmountBn === 25,
      ),
    ).toBe(true);
    const first = data.debrief.sheets[0]!;
    expect(first.handedIn).toContain('tokyo');
    expect(first.sheets.tokyo).toMatchObject({ treasuryAction: 'hold', treasuryAmountBn: 0 });
    const amounts = exportRowsOf(data).filter(
      (row) => row.kind === 'sheet' && row.role === 'tokyo' && row.field === 'treasuryAmountBn',
    );
    expect(amounts.length).toBe(data.debrief.sheets.length);
    for (const row of amounts) {
      const sheet = data.debrief.sheets.find((played) => played.round === row.round)!.sheets.tokyo;
      const traded = sheet.treasuryAction === 'buy' || sheet.treasuryAction === 'sell';
      expect(row.value, `round ${row.round}, ${sheet.treasuryAction}`).toBe(
        traded ? sheet.treasuryAmountBn : null,
      );
    }
    const handedIn = data.debrief.sheets[0]!.handIns.tokyo!.at;
    expect(exportCsvOf(data).split('\r\n')).toContain(
      `sheet,1,${handedIn},tokyo,,handedIn,treasuryAmountBn,,,bot`,
    );
    const sale = exportRowsOf(gameExportOf(source)).find(
      (row) =>
        row.kind === 'sheet' && row.round === 2 && row.role === 'tokyo' && row.field === 'treasuryAmountBn',
    );
    expect(sale?.value).toBe(100);
  });
});

describe('the export before the end', () => {
  const data = gameExportOf({ ...source, log: run.log.slice(0, Math.floor(run.log.length / 2)) });
  const rows = exportRowsOf(data);

  it('holds the public record only: no log, sheet, chat, proposal or bot reason', () => {
    expect(data.game.ended).toBe(false);
    expect(data.log).toEqual([]);
    for (const kind of ['event', 'sheet', 'message', 'proposal', 'botReason'])
      expect(rows.filter((row) => row.kind === kind)).toEqual([]);
    expect(rows.filter((row) => row.kind === 'market').length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toContain('treasuryAmountBn');
  });
});

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas in text', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(toCsv(['a', 'b'], [{ a: 1 }])).toBe('a,b\r\n1,\r\n');
  });
});
