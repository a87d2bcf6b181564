// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostControls, SKIP_SETTLE_MS } from '../../client/features/host/HostControls.tsx';
import { draftKey, type StoredDraft, toDraft } from '../../client/features/moves/move-draft.ts';
import { PHASES_ACCEPTING } from '../../shared/game/command-phases.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(cleanup);

describe('the host’s controls follow the one phase table', () => {
  it('offers a shock in every phase the server accepts one, the briefing included', () => {
    for (const phase of ['briefing', 'news', 'negotiate', 'decide'] as const) {
      const view = viewAt(phase, null);
      const { client } = seatedClient(view);
      const { unmount } = renderWith(<HostControls />, client);
      expect({ phase, inject: screen.queryByRole('button', { name: 'Inject shock' }) !== null }).toEqual({
        phase,
        inject: PHASES_ACCEPTING['host:inject'].includes(phase),
      });
      unmount();
    }
  });

  it('offers resume, not pause, while paused; and nothing in the lobby', () => {
    const paused = { ...viewAt('negotiate', null), paused: true };
    const { client } = seatedClient(paused);
    const { unmount } = renderWith(<HostControls />, client);
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    unmount();
    const lobby = seatedClient(viewAt('lobby', null));
    const { container } = renderWith(<HostControls />, lobby.client);
    expect(container.textContent).toBe('');
  });
});

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const focusedName = () => (document.activeElement as HTMLElement | null)?.textContent;

describe('Skip asks before it throws away the host’s own sheet', () => {
  afterEach(() => window.localStorage.clear());

  it('names the phase it ends', () => {
    const names: string[] = [];
    for (const phase of ['briefing', 'news', 'negotiate'] as const) {
      const { client } = seatedClient(viewAt(phase, null));
      const { unmount } = renderWith(<HostControls />, client);
      names.push(screen.getAllByRole('button')[2]!.textContent ?? '');
      unmount();
    }
    expect(names).toEqual(['Skip the briefing', 'Skip the news', 'End negotiation']);
  });

  it('in decide, with the host’s seat not handed in, offers to hand in, to resolve anyway, or to cancel', async () => {
    const view = viewAt('decide', 'tokyo');
    expect(view.you?.submittedMove).toBeNull();
    const { client, socket } = seatedClient(view);
    renderWith(<HostControls />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Resolve the round now' }));
    await flush();
    // Nothing is sent by the first press: it asks, in a group a screen reader hears named by the question.
    expect(socket.sent('game:command')).toHaveLength(0);
    const group = screen.getByRole('group', { name: /You have not handed in your sheet/ });
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Hand in my sheet and resolve', 'Resolve without my sheet', 'Cancel']);
    expect(focusedName()).toBe('Cancel');
    fireEvent.click(within(group).getByRole('button', { name: 'Cancel' }));
    await flush();
    expect(socket.sent('game:command')).toHaveLength(0);
    expect(focusedName()).toBe('Resolve the round now');

    // "Hand in and resolve": the sheet as the form holds it goes first, then the skip.
    socket.answerWith((sent) =>
      (sent.payload as { type: string }).type === 'move:submit'
        ? { ok: true, data: { role: 'tokyo' } }
        : { ok: true, data: {} },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Resolve the round now' }));
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Hand in my sheet and resolve' }));
    await flush();
    await flush();
    expect(socket.sent('game:command').map((sent) => (sent.payload as { type: string }).type)).toEqual([
      'move:submit',
      'host:skip',
    ]);
    expect((socket.sent('game:command')[0]!.payload as { move: unknown }).move).toEqual(
      view.you?.standingMove,
    );
  });

  it('reads the sheet the form holds only once Skip is pressed, and hands in that sheet', async () => {
    const view = viewAt('decide', 'tokyo');
    const key = draftKey(view.gameId, 'tokyo');
    const draft = { ...toDraft(view.you!.standingMove), retaliatoryTariffPct: '7' };
    const stored: StoredDraft = { round: view.round, draft, followedDeals: [], fromDeals: {} };
    window.localStorage.setItem(key, JSON.stringify(stored));
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const draftReads = () => getItem.mock.calls.filter(([read]) => read === key).length;
    try {
      const { client, socket } = seatedClient(view);
      renderWith(<HostControls />, client);
      // The view comes about once a second while the sheet is out; none of those updates reads storage.
      for (const seq of [view.seq + 1, view.seq + 2, view.seq + 3]) {
        act(() => {
          client.store.set((state) => ({ ...state, game: { seq, view: { ...view, seq } } }));
        });
      }
      expect(draftReads()).toBe(0);
      fireEvent.click(screen.getByRole('button', { name: 'Resolve the round now' }));
      await flush();
      expect(draftReads()).toBeGreaterThan(0);
      socket.answerWith((sent) =>
        (sent.payload as { type: string }).type === 'move:submit'
          ? { ok: true, data: { role: 'tokyo' } }
          : { ok: true, data: {} },
      );
      fireEvent.click(screen.getByRole('button', { name: 'Hand in my sheet and resolve' }));
      await flush();
      await flush();
      const [handedIn] = socket.sent('game:command');
      expect((handedIn!.payload as { move: unknown }).move).toEqual({
        ...view.you!.standingMove,
        retaliatoryTariffPct: 7,
      });
    } finally {
      getItem.mockRestore();
    }
  });

  it('offers no hand-in when the sheet the form holds cannot be handed in', async () => {
    const view = viewAt('decide', 'tokyo');
    const draft = { ...toDraft(view.you!.standingMove), retaliatoryTariffPct: '' };
    const stored: StoredDraft = { round: view.round, draft, followedDeals: [], fromDeals: {} };
    window.localStorage.setItem(draftKey(view.gameId, 'tokyo'), JSON.stringify(stored));
    const { client } = seatedClient(view);
    renderWith(<HostControls />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Resolve the round now' }));
    await flush();
    const group = screen.getByRole('group', { name: /cannot be handed in as it stands/ });
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Resolve without my sheet', 'Cancel']);
  });

  it('resolves at once once the host’s sheet is in, and asks nothing of a host without a seat', async () => {
    const base = viewAt('decide', 'tokyo');
    const handedIn = { ...base, you: { ...base.you!, submittedMove: base.you!.standingMove } };
    for (const view of [handedIn, viewAt('decide', null)]) {
      const { client, socket } = seatedClient(view);
      const { unmount } = renderWith(<HostControls />, client);
      fireEvent.click(screen.getByRole('button', { name: 'Resolve the round now' }));
      await flush();
      expect(socket.sent('game:command').map((sent) => (sent.payload as { type: string }).type)).toEqual([
        'host:skip',
      ]);
      unmount();
    }
  });

  it('ignores a press that lands just after the phase moved on under it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { client, socket } = seatedClient(viewAt('news', null));
      renderWith(<HostControls />, client);
      // The news times out; the press meant for it arrives a moment later, on the negotiation's button.
      act(() => {
        client.store.set((state) => ({ ...state, game: { seq: 9, view: viewAt('negotiate', null) } }));
      });
      const skip = screen.getByRole('button', { name: 'End negotiation' });
      fireEvent.click(skip);
      expect(skip.getAttribute('aria-disabled')).toBe('true');
      expect(socket.sent('game:command')).toHaveLength(0);
      act(() => {
        vi.advanceTimersByTime(SKIP_SETTLE_MS);
      });
      fireEvent.click(skip);
      expect(socket.sent('game:command').map((sent) => (sent.payload as { type: string }).type)).toEqual([
        'host:skip',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
