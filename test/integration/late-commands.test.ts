import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle, LeverageServerOptions } from '../../server/app.ts';
import type { BotAction } from '../../shared/bots/types.ts';
import type { GameEvent } from '../../shared/game/events.ts';
import type { PlayerView } from '../../shared/game/player-view.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { SAMPLE_SHEETS } from '../fixtures/sample-sheets.ts';
import { FakeClock } from './fake-clock.ts';
import { closeAfterEach, startServer, TestPlayer } from './harness.ts';

/**
 * A phase ends at its deadline, not when the server's timer for it gets its turn. Under load the server
 * runs due timers one per turn of the event loop (server/clock.ts: hundreds of a class's tables end
 * their phases together), so a player's command can be read after the deadline and before the timer:
 * it meets the next phase, as it would have a moment later, never the one that is over.
 */

let server: LeverageServerHandle | null = null;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

const BOTS = ROLE_IDS.slice(2);

/**
 * Tokyo (Ana, the host) and the White House (Ben) are people, bots sit in the other two seats; the
 * briefing and the phases before `phase` are skipped.
 */
async function tableIn(
  phase: 'negotiate' | 'decide',
  clock: FakeClock,
  options: Partial<LeverageServerOptions> = { bots: () => [] },
) {
  server = await startServer({ clock, ...options });
  const ana = await TestPlayer.connect(server.url, 'Ana');
  const ben = await TestPlayer.connect(server.url, 'Ben');
  players = [ana, ben];
  const created = await ana.create({ mode: 'multiplayer', role: 'tokyo', botFill: false, seed: 3 });
  await ben.join(created.code, 'whiteHouse');
  await ana.seatBots(BOTS);
  await ana.commandOk({ type: 'host:start' });
  for (const next of ['news', 'negotiate', 'decide'] as const) {
    await ana.commandOk({ type: 'host:skip' });
    await ana.untilPhase(next, 1);
    if (next === phase) break;
  }
  await ben.untilPhase(phase, 1);
  return { ana, ben, game: server.registry.get(created.gameId)! };
}

describe('a command read after its phase’s deadline', () => {
  it('meets the phase after it: the deadline is applied first, in the log and in what everyone sees', async () => {
    const clock = new FakeClock();
    const { ben, game } = await tableIn('decide', clock);
    const deadline = game.engine.state.deadline!;
    clock.pass(deadline - clock.now() + 50);
    expect(game.engine.state.phase).toBe('decide');

    const late = await ben.command({ type: 'move:submit', move: SAMPLE_SHEETS.whiteHouse });
    expect(late.ok || late.error.code).toBe('WRONG_PHASE');
    await game.settled();
    const { state, log } = game.engine;
    expect(state.round === 2 || state.phase !== 'decide').toBe(true);
    expect(state.submitted.whiteHouse).toBeUndefined();
    expect(state.reports).toHaveLength(1);
    // The round was resolved at the deadline, from the sheets in by then: the White House's stood still.
    expect(log.some((event) => event.type === 'clock:timeout')).toBe(true);
    const lastCommand = log.findLastIndex(
      (event) => event.type !== 'clock:timeout' && event.type !== 'market:tick',
    );
    expect(log.findLastIndex((event) => event.type === 'clock:timeout')).toBeGreaterThan(lastCommand);
  });

  it('is taken in its phase while the deadline has not come', async () => {
    const clock = new FakeClock();
    const { ben, game } = await tableIn('decide', clock);
    clock.pass(game.engine.state.deadline! - clock.now() - 50);
    const inTime = await ben.command({ type: 'move:submit', move: SAMPLE_SHEETS.whiteHouse });
    expect(inTime.ok).toBe(true);
    expect(game.engine.state.submitted.whiteHouse).toBeDefined();
  });
});

describe('a team’s draft edit read after its round’s deadline', () => {
  it('is judged in the round that follows: the deadline is applied first, and an edit for the round over is refused', async () => {
    const clock = new FakeClock();
    const { ben, game } = await tableIn('decide', clock);
    clock.pass(game.engine.state.deadline! - clock.now() + 50);
    expect(game.engine.state.phase).toBe('decide');

    const late = await ben.ask('team:edit', { round: 1, field: 'tariffPct', value: '5' });
    expect(late).toMatchObject({ ok: false, error: { code: 'STALE_VERSION' } });
    const { state, log } = game.engine;
    expect([state.round, state.phase]).toEqual([2, 'news']);
    expect(log.at(-1)?.type).toBe('clock:timeout');
    // The draft is the new round's: an edit made for it is taken.
    expect(await ben.ask('team:edit', { round: 2, field: 'tariffPct', value: '5' })).toMatchObject({
      ok: true,
      data: { seq: 1 },
    });
  });
});

