// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GameRouter } from '../../client/app/GameRouter.tsx';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

// The dashboard module stands in for itself and notes when it is first imported.
const imported = vi.hoisted(() => ({ dashboard: false }));
vi.mock('../../client/features/dashboard/DashboardScreen.tsx', () => {
  imported.dashboard = true;
  return { DashboardScreen: () => <p>dashboard</p> };
});

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the dashboard is ready when the first news arrives', () => {
  it('is fetched while the briefing is on screen', async () => {
    const view = viewAt('briefing');
    const { client } = seatedClient(view);
    renderWith(<GameRouter gameId="game-1" />, client);
    await flush();
    expect(screen.getByTestId('briefing-title').textContent).toBe(view.you!.brief.title.en);
    expect(imported.dashboard).toBe(true);
  });
});
