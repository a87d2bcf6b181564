// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingScreen } from '../../client/features/briefing/BriefingScreen.tsx';
import type { Roster } from '../../shared/protocol/socket.ts';
import { renderWith, rosterWithTokyo, seatedClient, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

/** Tokyo played by Aiko (this browser) and Ken, Ken named captain. */
function teamRoster(): Roster {
  return rosterWithTokyo(
    [
      { id: 'person2', name: 'Aiko', connected: true, isHost: true },
      { id: 'person5', name: 'Ken', connected: true, isHost: false },
    ],
    'person5',
  );
}

describe('the briefing, for a seat played by a team', () => {
  it('shows the team, its captain and its chat, open to write in, while the team agrees its strategy', () => {
    const { client } = seatedClient(viewAt('briefing'));
    client.store.set((state) => ({
      ...state,
      roster: teamRoster(),
      seat: state.seat ? { ...state.seat, personId: 'person2' } : null,
    }));
    renderWith(<BriefingScreen />, client);
    const panel = screen.getByTestId('team-panel');
    expect(within(panel).getByRole('heading', { name: 'Your team' })).toBeTruthy();
    const members = within(panel).getByTestId('team-members').textContent ?? '';
    expect(members).toContain('Kencaptain');
    expect(members).toContain('Aiko (you)');
    expect(within(panel).getByLabelText('Message to your team')).toBeTruthy();
    // The briefing accepts team messages (shared/game/command-phases.ts): Send is not marked unavailable.
    const send = within(panel).getByRole('button', { name: 'Send to the team' });
    expect(send.getAttribute('aria-disabled')).toBeNull();
  });

  it('shows no team to a seat of one', () => {
    const { client } = seatedClient(viewAt('briefing'));
    renderWith(<BriefingScreen />, client);
    expect(screen.queryByTestId('team-panel')).toBeNull();
  });
});
