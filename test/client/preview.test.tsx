// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectedEffect } from '../../client/features/moves/ProjectedEffect.tsx';
import { projectSheet } from '../../client/features/moves/preview.ts';
import { createGameConfig, createGameEngine } from '../../shared/game/engine.ts';
import { playerViewFor } from '../../shared/game/player-view.ts';
import type { TokyoMove } from '../../shared/protocol/moves.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(cleanup);

/** A six-round game at round 1's decide phase, stepped by the host. */
function sixRounds() {
  const config = createGameConfig({
    gameId: 'game-1',
    seed: 11,
    rounds: 6,
    seats: { tokyo: 'human', whiteHouse: 'human', investors: 'human', usBusiness: 'human' },
  });
  const engine = createGameEngine(config, 0);
  let count = 0;
  const skip = (type = 'host:skip') => {
    count += 1;
    engine.command({ kind: 'host' }, { type, commandId: `h${count}`, version: engine.state.version }, count);
  };
  skip('host:start');
  while (engine.state.phase !== 'decide') skip();
  return { engine, skip };
}

describe('the projected effect of a move sheet', () => {
  const view = viewAt('decide');
  const standing = view.you!.standingMove as TokyoMove;

  it('is nil for the standing policy itself', () => {
    const projection = projectSheet(view, standing)!;
    expect(projection.withSheet).toEqual(projection.withStanding);
    expect(projection.now.yield10y).toBeCloseTo(view.market.yield10y, 6);
  });

  it('shows a large Treasury sale lifting the 10-year yield and hurting the portfolio', () => {
    const sale: TokyoMove = { ...standing, treasuryAction: 'sell', treasuryAmountBn: 150 };
    const projection = projectSheet(view, sale)!;
    expect(projection.withSheet.yield10y).toBeGreaterThan(projection.withStanding.yield10y);
    expect(projection.withSheet.mortgageRate).toBeGreaterThan(projection.withStanding.mortgageRate);
    expect(projection.headlines.length).toBeGreaterThan(0);
  });

  it('refuses a sheet for another role, and a seatless view', () => {
    const whiteHouse = viewAt('decide', 'whiteHouse').you!.standingMove;
    expect(projectSheet(view, whiteHouse)).toBeNull();
    expect(projectSheet({ ...view, you: null }, standing)).toBeNull();
  });

  it('projects the score the round report will publish, not the end-of-game score', () => {
    const { engine, skip } = sixRounds();
    for (const role of ['whiteHouse', 'investors'] as const) {
      const view = playerViewFor(engine.state, role);
      const projection = projectSheet(view, view.you!.standingMove)!;
      // Before the fix the projection read end-of-game targets: the White House's 50 became 31.
      expect(Math.abs(projection.withStanding.score - view.you!.score.total)).toBeLessThan(8);
      expect(projection.withSheet.score).toBe(projection.withStanding.score);
    }
    const view = playerViewFor(engine.state, 'whiteHouse');
    const projected = projectSheet(view, view.you!.standingMove)!.withStanding.score;
    skip(); // every seat keeps its standing sheet: round 1 resolves
    const published = engine.state.reports[0]!.scores.whiteHouse;
    // Only the market's noise (the preview rolls its own dice) separates the two.
    expect(Math.abs(projected - published)).toBeLessThan(4);
  });

  it('says in a line why the same outcome scores differently as rounds pass', async () => {
    const { engine } = sixRounds();
    const view = playerViewFor(engine.state, 'whiteHouse');
    const { client } = seatedClient(view);
    renderWith(<ProjectedEffect view={view} move={view.you!.standingMove} />, client);
    const line = await screen.findByTestId('targets-move');
    const drift = projectSheet(view, view.you!.standingMove)!.nowAtRoundEndTargets;
    // The White House starts at its score now; against round 1's targets, a step towards the harder
    // end-of-game goals, the same market scores less (about 49 on the default scenario).
    expect(drift).toBeGreaterThan(40);
    expect(drift).toBeLessThan(view.you!.score.total - 0.5);
    expect(line.textContent).toBe(
      `Score targets move a step each round, from where the game started to the end-of-game goals, so an unchanged outcome scores differently as rounds pass: if nothing moved, your score would be ${drift.toFixed(1)} after this round.`,
    );
  });
});
