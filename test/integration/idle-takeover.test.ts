import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import type { LiveGame } from '../../server/live-game.ts';
import { MemoryGameStore } from '../../server/store/memory-store.ts';
import type { GameEvent } from '../../shared/game/events.ts';
import { replayGame } from '../../shared/game/replay.ts';
import type { SeatRequestPending } from '../../shared/protocol/socket.ts';
import { FakeClock } from './fake-clock.ts';
import { closeAfterEach, draftOf, SHEETS, startServer, TestPlayer } from './harness.ts';

let servers: LeverageServerHandle[] = [];
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers }));

/** A bot steps in after 60 s idle, warned 30 s before. */
const TAKEOVER = { afterSeconds: 60, level: 'easy' } as const;

async function serve(clock: FakeClock, store = new MemoryGameStore()) {
  const server = await startServer({ clock, store });
  servers.push(server);
  return server;
}

async function connect(server: LeverageServerHandle, name: string) {
  const player = await TestPlayer.connect(server.url, name);
  players.push(player);
  return player;
}

/** The seat-control inputs in a log, as `type:role`. */
const controlInputs = (log: readonly GameEvent[]) =>
  log.flatMap((event) =>
    event.type.startsWith('seat:') && 'role' in event ? [`${event.type}:${event.role}`] : [],
  );

/** Ana (host, Tokyo) and Ben (White House) are people, bots sit in the other seats; on to decide. */
async function tableInDecide(clock: FakeClock, server: LeverageServerHandle) {
  const ana = await connect(server, 'Ana');
  const ben = await connect(server, 'Ben');
  const created = await ana.create({
    mode: 'multiplayer',
    role: 'tokyo',
    rounds: 2,
    seed: 5,
    decideSeconds: 600,
    idleTakeover: TAKEOVER,
  });
  const joined = await ben.join(created.code, 'whiteHouse');
  await ana.commandOk({ type: 'host:start' });
  for (const phase of ['briefing', 'news', 'negotiate']) {
    await ana.untilPhase(phase);
    await ana.commandOk({ type: 'host:skip' });
  }
  await Promise.all([ana, ben].map((player) => player.untilPhase('decide', 1)));
  // Ana hands in her sheet: only Ben is left for the phase to wait on.
  await ana.commandOk({ type: 'move:submit', move: SHEETS.tokyo });
  await clock.advance(1000);
  const game = server.registry.get(created.gameId) as LiveGame;
  return { ana, ben, game, created, joined };
}

/** Ana (host, Tokyo) alone, Ben and Cai a team at the White House (Ben lets Cai in); on to decide. */
async function teamInDecide(server: LeverageServerHandle, options: { rounds: number; seed: number }) {
  const ana = await connect(server, 'Ana');
  const ben = await connect(server, 'Ben');
  const cai = await connect(server, 'Cai');
  const created = await ana.create({
    mode: 'multiplayer',
    role: 'tokyo',
    decideSeconds: 600,
    idleTakeover: TAKEOVER,
    ...options,
  });
  await ben.join(created.code, 'whiteHouse');
  const asked = await cai.ask<SeatRequestPending>('seat:request', {
    code: created.code,
    name: 'Cai',
    role: 'whiteHouse',
  });
  if (!asked.ok) throw new Error(asked.error.message);
  expect((await ben.ask('seat:answerRequest', { requestId: asked.data.requestId, accept: true })).ok).toBe(
    true,
  );
  await ana.commandOk({ type: 'host:start' });
  for (const phase of ['briefing', 'news', 'negotiate']) {
    await ana.untilPhase(phase);
    await ana.commandOk({ type: 'host:skip' });
  }
  await cai.untilPhase('decide', 1);
  return { ana, ben, cai, created };
}

