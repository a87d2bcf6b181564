// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createNotifier } from '../../client/ui/notifier.ts';
import { Toasts } from '../../client/ui/Toasts.tsx';
import { renderWith, seatedClient } from './helpers.tsx';

afterEach(cleanup);

const SEAT_TAKEN = {
  kind: 'error' as const,
  messageKey: 'errors.SEAT_TAKEN',
  detail: 'A bot plays whiteHouse.',
};

describe('a refusal’s server sentence', () => {
  it('names roles by their names, never by their ids', () => {
    const notifier = createNotifier();
    const { client } = seatedClient();
    renderWith(<Toasts notifier={notifier} />, client, 'en');
    act(() => notifier.push(SEAT_TAKEN));
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toContain('That seat is taken.');
    expect(alert).toContain('A bot plays White House.');
    expect(alert).not.toContain('whiteHouse');
  });

  it('leaves a Japanese screen with its own message, not an English line', () => {
    const notifier = createNotifier();
    const { client } = seatedClient();
    renderWith(<Toasts notifier={notifier} />, client, 'ja');
    act(() => notifier.push(SEAT_TAKEN));
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).not.toContain('whiteHouse');
    expect(alert).not.toContain('A bot plays');
  });
});
