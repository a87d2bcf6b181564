// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RoundReports } from '../../client/features/news/RoundReport.tsx';
import { ScoresPanel } from '../../client/features/scores/ScoresPanel.tsx';
import { createGameConfig, createGameEngine } from '../../shared/game/engine.ts';
import { playerViewFor } from '../../shared/game/player-view.ts';
import { renderWith, seatedClient } from './helpers.tsx';

afterEach(cleanup);

const T0 = 1_750_000_000_000;

/** The White House's view in round 2's negotiation, round 1 resolved. */
function whiteHouseInRoundTwo() {
  const config = createGameConfig({
    gameId: 'game-1',
    seed: 11,
    seats: { tokyo: 'human', whiteHouse: 'human', investors: 'bot', usBusiness: 'bot' },
  });
  const engine = createGameEngine(config, T0);
  let at = T0;
  for (const [index, type] of ['host:start', ...Array.from({ length: 5 }, () => 'host:skip')].entries()) {
    at += 1;
    engine.command({ kind: 'host' }, { type, commandId: `h${index}`, version: engine.state.version }, at);
  }
  expect(engine.state.round).toBe(2);
  expect(engine.state.phase).toBe('negotiate');
  return playerViewFor(engine.state, 'whiteHouse');
}

describe('scores that read secret moves, on screen', () => {
  it('the standings say which scores are not live and why', () => {
    const view = whiteHouseInRoundTwo();
    const { client } = seatedClient(view);
    renderWith(<ScoresPanel view={view} />, client);
    const rows = within(screen.getByRole('table', { name: 'Standings' })).getAllByRole('row');
    const rowOf = (name: string) => rows.find((row) => row.textContent?.startsWith(name))!;
    expect(rowOf('Tokyo').textContent).toContain(
      `${view.seats.tokyo.score} (as at the start: its secret moves are not revealed yet)`,
    );
    expect(rowOf('Investors').textContent).toContain('as at the start');
    expect(rowOf('White House').textContent).not.toContain('as at the start');
    expect(rowOf('White House').textContent).toContain(String(view.seats.whiteHouse.score));
  });

  it('a round report shows a score not yet public as a dash that says so, in English and Japanese', () => {
    const view = whiteHouseInRoundTwo();
    expect(view.reports[0]!.scores.tokyo).toBeNull();
    const { client } = seatedClient(view);
    const { unmount } = renderWith(<RoundReports reports={view.reports} />, client);
    const table = screen.getByRole('table', { name: 'Scores after the round' });
    const tokyo = within(table)
      .getAllByRole('row')
      .find((row) => row.textContent?.startsWith('Tokyo'))!;
    expect(tokyo.textContent).toBe('Tokyo—Not public yet: this score reads secret moves');
    unmount();
    renderWith(<RoundReports reports={view.reports} />, client, 'ja');
    expect(screen.getAllByText('未公表：このスコアは秘密の行動に基づきます')).toHaveLength(3);
  });
});
