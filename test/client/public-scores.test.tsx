// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RoundReports } from '../../client/features/news/RoundReport.tsx';
import { ScoresPanel } from '../../client/features/scores/ScoresPanel.tsx';
import { createGameConfig, createGameEngine } from '../../shared/game/engine.ts';
import { type PlayerView, playerViewFor } from '../../shared/game/player-view.ts';
import type { GameState } from '../../shared/game/state.ts';
import type { RoleId } from '../../shared/roles.ts';
import { renderWith, seatedClient } from './helpers.tsx';

afterEach(cleanup);

const T0 = 1_750_000_000_000;

/** The game in round 2's negotiation, round 1 resolved: no holdings report yet, nothing ended. */
function roundTwo(): GameState {
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
  return engine.state;
}

const whiteHouseInRoundTwo = () => playerViewFor(roundTwo(), 'whiteHouse');

/** The standings table as rendered, row by row: [rank, role, played by, score]. */
function standings(view: PlayerView, language: 'en' | 'ja' = 'en') {
  const { client } = seatedClient(view);
  renderWith(<ScoresPanel view={view} />, client, language);
  const cellsOf = (role: RoleId) =>
    [...screen.getByTestId(`standing-${role}`).querySelectorAll('th, td')].map((cell) => cell.textContent);
  const table = screen.getByRole('table', { name: language === 'en' ? 'Standings' : '順位' });
  const described = table.getAttribute('aria-describedby');
  const description = described ? (document.getElementById(described)?.textContent ?? null) : null;
  return { cellsOf, description };
}

const FUND_HIDDEN = "— hidden until the end: the fund's positions are private";
const BUSINESS_HIDDEN = "— hidden until the end: the businesses' hedges and supply-chain moves are private";