/** Who handed in a sheet, in the order the log has them. */
const sheetsIn = (log: readonly GameEvent[]) =>
  log.flatMap((event) =>
    event.type === 'move:submit' && event.actor.kind === 'seat' ? [event.actor.role] : [],
  );

describe('a facilitator’s command read after its table’s deadline', () => {
  it('is made against the version of the phase after it, and taken there', async () => {
    const clock = new FakeClock();
    const { ana, game } = await tableIn('decide', clock);
    const host = game.lobby.person(ana.joined?.personId);
    expect(host?.isHost).toBe(true);
    clock.pass(game.engine.state.deadline! - clock.now() + 50);
    const paused = await game.hostCommand(host!, { type: 'host:pause' }, 'facilitator-1');
    expect(paused.ok || paused.error.code).toBe(true);
    const { state } = game.engine;
    expect([state.round, state.phase, state.paused]).toEqual([2, 'news', true]);
  });
});

describe('a bot’s command read after its phase’s deadline', () => {
  it('meets the phase after it, as a person’s does: the round resolves without it, and the bot plays on', async () => {
    const clock = new FakeClock();
    const errors: unknown[] = [];
    const logger = { info: () => {}, error: (...args: unknown[]) => errors.push(args) };
    // The real bots, thinking for a millisecond: their round-1 sheets fall due well before the deadline.
    const { game } = await tableIn('decide', clock, { botDelayMs: 1, logger });
    const deadline = game.engine.state.deadline!;
    // The bots' timers run and their sheets join the game's queue; before the queue reads them (a slow
    // commit, a busy event loop) the clock passes the deadline, whose own timer has not had its turn.
    expect(clock.fireNext(clock.now() + 1)).toBe(true);
    clock.pass(deadline - clock.now() + 50);
    await game.settled();

    const { state, log } = game.engine;
    expect([state.round, state.phase]).toEqual([2, 'news']);
    // Round 1 resolved at its deadline with no bot's sheet in: the late ones met round 2's news, refused.
    expect(sheetsIn(log)).toEqual([]);
    expect(state.reports).toHaveLength(1);

    // Nothing is stuck: the same bots hand in round 2's sheets, in round 2's decide phase.
    for (const phase of ['negotiate', 'decide'] as const) {
      await clock.advance(game.engine.state.deadline! - clock.now());
      await game.settled();
      expect([game.engine.state.round, game.engine.state.phase]).toEqual([2, phase]);
    }
    await clock.advance(1);
    await game.settled();
    expect(sheetsIn(game.engine.log).sort()).toEqual([...BOTS].sort());
    expect(Object.keys(game.engine.state.submitted).sort()).toEqual([...BOTS].sort());
    expect(errors).toEqual([]);
  });

  it('is not said in the phase after it: the bot decides again there, from what it sees then', async () => {
    const clock = new FakeClock();
    // The investors' bot says which phase it spoke in, once a phase.
    const saidIn = (phase: string): BotAction => ({
      command: { type: 'chat:statement', statement: { text: `Said in ${phase}.`, signal: 'none' } },
      reason: { key: 'bot.test.calm' },
    });
    const bots = (view: PlayerView) => (view.you?.role === 'investors' ? [saidIn(view.phase)] : []);
    const { game } = await tableIn('negotiate', clock, { bots, botDelayMs: 1 });
    const statements = () =>
      game.engine.log.flatMap((event) =>
        event.type === 'chat:statement' ? [event.command.statement.text] : [],
      );
    // The statement's timer runs; the negotiate deadline passes before the game's queue reads it.
    expect(clock.fireNext(clock.now() + 1)).toBe(true);
    clock.pass(game.engine.state.deadline! - clock.now() + 50);
    await game.settled();
    expect(game.engine.state.phase).toBe('decide');
    // Decided against negotiate's view, it is stale in decide (as a person's would be), and not said.
    expect(statements()).toEqual([]);
    await clock.advance(1);
    await game.settled();
    expect(statements()).toEqual(['Said in decide.']);
  });
});
