// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardScreen } from '../../client/features/dashboard/DashboardScreen.tsx';
import { DEFAULT_SCENARIO } from '../../shared/scenario/japan-2025.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

// The charts draw on a canvas jsdom does not have.
vi.mock('../../client/features/charts/MarketCharts.tsx', () => ({ MarketCharts: () => null }));

afterEach(cleanup);

describe('the brief during the game', () => {
  it('keeps the public brief and the confidential objectives one click away on the dashboard', () => {
    const view = viewAt('decide');
    const { client } = seatedClient(view);
    renderWith(<DashboardScreen />, client);
    const panel = screen.getByTestId('brief-panel');
    const toggle = within(panel).getByText('Your brief and confidential objectives');
    fireEvent.click(toggle);
    const objectives = DEFAULT_SCENARIO.briefs.tokyo.confidentialObjectives.map((objective) => objective.en);
    expect(objectives.length).toBeGreaterThan(0);
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(objectives);
    expect(panel.textContent).toContain(DEFAULT_SCENARIO.briefs.tokyo.publicBrief.en);
  });

  it('shows them in Japanese on a Japanese screen', () => {
    const view = viewAt('negotiate');
    const { client } = seatedClient(view);
    renderWith(<DashboardScreen />, client, 'ja');
    const panel = screen.getByTestId('brief-panel');
    expect(panel.textContent).toContain('あなたのブリーフと機密の目標');
    const first = DEFAULT_SCENARIO.briefs.tokyo.confidentialObjectives[0];
    expect(panel.textContent).toContain(first?.ja ?? first?.en);
  });
});
