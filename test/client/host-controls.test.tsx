// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HostControls } from '../../client/features/host/HostControls.tsx';
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
