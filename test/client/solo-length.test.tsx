// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HomeScreen } from '../../client/features/home/HomeScreen.tsx';
import { createGameConfig } from '../../shared/game/engine.ts';
import { renderWith, seatedClient } from './helpers.tsx';

afterEach(cleanup);

describe('the solo form says how long a solo game plays', () => {
  it('from the timers and rounds a solo game made from it gets, not a figure written in a sentence', () => {
    // What the server makes of a solo game with nothing chosen (server/game-setup.ts: no timers, no rounds).
    const { timers, rounds } = createGameConfig({ gameId: 'solo', seed: 1 });
    const seconds =
      timers.briefingSeconds + rounds * (timers.newsSeconds + timers.negotiateSeconds + timers.decideSeconds);
    expect(seconds).toBe(90 + 6 * (15 + 180 + 60));
    const { client } = seatedClient();
    renderWith(<HomeScreen />, client);
    const solo = screen.getByRole('form', { name: 'Play solo' });
    expect(within(solo).getByText(/bots play the other three/).textContent).toContain(
      `${rounds} rounds, up to about ${Math.round(seconds / 60)} minutes`,
    );
    cleanup();
    renderWith(<HomeScreen />, seatedClient().client, 'ja');
    expect(screen.getByText(/残り三つはボットが担当します/).textContent).toContain('6ラウンドで最長約27分');
  });
});
