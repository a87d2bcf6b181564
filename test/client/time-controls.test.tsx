// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PhaseBar } from '../../client/features/dashboard/PhaseBar.tsx';
import { RoundReportView } from '../../client/features/news/RoundReport.tsx';
import { TimeDesk } from '../../client/features/time/TimeDesk.tsx';
import { TimeRequestControl } from '../../client/features/time/TimeRequestControl.tsx';
import type { PlayerView } from '../../shared/game/player-view.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/** The view with `ms` left on the clock, measured from now (the countdown reads the real clock). */
function withTimeLeft(view: PlayerView, ms: number): PlayerView {
  return { ...view, deadline: Date.now() + ms, paused: false, pausedRemainingMs: null };
}

describe('the countdown and its warnings', () => {
  it('says nothing before 30 s, then warns that the unsubmitted sheet will be replaced by the standing policy', () => {
    const { client } = seatedClient(withTimeLeft(viewAt('decide'), 90_000));
    const early = renderWith(<PhaseBar />, client);
    expect(screen.getByTestId('time-warning').textContent).toBe('');
    early.unmount();
    const view = withTimeLeft(viewAt('decide'), 25_000);
    client.store.set((state) => ({ ...state, game: { seq: 1, view } }));
    const { announcer } = renderWith(<PhaseBar />, client);
    const warning = screen.getByTestId('time-warning');
    expect(warning.textContent).toContain('Less than 30 seconds left, and your sheet is not handed in');
    // Said once by the page's announcer (politely), not by a live region of its own.
    expect(warning.getAttribute('role')).toBeNull();
    expect(announcer.regions.get().polite.map((line) => line.text)).toEqual([
      expect.stringContaining('Less than 30 seconds left, and your sheet is not handed in'),
    ]);
  });

  it('marks the last ten seconds with an icon and a word, not only a colour', () => {
    const view = withTimeLeft(viewAt('negotiate'), 8_000);
    const { client } = seatedClient(view);
    const { announcer } = renderWith(<PhaseBar />, client);
    // The last seconds interrupt: the assertive region.
    expect(announcer.regions.get().assertive.map((line) => line.text)).toEqual([
      'Less than 10 seconds left in this phase.',
    ]);
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toContain('⚠');
    expect(timer.textContent).toContain('Last seconds');
    expect(screen.getByTestId('time-warning').textContent).toContain(
      'Less than 10 seconds left in this phase.',
    );
  });

  it('says nothing at the start of a 15 s news phase: "less than 30 s" would be all of it', () => {
    const news = viewAt('news');
    expect(news.phaseSeconds).toBe(15);
    const { client } = seatedClient(withTimeLeft(news, 15_000));
    const { announcer } = renderWith(<PhaseBar />, client);
    expect(screen.getByTestId('time-warning').textContent).toBe('');
    expect(announcer.regions.get().polite).toEqual([]);
    cleanup();
    // Its last ten seconds are still said: a third of the phase has gone by.
    const late = seatedClient(withTimeLeft(news, 9_000));
    renderWith(<PhaseBar />, late.client);
    expect(screen.getByTestId('time-warning').textContent).toContain(
      'Less than 10 seconds left in this phase.',
    );
  });

  it('is in Japanese on a Japanese screen', () => {
    const view = withTimeLeft(viewAt('negotiate'), 20_000);
    const { client } = seatedClient(view);
    renderWith(<PhaseBar />, client, 'ja');
    expect(screen.getByTestId('time-warning').textContent).toContain(
      'このフェーズの残りが30秒を切りました。',
    );
  });
});

/** A seat's client whose person is not the game's host: the one who asks the host for time. */
function playerClient(view: PlayerView) {
  const seated = seatedClient(view);
  seated.client.store.set((state) => ({ ...state, seat: { ...state.seat!, isHost: false } }));
  return seated;
}