describe('bots take over idle seats', () => {
  it('warns an idle seat, lets a bot hand in its sheet, and hands it back at once on return', async () => {
    const clock = new FakeClock();
    const server = await serve(clock);
    const { ana, ben, game } = await tableInDecide(clock, server);
    const decideFrom = clock.now() - 1000;
    expect(ana.view!.seats.whiteHouse.control).toBeNull();

    // 30 s before the limit: warned, and everyone sees when the bot will step in.
    await clock.advance(28_000);
    await game.settled();
    expect(ben.view!.seats.whiteHouse.control).toBeNull();
    await clock.advance(1000);
    await ben.until((player) => player.view!.seats.whiteHouse.control !== null, 5000, 'the warning');
    const warned = { status: 'warned', since: decideFrom + 30_000, takeoverAt: decideFrom + 60_000 };
    expect(ben.view!.seats.whiteHouse.control).toEqual(warned);
    await ana.until((player) => player.view!.seats.whiteHouse.control !== null, 5000, 'Ana sees it');
    expect(ana.view!.seats.whiteHouse.control).toEqual(warned);
    // Ana's seat handed its sheet in: nothing is expected of her, so she is not warned.
    expect(ana.view!.seats.tokyo.control).toBeNull();

    // At the limit a bot plays the White House and hands in its sheet, which closes the round.
    await clock.advance(30_000);
    await ben.until((player) => player.view!.seats.whiteHouse.control?.status === 'bot', 5000, 'takeover');
    expect(ben.view!.seats.whiteHouse.control).toEqual({
      status: 'bot',
      since: decideFrom + 60_000,
      level: 'easy',
    });
    await clock.advance(5000);
    await ben.untilPhase('news', 2);
    const report = ben.view!.reports.at(-1)!;
    expect(report.round).toBe(1);
    expect(report.missedSheets).toEqual([]);
    const wh = game.engine.log.filter(
      (event) =>
        event.type === 'move:submit' && event.actor.kind === 'seat' && event.actor.role === 'whiteHouse',
    );
    expect(wh).toHaveLength(1);
    expect(wh[0]!.at).toBeGreaterThanOrEqual(decideFrom + 60_000);
    expect(controlInputs(game.engine.log)).toEqual(['seat:warn:whiteHouse', 'seat:takeover:whiteHouse']);

    // Ben speaks: the seat is his again before his statement lands, in the same round.
    await ben.commandOk({
      type: 'chat:statement',
      statement: { text: 'We are back at the table.', signal: 'none' },
    });
    await ana.until((player) => player.view!.seats.whiteHouse.control === null, 5000, 'hand-back');
    const log = game.engine.log;
    const back = log.findIndex((event) => event.type === 'seat:return');
    expect(log[back + 1]).toMatchObject({
      type: 'chat:statement',
      actor: { kind: 'seat', role: 'whiteHouse' },
    });
    // The bot's queued actions were cancelled: nothing more comes from the White House's bot.
    const commandsBefore = log.length;
    await clock.advance(20_000);
    await game.settled();
    const later = game.engine.log.slice(commandsBefore);
    expect(
      later.filter(
        (event) => 'actor' in event && event.actor.kind === 'seat' && event.actor.role === 'whiteHouse',
      ),
    ).toEqual([]);
    // A replay of the log gives the same game, takeover and all.
    expect(replayGame(game.engine.state.config, game.createdAt, game.engine.log).seatControl).toEqual({});
  });

  it('"I’m back" hands a warned seat back without any other command; bad input changes nothing', async () => {
    const clock = new FakeClock();
    const server = await serve(clock);
    const { ana, ben, game } = await tableInDecide(clock, server);
    await clock.advance(30_000);
    await ben.until((player) => player.view!.seats.whiteHouse.control?.status === 'warned', 5000, 'warning');
    const version = game.engine.state.version;
    expect(await ben.ask('seat:back', { now: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_COMMAND' },
    });
    expect(game.engine.state.version).toBe(version);
    expect(await ben.ask('seat:back', {})).toEqual({ ok: true, data: true });
    await ana.until((player) => player.view!.seats.whiteHouse.control === null, 5000, 'hand-back');
    // Counted from his return: no takeover at the old limit, a new warning only 30 s later.
    await clock.advance(29_000);
    await game.settled();
    expect(game.engine.state.seatControl).toEqual({});
    expect(game.engine.state.submitted.whiteHouse).toBeUndefined();
  });

  it('does not take over a seat with one active teammate, though the other is away', async () => {
    const clock = new FakeClock();
    const server = await serve(clock);
    const { ana, ben, cai, created } = await teamInDecide(server, { rounds: 1, seed: 6 });
    await ana.commandOk({ type: 'move:submit', move: SHEETS.tokyo });
    ben.close();
    // Cai works on the seat's case in private, every 20 s, for four minutes: the seat is never idle.
    for (let step = 0; step < 12; step++) {
      await clock.advance(20_000);
      await cai.commandOk({
        type: 'chat:private',
        message: { to: ['tokyo'], text: `Still thinking (${step}).` },
      });
    }
    const game = server.registry.get(created.gameId) as LiveGame;
    await game.settled();
    expect(controlInputs(game.engine.log)).toEqual([]);
    expect(cai.view!.seats.whiteHouse.control).toBeNull();
    expect(cai.view!.phase).toBe('decide');
  });

  it("hands a team's seat back with its shared draft intact: the bot hands in a sheet, never edits the draft", async () => {
    const clock = new FakeClock();
    const server = await serve(clock);
    const { ana, ben, cai, created } = await teamInDecide(server, { rounds: 2, seed: 7 });
    // The White House's team drafts its sheet, then both of its people go quiet.
    expect(await ben.ask('team:edit', { round: 1, field: 'tariffPct', value: '35' })).toEqual({
      ok: true,
      data: { seq: 1 },
    });
    expect(await cai.ask('team:edit', { round: 1, field: 'stance', value: 'hawkish' })).toEqual({
      ok: true,
      data: { seq: 2 },
    });
    // Ana keeps working (her sheet is still out, so the round stays open) until the bot has played.
    const game = server.registry.get(created.gameId) as LiveGame;
    for (let step = 0; step < 4; step++) {
      await clock.advance(20_000);
      await ana.commandOk({
        type: 'chat:private',
        message: { to: ['usBusiness'], text: `Still here (${step}).` },
      });
    }
    await ben.until((player) => player.view!.seats.whiteHouse.control?.status === 'bot', 5000, 'takeover');
    await clock.advance(5000);
    await game.settled();
    expect(game.engine.state.submitted.whiteHouse).toBeDefined();
    expect(ben.view!.phase).toBe('decide');

    // Ben comes back: the seat is the team's again and its draft is as the two of them left it.
    expect(await ben.ask('seat:back', {})).toEqual({ ok: true, data: true });
    await cai.until((player) => player.view!.seats.whiteHouse.control === null, 5000, 'hand-back');
    expect(await ben.ask('team:edit', { round: 1, field: 'autoTariffPct', value: '25' })).toEqual({
      ok: true,
      data: { seq: 3 },
    });
    await cai.until((player) => draftOf(player)?.seq === 3, 5000, "Ben's next change");
    const draft = draftOf(cai)!;
    expect(
      Object.fromEntries(Object.entries(draft.fields).map(([field, change]) => [field, change.value])),
    ).toEqual({
      tariffPct: '35',
      stance: 'hawkish',
      autoTariffPct: '25',
    });
    expect(draft.trail.map((change) => `${change.name}:${change.field}`)).toEqual([
      'Ben:tariffPct',
      'Cai:stance',
      'Ben:autoTariffPct',
    ]);
  });

  it('restores who plays each seat after a restart, from the log', async () => {
    const clock = new FakeClock();
    const store = new MemoryGameStore();
    const first = await serve(clock, store);
    const { game, created } = await tableInDecide(clock, first);
    await clock.advance(59_000);
    await game.settled();
    expect(game.engine.state.seatControl.whiteHouse?.status).toBe('bot');
    const control = game.engine.state.seatControl;
    for (const player of players) player.close();
    players = [];
    await first.close();
    servers = servers.filter((server) => server !== first);

    const second = await serve(clock, store);
    const ana = await connect(second, 'Ana');
    await ana.resume(created.gameId, created.token);
    await ana.until((player) => player.view !== null, 5000, 'a view');
    expect(ana.view!.seats.whiteHouse.control).toEqual(control.whiteHouse);
    // The bot plays on after the restart: its sheet closes the round.
    await clock.advance(5000);
    await ana.untilPhase('news', 2);
    expect(ana.view!.reports.at(-1)!.missedSheets).toEqual([]);
  });
});
