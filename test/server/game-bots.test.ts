import { describe, expect, it } from 'vitest';
import type { DurableEngine } from '../../server/durable-engine.ts';
import { GameBots } from '../../server/game-bots.ts';
import { createGameConfig, createGameEngine, type GameEngine } from '../../shared/game/engine.ts';
import { SAMPLE_SHEETS } from '../fixtures/sample-sheets.ts';
import { FakeClock } from '../integration/fake-clock.ts';

/** A game of people alone, in its decide phase, whose engine counts the commands it plays ahead of time. */
function decidingGame() {
  const engine = createGameEngine(createGameConfig({ gameId: 'g', seed: 5 }), 0);
  for (const [index, type] of ['host:start', 'host:skip', 'host:skip', 'host:skip'].entries()) {
    const ack = engine.command(
      { kind: 'host' },
      { type, commandId: `c${index}`, version: engine.state.version },
      0,
    );
    expect(ack.ok).toBe(true);
  }
  expect(engine.state.phase).toBe('decide');
  let previews = 0;
  const preview: GameEngine['preview'] = (...args) => {
    previews++;
    return engine.preview(...args);
  };
  const durable = { engine: { ...engine, state: engine.state, preview } } as unknown as DurableEngine;
  return { engine, durable, previews: () => previews };
}

describe("a person's sheet in a game without bots", () => {
  it('is not played through the machine ahead of time: there is no bot sheet to hurry', () => {
    const { engine, durable, previews } = decidingGame();
    const bots = new GameBots({
      clock: new FakeClock(0),
      brain: () => [],
      delay: { minMs: 1000, maxMs: 2000 },
      seed: 5,
      onError: (error) => {
        throw error;
      },
      commandPrefix: 'bot',
      durable,
      withinPace: () => true,
      applyInQueue: async () => ({ ok: true, data: null }),
    });
    const sheet = {
      type: 'move:submit',
      commandId: 'm',
      version: engine.state.version,
      move: SAMPLE_SHEETS.tokyo,
    };
    bots.hurryBefore({ kind: 'seat', role: 'tokyo' }, sheet, 1_000);
    expect(previews()).toBe(0);
  });
});