describe("a player's request for more time", () => {
  it('sends time:request with the usual 60 s', async () => {
    const view = viewAt('negotiate');
    const { client, socket } = playerClient(view);
    socket.answerWith(() => ({ ok: true, data: { requestId: 't9' } }));
    renderWith(<TimeRequestControl view={view} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Ask for 60 s more' }));
    await flush();
    expect(socket.sent('game:command').map((sent) => sent.payload)).toMatchObject([
      { type: 'time:request', seconds: 60 },
    ]);
  });

  it('says in words that a request is waiting, and does not send a second one', async () => {
    const base = viewAt('negotiate');
    const view: PlayerView = {
      ...base,
      timeRequests: [
        { id: 't3', role: 'tokyo', seconds: 60, at: 0, phaseVersion: base.version, status: 'pending' },
      ],
    };
    const { client, socket } = playerClient(view);
    renderWith(<TimeRequestControl view={view} />, client);
    const button = screen.getByRole('button', { name: 'Ask for 60 s more' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    await flush();
    expect(socket.sent('game:command')).toHaveLength(0);
    expect(screen.getByText('You asked for 60 s more. Waiting for the host.')).toBeTruthy();
  });

  it('names the facilitator at a class session’s table, who answers there', () => {
    const base = viewAt('negotiate');
    const request = { id: 't3', role: 'tokyo' as const, seconds: 60, at: 0, phaseVersion: base.version };
    const { client } = playerClient(base);
    client.store.set((state) => ({ ...state, roster: { gameId: 'game-1', code: null, seats: [] } }));
    const pending: PlayerView = { ...base, timeRequests: [{ ...request, status: 'pending' }] };
    const { unmount } = renderWith(<TimeRequestControl view={pending} />, client);
    expect(screen.getByText('You asked for 60 s more. Waiting for the facilitator.')).toBeTruthy();
    unmount();
    const granted: PlayerView = { ...base, timeRequests: [{ ...request, status: 'granted' }] };
    renderWith(<TimeRequestControl view={granted} />, client, 'ja');
    expect(screen.getByText('ファシリテーターが60秒延長しました。')).toBeTruthy();
  });

  it('is not offered to the host without a seat', () => {
    const view = viewAt('negotiate', null);
    const { client } = playerClient(view);
    renderWith(<TimeRequestControl view={view} />, client);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("is not offered to a host who plays a seat (a solo game's player): they add time themselves", () => {
    const view = viewAt('negotiate');
    const { client } = seatedClient(view);
    expect(client.store.get().seat?.isHost).toBe(true);
    renderWith(<TimeRequestControl view={view} />, client);
    expect(screen.queryByRole('button', { name: 'Ask for 60 s more' })).toBeNull();
  });
});

describe("the host's desk for time", () => {
  it('grants a request with one click and gives a seat extended time', async () => {
    const view = viewAt('negotiate');
    const { client, socket } = seatedClient(view);
    socket.answerWith(() => ({ ok: true, data: {} }));
    client.store.set((state) => ({
      ...state,
      timeDesk: {
        gameId: 'game-1',
        requests: [{ id: 't4', role: 'tokyo', seconds: 90, at: 0, phaseVersion: 1, status: 'pending' }],
        extendedTime: [],
      },
    }));
    renderWith(<TimeDesk />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Give Tokyo 90 s more' }));
    await flush();
    const group = screen.getByRole('group', { name: /Extended time/ });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Tokyo' }));
    await flush();
    expect(socket.sent('game:command').map((sent) => sent.payload)).toMatchObject([
      { type: 'host:grantTime', requestId: 't4' },
      { type: 'host:extendedTime', role: 'tokyo', extended: true },
    ]);
  });
});

describe('a round report', () => {
  it('tells the reader plainly that their sheet was not handed in', () => {
    const view = viewAt('news');
    const { client } = seatedClient(view);
    const report = {
      round: 1,
      at: 0,
      headlines: [],
      market: view.marketPath[0]!,
      scores: { tokyo: 50, whiteHouse: 50, investors: null, usBusiness: null },
      backstop: false,
      missedSheets: ['tokyo' as const, 'usBusiness' as const],
    };
    renderWith(
      <RoundReportView report={report} previous={undefined} seats={view.seats} you="tokyo" />,
      client,
    );
    expect(screen.getByText(/You handed in no sheet this round/)).toBeTruthy();
    expect(screen.getByText('No sheet handed in (standing policy played): Tokyo, US business')).toBeTruthy();
  });
});