describe('scores that read secret moves, on screen', () => {
  it('shows a score hidden until the end as a dash with its reason, never a number, and does not rank it', () => {
    const view = whiteHouseInRoundTwo();
    const { cellsOf, description } = standings(view);
    expect(cellsOf('investors')).toEqual(['—not ranked', 'Investors', 'Bot', FUND_HIDDEN]);
    expect(cellsOf('usBusiness')).toEqual(['—not ranked', 'US business', 'Bot', BUSINESS_HIDDEN]);
    // Tokyo's lagged score is a published figure: a number, labelled as of when.
    const tokyo = view.seats.tokyo.score!;
    expect(cellsOf('tokyo')[3]).toBe(`${tokyo} (as at the start: its secret moves are not revealed yet)`);
    expect(cellsOf('whiteHouse')[3]).toBe(String(view.seats.whiteHouse.score));
    // Only the two scores shown are ranked, highest first, and the table says so.
    const ranks = [cellsOf('tokyo')[0], cellsOf('whiteHouse')[0]].sort();
    expect(ranks).toEqual(tokyo === view.seats.whiteHouse.score ? ['1', '1'] : ['1', '2']);
    expect(description).toBe('Ranked by the scores as shown; a hidden score is not ranked.');
  });

  it('says the same in Japanese', () => {
    const { cellsOf, description } = standings(whiteHouseInRoundTwo(), 'ja');
    expect(cellsOf('investors')[0]).toBe('—順位なし');
    expect(cellsOf('investors')[3]).toBe('— 終了まで非公開：ファンドのポジションは非公開です');
    expect(cellsOf('usBusiness')[3]).toBe(
      '— 終了まで非公開：企業のヘッジとサプライチェーンの動きは非公開です',
    );
    expect(description).toBe('順位は表示中のスコアで付けています。非公開のスコアには順位を付けません。');
  });

  it('shows the projected (host) view the same dashes', () => {
    const { cellsOf } = standings(playerViewFor(roundTwo(), null));
    expect(cellsOf('investors')[3]).toBe(FUND_HIDDEN);
  });

  it("names both figures on Tokyo's own row: the public lagged score and its own score now", () => {
    const state = roundTwo();
    const view = playerViewFor(state, 'tokyo');
    const own = Math.round(state.scores.tokyo.total);
    const { cellsOf } = standings(view);
    expect(cellsOf('tokyo')[3]).toBe(
      `public: ${view.seats.tokyo.score} (as at the start: its secret moves are not revealed yet) · yours now, only you see it: ${own}`,
    );
    cleanup();
    expect(standings(view, 'ja').cellsOf('tokyo')[3]).toBe(
      `公表値： ${view.seats.tokyo.score} (開始時点：秘密の行動はまだ明かされていません) · 現在のあなたのスコア（あなたにだけ表示）：${own}`,
    );
  });

  it("names both on the fund's own row: hidden from others, its own score now", () => {
    const state = roundTwo();
    const own = Math.round(state.scores.investors.total);
    const { cellsOf } = standings(playerViewFor(state, 'investors'));
    expect(cellsOf('investors')[3]).toBe(`public: ${FUND_HIDDEN} · yours now, only you see it: ${own}`);
  });

  it('a round report shows a lagged score as "not public yet" and a hidden one as hidden until the end', () => {
    const view = whiteHouseInRoundTwo();
    expect(view.reports[0]!.scores.tokyo).toBeNull();
    const { client } = seatedClient(view);
    const { unmount } = renderWith(<RoundReports reports={view.reports} seats={view.seats} />, client);
    const table = screen.getByRole('table', { name: 'Scores after the round' });
    const rowOf = (name: string) =>
      within(table)
        .getAllByRole('row')
        .find((row) => row.textContent?.startsWith(name))!;
    expect(rowOf('Tokyo').textContent).toBe('Tokyo— Not public yet: this score reads secret moves');
    // In words on the page, not only for a screen reader or a pointer's tooltip (a phone has neither).
    const reason = within(rowOf('Tokyo')).getByText('Not public yet: this score reads secret moves');
    expect(reason.closest('.sr-only')).toBeNull();
    expect(rowOf('Investors').textContent).toBe(`Investors${FUND_HIDDEN}`);
    unmount();
    renderWith(<RoundReports reports={view.reports} seats={view.seats} />, client, 'ja');
    expect(screen.getAllByText('未公表：このスコアは秘密の行動に基づきます')).toHaveLength(1);
    expect(screen.getByText('終了まで非公開：ファンドのポジションは非公開です')).toBeTruthy();
  });

  it('shows Tokyo its own score in its round report, marked as only its own, and others still nothing', () => {
    const state = roundTwo();
    const view = playerViewFor(state, 'tokyo');
    expect(view.reports[0]!.scores.tokyo).toBeNull();
    const own = state.reports[0]!.scores.tokyo;
    const { client } = seatedClient(view);
    const reports = (
      <RoundReports
        reports={view.reports}
        seats={view.seats}
        you="tokyo"
        ownScores={view.you!.reportScores}
      />
    );
    const { unmount } = renderWith(reports, client);
    const table = screen.getByRole('table', { name: 'Scores after the round' });
    const rowOf = (name: string) =>
      within(table)
        .getAllByRole('row')
        .find((row) => row.textContent?.startsWith(name))!;
    expect(rowOf('Tokyo').textContent).toBe(`Tokyo (you)${own} (only you see it)—`);
    expect(rowOf('Investors').textContent).toBe(`Investors${FUND_HIDDEN}`);
    unmount();
    renderWith(reports, client, 'ja');
    expect(screen.getByText('（あなたにだけ表示）')).toBeTruthy();
    // The White House's view of the same report still withholds Tokyo's score.
    expect(playerViewFor(state, 'whiteHouse').you!.reportScores).toEqual(
      state.reports.map((report) => report.scores.whiteHouse),
    );
  });

  it("ranks the seat's own row by its own score, not by the public figure others see", () => {
    const state = roundTwo();
    const base = playerViewFor(state, 'tokyo');
    // Tokyo's public figure (as at the start) above the White House's, its own score below it.
    const view: PlayerView = {
      ...base,
      seats: {
        ...base.seats,
        tokyo: { ...base.seats.tokyo, score: 50, scoreAsOfRound: 0, scoreHiddenUntil: null },
        whiteHouse: { ...base.seats.whiteHouse, score: 45, scoreAsOfRound: null, scoreHiddenUntil: null },
      },
      you: { ...base.you!, score: { ...base.you!.score, total: 38 } },
    };
    const { cellsOf } = standings(view);
    expect(cellsOf('whiteHouse')[0]).toBe('1');
    expect(cellsOf('tokyo')[0]).toBe('2');
    expect(cellsOf('tokyo')[3]).toContain('yours now, only you see it: 38');
  });
});
