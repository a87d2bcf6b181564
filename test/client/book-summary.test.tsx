// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BookSummary } from '../../client/features/scores/BookSummary.tsx';
import { createGameConfig, createGameEngine } from '../../shared/game/engine.ts';
import { playerViewFor } from '../../shared/game/player-view.ts';
import { runHeadlessGame } from '../../shared/sim/headless.ts';
import { renderWith, seatedClient } from './helpers.tsx';

afterEach(cleanup);

const T0 = 1_750_000_000_000;

/** Tokyo's view in round 1's negotiation after two minutes of market ticks. */
function tokyoMidRound() {
  const config = createGameConfig({
    gameId: 'game-1',
    seed: 11,
    seats: { tokyo: 'human', whiteHouse: 'bot', investors: 'bot', usBusiness: 'bot' },
  });
  const engine = createGameEngine(config, T0);
  let at = T0;
  const host = (type: string, id: string) => {
    at += 1;
    engine.command({ kind: 'host' }, { type, commandId: id, version: engine.state.version }, at);
  };
  host('host:start', 'h1');
  host('host:skip', 'h2'); // briefing → news
  host('host:skip', 'h3'); // news → negotiate
  for (let tick = 0; tick < 60; tick++) {
    at += 2_000;
    engine.tick(at);
  }
  return {
    view: playerViewFor(engine.state, 'tokyo'),
    startValue: config.scenario.startingMarket.tokyoHoldingsBn,
  };
}

describe("Tokyo's book on screen", () => {
  it('shows a gain or loss that matches the market value beside it, not 0.0 until the round resolves', () => {
    const { view, startValue } = tokyoMidRound();
    const { client } = seatedClient(view);
    renderWith(<BookSummary you={view.you!} />, client);
    const value = view.you!.holdings!.marketValueBn;
    const valueText = screen.getByText('Market value').nextElementSibling!.textContent!;
    const pnlText = screen.getByText('Gain or loss on the portfolio').nextElementSibling!.textContent!;
    expect(valueText).toBe(`$${Math.round(value).toLocaleString('en')}bn`);
    const shownPnl = Number(
      pnlText
        .replace(/bn$/, '')
        .replace(/[^0-9.\-+]/g, '')
        .replace('−', '-'),
    );
    expect(Math.abs(value - startValue)).toBeGreaterThan(0.5);
    expect(shownPnl).toBeCloseTo(value - startValue, 1);
  });
});

describe("the fund's book on screen", () => {
  it('shows the risk taken against the benchmark that the value-added score charges for', () => {
    const run = runHeadlessGame({ seed: 5, rounds: 2 });
    const view = playerViewFor(run.state, 'investors');
    const { client } = seatedClient(view);
    renderWith(<BookSummary you={view.you!} />, client);
    const shown = screen.getByText('Risk taken against the benchmark (%²)').nextElementSibling!.textContent!;
    const variance = run.state.books.investors.activeVariance;
    expect(variance).toBeGreaterThan(0);
    expect(Number(shown.replace(/,/g, ''))).toBeCloseTo(variance, 1);
  });
});
