// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNotifier } from '../../client/ui/notifier.ts';
import { Toasts } from '../../client/ui/Toasts.tsx';
import { renderWith, seatedClient } from './helpers.tsx';

afterEach(cleanup);

const SEAT_TAKEN = {
  kind: 'error' as const,
  messageKey: 'errors.SEAT_TAKEN',
  detail: 'A bot plays whiteHouse.',
};

/** A code this page has no words for (newer than its texts): the server's sentence is all there is. */
const UNKNOWN_CODE = {
  kind: 'error' as const,
  messageKey: 'errors.SOMETHING_NEW',
  detail: 'A bot plays whiteHouse.',
};

describe('a refusal’s words', () => {
  it('are only the reader’s language when the code has a message: no English server sentence under the Japanese', () => {
    const notifier = createNotifier();
    const { client } = seatedClient();
    renderWith(<Toasts notifier={notifier} />, client, 'ja');
    act(() =>
      notifier.push({
        kind: 'error',
        messageKey: 'errors.NOT_CAPTAIN',
        detail: "Only your team's captain makes, answers or withdraws deals for the seat; ask them to.",
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('キャプテンだけができます');
    expect(alert.textContent).not.toContain('captain');
    expect(alert.querySelector('[lang="en"]')).toBeNull();
  });

  it('are the translated message alone on an English screen too', () => {
    const notifier = createNotifier();
    const { client } = seatedClient();
    renderWith(<Toasts notifier={notifier} />, client, 'en');
    act(() => notifier.push(SEAT_TAKEN));
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toContain('That seat is taken.');
    expect(alert).not.toContain('A bot plays');
  });

  it('fall back to the server’s sentence for a code without a message, roles named by their names', () => {
    const notifier = createNotifier();
    const { client } = seatedClient();
    renderWith(<Toasts notifier={notifier} />, client, 'en');
    act(() => notifier.push(UNKNOWN_CODE));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('A bot plays White House.');
    expect(alert.textContent).not.toContain('whiteHouse');
    expect(alert.textContent).not.toContain('errors.');
    expect(alert.querySelector('[lang]')).toBeNull();
  });

  it('mark that fallback as English on a Japanese screen (WCAG 3.1.2)', () => {
    const notifier = createNotifier();
    const { client } = seatedClient();
    renderWith(<Toasts notifier={notifier} />, client, 'ja');
    act(() => notifier.push(UNKNOWN_CODE));
    const english = screen.getByRole('alert').querySelector('[lang="en"]');
    expect(english?.textContent).toBe('A bot plays White House.');
  });
});

describe('a notice', () => {
  it('stays until dismissed: still there a minute later, gone on Escape', () => {
    vi.useFakeTimers();
    try {
      const notifier = createNotifier();
      const { client } = seatedClient();
      renderWith(<Toasts notifier={notifier} />, client, 'en');
      act(() => notifier.push(SEAT_TAKEN));
      act(() => {
        vi.advanceTimersByTime(60_000);
      });
      expect(screen.getAllByRole('alert')).toHaveLength(1);
      fireEvent.keyDown(window, { key: 'Escape' });
      expect(screen.queryAllByRole('alert')).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves Escape to a widget that handled it, and dismisses the newest first', () => {
    const notifier = createNotifier();
    const { client } = seatedClient();
    renderWith(<Toasts notifier={notifier} />, client, 'en');
    act(() => notifier.push(SEAT_TAKEN));
    act(() => notifier.push({ kind: 'error', messageKey: 'errors.PAUSED' }));
    const handled = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    handled.preventDefault();
    act(() => {
      window.dispatchEvent(handled);
    });
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      expect.stringContaining('That seat is taken.'),
    ]);
  });

  it('is dismissed by its button, and focus moves to the next notice rather than being lost', async () => {
    const notifier = createNotifier();
    const { client } = seatedClient();
    renderWith(<Toasts notifier={notifier} />, client, 'en');
    act(() => notifier.push(SEAT_TAKEN));
    act(() => notifier.push({ kind: 'error', messageKey: 'errors.PAUSED' }));
    const [first] = screen.getAllByRole('button', { name: 'Dismiss message' });
    first!.focus();
    fireEvent.click(first!);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dismiss message' }));
  });
});
