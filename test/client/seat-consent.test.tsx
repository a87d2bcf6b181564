// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GameRouter } from '../../client/app/GameRouter.tsx';
import { HomeScreen } from '../../client/features/home/HomeScreen.tsx';
import { LobbyScreen } from '../../client/features/lobby/LobbyScreen.tsx';
import { SeatRequestPrompt } from '../../client/features/lobby/SeatRequestPrompt.tsx';
import { renderWith, roster, seatedClient, snapshotOf, TOKEN, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

function serverHealth(publicUrl: string | null) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ status: 'ok', publicUrl }))),
  );
}

describe('the join link a host projects', () => {
  it("is built from the server's public address, with a warning that localhost reaches nobody", async () => {
    serverHealth('http://192.168.1.20:3000');
    const { client } = seatedClient(viewAt('lobby'));
    client.store.set((state) => ({ ...state, roster: roster() }));
    renderWith(<LobbyScreen />, client);
    await flush();
    expect(window.location.hostname).toBe('localhost');
    expect(screen.getByRole('link', { name: 'http://192.168.1.20:3000#/join/K7M2QX' })).toBeTruthy();
    const warning = screen.getByTestId('localhost-warning');
    expect(warning.textContent).toContain('other devices cannot open that link');
    expect(warning.textContent).toContain('http://192.168.1.20:3000');
  });

  it('says what to do when the server knows no public address', async () => {
    serverHealth(null);
    const { client } = seatedClient(viewAt('lobby'));
    client.store.set((state) => ({ ...state, roster: roster() }));
    renderWith(<LobbyScreen />, client);
    await flush();
    expect(screen.getByTestId('localhost-warning').textContent).toContain('LEVERAGE_PUBLIC_URL');
  });
});

describe('requests to join a seat', () => {
  it("shows the seat's player who asks, and sends their answer", async () => {
    const { client, socket } = seatedClient(viewAt('negotiate'));
    socket.fire('seat:requests', {
      gameId: 'game-1',
      requests: [{ requestId: 'request1', name: 'Sam', role: 'tokyo' }],
    });
    renderWith(<SeatRequestPrompt />, client);
    expect(screen.getByText("Sam asks to join Tokyo (Japan's finance ministry).")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Decline Sam' }));
    expect(socket.sent('seat:answerRequest').map((sent) => sent.payload)).toEqual([
      { requestId: 'request1', accept: false },
    ]);
  });

  it('offers to ask when the seat is taken, then shows only that the request waits, and a decline plainly', async () => {
    const { client, socket } = seatedClient();
    client.leaveGame();
    socket.answerWith((sent) => {
      if (sent.event === 'game:join')
        return { ok: false, error: { code: 'SEAT_OCCUPIED', message: 'People already play tokyo.' } };
      if (sent.event === 'seat:request') return { ok: true, data: { requestId: 'request4', role: 'tokyo' } };
      return undefined;
    });
    renderWith(<HomeScreen />, client);
    const form = screen.getByRole('form', { name: 'Join a game' });
    // The home page also holds the class join form, with its own name field.
    const inForm = within(form);
    fireEvent.change(inForm.getByLabelText('Join code'), { target: { value: 'K7M2QX' } });
    fireEvent.change(inForm.getByLabelText('Your name'), { target: { value: 'Sam' } });
    fireEvent.change(inForm.getByLabelText('Preferred role'), { target: { value: 'tokyo' } });
    fireEvent.click(inForm.getByRole('button', { name: 'Join' }));
    await flush();
    expect(form.textContent).toContain("Tokyo (Japan's finance ministry) is already played.");
    fireEvent.click(screen.getByRole('button', { name: "Ask to join Tokyo (Japan's finance ministry)" }));
    await flush();
    expect(socket.sent('seat:request').map((sent) => sent.payload)).toEqual([
      { code: 'K7M2QX', name: 'Sam', role: 'tokyo' },
    ]);
    expect(screen.getByTestId('seat-request-status').textContent).toContain('Waiting for');
    act(() => socket.fire('seat:answer', { requestId: 'request4', accepted: false, reason: 'declined' }));
    expect(screen.getByTestId('seat-request-status').textContent).toBe(
      "Your request to join Tokyo (Japan's finance ministry) was declined.",
    );
    expect(client.store.get().seat).toBeNull();
  });

  it('shows a newcomer let into a game under way the seat’s brief and objectives before the game', async () => {
    const { client, socket } = seatedClient();
    client.leaveGame();
    socket.answerWith((sent) =>
      sent.event === 'seat:request'
        ? { ok: true, data: { requestId: 'request1', role: 'tokyo' } }
        : undefined,
    );
    await client.requestSeat({ code: 'K7M2QX', name: 'Sam', role: 'tokyo' });
    const joined = { gameId: 'game-1', code: 'K7M2QX', role: 'tokyo', token: TOKEN, isHost: false };
    socket.fire('seat:answer', { requestId: 'request1', accepted: true, joined });
    const view = viewAt('negotiate');
    socket.fire('game:snapshot', snapshotOf(view));
    renderWith(<GameRouter gameId="game-1" />, client);
    await flush();
    expect(screen.getByTestId('briefing-title').textContent).toBe(view.you!.brief.title.en);
    expect(screen.getByText(view.you!.brief.confidentialObjectives[0]!.en)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to the game' }));
    await flush();
    expect(screen.queryByRole('button', { name: 'Go to the game' })).toBeNull();
  });
});
