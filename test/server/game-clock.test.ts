import { describe, expect, it } from 'vitest';
import { GameClock } from '../../server/game-clock.ts';
import { createGameConfig, createGameEngine } from '../../shared/game/engine.ts';
import { FakeClock } from '../integration/fake-clock.ts';

function game(clock: FakeClock) {
  const config = createGameConfig({
    gameId: 'g',
    seed: 4,
    rounds: 1,
    timers: { briefingSeconds: 30, newsSeconds: 5, negotiateSeconds: 20, decideSeconds: 10 },
  });
  const engine = createGameEngine(config, clock.now());
  const fired: string[] = [];
  const timers = new GameClock(clock, {
    onDeadline: () => {
      fired.push(`deadline@${clock.now()}`);
      if (engine.timeout(clock.now())) timers.reschedule(engine.state);
    },
    onTick: () => {
      fired.push(`tick@${clock.now()}`);
      if (engine.tick(clock.now())) timers.reschedule(engine.state);
    },
  });
  return { engine, timers, fired };
}

describe('the game clock', () => {
  it('waits for the absolute deadline and ticks the market only while people negotiate or decide', async () => {
    const clock = new FakeClock(0);
    const { engine, timers, fired } = game(clock);
    expect(engine.command({ kind: 'host' }, { type: 'host:start', commandId: 'a', version: 0 }, 0).ok).toBe(
      true,
    );
    timers.reschedule(engine.state);
    await clock.advance(29_999);
    expect(engine.state.phase).toBe('briefing');
    await clock.advance(1);
    expect(fired).toEqual(['deadline@30000']);
    expect(engine.state.phase).toBe('news');
    await clock.advance(5_000);
    expect(engine.state.phase).toBe('negotiate');
    await clock.advance(20_000);
    // tickSeconds is 2: nine ticks inside a 20 s negotiation; at 20 s the deadline comes first.
    const ticks = () => fired.filter((entry) => entry.startsWith('tick')).length;
    expect(ticks()).toBe(9);
    expect(engine.state.phase).toBe('decide');
    await clock.advance(10_000);
    expect(ticks()).toBeGreaterThanOrEqual(13);
    expect(engine.state.phase).toBe('ended');
    const firedAtEnd = fired.length;
    await clock.advance(60_000);
    expect(fired).toHaveLength(firedAtEnd);
  });

  it('stops while paused and counts from the new deadline after resuming', async () => {
    const clock = new FakeClock(0);
    const { engine, timers, fired } = game(clock);
    engine.command({ kind: 'host' }, { type: 'host:start', commandId: 'a', version: 0 }, 0);
    engine.command(
      { kind: 'host' },
      { type: 'host:pause', commandId: 'b', version: engine.state.version },
      10_000,
    );
    timers.reschedule(engine.state);
    await clock.advance(600_000);
    expect(fired).toEqual([]);
    engine.command(
      { kind: 'host' },
      { type: 'host:resume', commandId: 'c', version: engine.state.version },
      clock.now(),
    );
    timers.reschedule(engine.state);
    await clock.advance(20_000);
    // Paused with 20 s left at 10 s; resumed at 600 s: the briefing now ends at 620 s.
    expect(fired).toEqual(['deadline@620000']);
    expect(engine.state.phase).toBe('news');
  });

  it('leaves the timers standing through changes that move neither the deadline nor the next tick', async () => {
    const clock = new FakeClock(0);
    const { engine, timers } = game(clock);
    let set = 0;
    const setTimeout = clock.setTimeout.bind(clock);
    clock.setTimeout = (fn, ms) => {
      set++;
      return setTimeout(fn, ms);
    };
    engine.command({ kind: 'host' }, { type: 'host:start', commandId: 'a', version: 0 }, 0);
    timers.reschedule(engine.state);
    await clock.advance(35_500);
    expect(engine.state.phase).toBe('negotiate');
    const armed = set;
    for (const [index, text] of ['Calm.', 'Still calm.', 'Talks go on.'].entries()) {
      const statement = { text, signal: 'hint' };
      const type = 'chat:statement';
      const command = { type, commandId: `s${index}`, version: engine.state.version, statement };
      expect(engine.command({ kind: 'seat', role: 'tokyo' }, command, clock.now()).ok).toBe(true);
      timers.reschedule(engine.state);
    }
    expect(set).toBe(armed);
    // The market still ticks and the phase still ends when the state says.
    await clock.advance(20_000);
    expect(engine.state.phase).toBe('decide');
    expect(engine.state.marketPath.at(-1)!.at).toBeGreaterThanOrEqual(54_000);
  });
});
